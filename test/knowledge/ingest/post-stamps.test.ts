import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { postStamps, stampBefore } from '../../../src/knowledge/ingest/post-stamps.ts';

/** Post stamps of channel digests and live blogs, on invented texts. */
describe('postStamps', () => {
  it.each([
    ['[14.08.2026 23:30]\nТекст поста.', '2026-8-14'],
    ['14.08.2026, 09:14\nText.', '2026-8-14'],
    ['  2026-08-14 23:30  \nText.', '2026-8-14'],
    ['[03.07.2026]\nТекст.', '2026-7-3'],
    // A channel's calendar or clock mark before the stamp.
    ['📅 01.07.2026, 08:02\n🌾 Всё, свершилось.', '2026-7-1'],
    ['🗓 2026-07-04 09:15\nText.', '2026-7-4'],
    ['• 04.07.2026\nТекст.', '2026-7-4'],
  ])('reads %j', (text, expected) => {
    const [stamp] = postStamps(text);
    expect(stamp && `${stamp.date.year}-${stamp.date.month}-${stamp.date.day}`).toBe(expected);
  });

  it.each([
    'Встреча прошла 14.08.2026 в Минске.',
    '20.05.2026, 09:14 | Автор: Иван Петров',
    '[32.13.2026 10:00]',
    'Цена выросла на 14.08 процента.',
    // A word before the date makes it a sentence, not a stamp.
    'Обновлено 01.07.2026, 08:02',
  ])('finds no stamp in %j', (text) => {
    expect(postStamps(text)).toEqual([]);
  });

  it('gives the last stamp before an offset', () => {
    const text = '[01.06.2026 10:00]\nA.\n[02.06.2026 11:00]\nB.';
    const stamps = postStamps(text);
    expect(stampBefore(stamps, text.indexOf('A.'))?.date.day).toBe(1);
    expect(stampBefore(stamps, text.indexOf('B.'))?.date.day).toBe(2);
    expect(stampBefore(stamps, 0)).toBeUndefined();
  });
});

describe('a digest of dated posts', () => {
  it('reads each post against its own stamp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-stamps-'));
    writeFileSync(
      join(dir, 'digest.txt'),
      `---
title: Канал «Северный транзит»: июнь — август
published: 2026-08-31
lang: ru
---
[09.06.2026 17:20]
Министр сегодня провёл переговоры в Астане.

[14.08.2026 23:30]
Уточнение: среди освобождённых — журналист Ростислав Грачёв.
`,
    );
    const { data } = await ingestDirectories([dir]);
    const dateOf = (start: string) => {
      const s = data.sentences.find((x) => x.text.startsWith(start));
      return s && data.annotations[s.id]?.date;
    };
    expect(dateOf('Министр сегодня')).toMatchObject({ year: 2026, month: 6, day: 9 });
    expect(dateOf('Уточнение')).toMatchObject({ year: 2026, month: 8, day: 14 });
  });
});
