import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/index.ts';

/** Three reports of one February visit and two later visits: a chronology of invented events. */
const DOCS: Record<string, string> = {
  'wire.txt': `---
title: Envoy visits Kestov again
published: 2026-06-10
lang: en
---
Envoy visits Kestov again

In February 2026 the Varnel envoy Ilse Brandt visited Kestov for the first time. She returned to Kestov on 14 April 2026 for talks on the border. On 2 June 2026 Brandt visited Kestov a third time. In late May 2026 Brandt's deputy visited Kestov.
`,
  'analysis.txt': `---
title: Why Varnel keeps sending its envoy to Kestov
published: 2026-06-20
lang: en
---
Why Varnel keeps sending its envoy to Kestov

Brandt's visit to Kestov in February 2026 opened the channel.
`,
  'ru.txt': `---
title: Посланник Варнеля в Кештове
published: 2026-03-01
lang: ru
---
Посланник Варнеля в Кештове

В феврале 2026 года Кештов посетила посланник Варнеля Ильзе Брандт.
`,
};

let kb: KnowledgeBase;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-timeline-'));
  for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(dir, name), text);
  const { data } = await ingestDirectories([dir]);
  kb = createKnowledgeBase(data);
}, 60_000);

describe('a chronology of visits', () => {
  it('gives each date once, in order, however many sources report it', () => {
    const a = kb.answer("List Brandt's visits to Kestov in chronological order.", { now: new Date('2026-12-01') });
    const lines = a.text.split('\n').slice(1);
    const february = lines.filter((l) => /February 2026/.test(l));
    expect(february).toHaveLength(1);
    // "Late May" is as much an entry as a month: more precise than one.
    const order = ['February 2026', '14 April 2026', 'late May 2026', '2 June 2026'].map((d) =>
      lines.findIndex((l) => l.includes(d)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});

describe('a chronology of named events', () => {
  it('dates each event the question lists and puts them in order', () => {
    const a = kb.answer('Put in order, with dates: the deputy visiting Kestov, the talks on the border.', {
      now: new Date('2026-12-01'),
    });
    const lines = a.text.split('\n').slice(1);
    const talks = lines.findIndex((l) => l.includes('14 April 2026') && l.includes('talks on the border'));
    const deputy = lines.findIndex((l) => l.includes('late May 2026') && l.includes('deputy visited'));
    expect(talks, a.text).toBeGreaterThanOrEqual(0);
    expect(deputy, a.text).toBeGreaterThan(talks);
  });
});
