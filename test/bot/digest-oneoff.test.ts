import { describe, expect, it } from 'vitest';
import { kbOf, manyEvents } from '../knowledge/digest/chronology-fixture.ts';
import { buttonsOf, fullDigestBot, press, text } from './digest-harness.ts';

describe('a briefing (issue 11)', () => {
  it('shows the 10 most important developments newest first, one line and a quote each, with a "More" button', async () => {
    const t = await fullDigestBot({ kb: kbOf(manyEvents()) });
    await t.send(text('/digest'));
    const call = t.calls.filter((c) => c.method === 'sendMessage').at(-2);
    const html = String(call?.payload.text);
    expect(html.match(/<blockquote>/g)).toHaveLength(10);
    expect(html).not.toContain('…and');
    const dates = [...html.matchAll(/<i>(\d+) Mar 2025<\/i>/g)].map((m) => Number(m[1]));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const [more] = buttonsOf(call);
    expect(more?.text).toBe('Everything: 2 more ▸');

    t.replies();
    await t.send(press(more?.data ?? ''));
    const timeline = t.replies().join('\n');
    expect(timeline).toContain('12 events, newest first');
    expect(timeline.indexOf('<b>12 Mar 2025</b>')).toBeLessThan(timeline.indexOf('<b>5 Mar 2025</b>'));
    expect(timeline).not.toContain('<b>1 Mar 2025</b>'); // on the next page
  });
});
