import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/index.ts';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

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

/**
 * A year of contacts told in many words: only some say "visit", some name the officials and not the
 * city; a chronology is asked for all of them, so it reads further down the ranking than one answer.
 */
const YEAR_OF_CONTACTS: Record<string, string> = {
  'year.txt': `---
title: A year of Varnel diplomacy in Kestov
published: 2026-12-20
lang: en
---
A year of Varnel diplomacy in Kestov

In January 2026 Varnel officials visited Kestov to reopen the consulate. Trade in grain grew in the spring. In March 2026 a Varnel delegation held closed talks in Kestov. The talks were described as frank. On 9 April 2026 Varnel envoy Ilse Brandt arrived in Kestov. She stayed two days. In May 2026 officials of Varnel met the Kestov mayor. The mayor praised the grain deal. On 3 July 2026 Brandt came to Kestov again. In August 2026 the Varnel deputy envoy was received in Kestov. On 30 September 2026 a Varnel trade mission visited the city. In November 2026 Varnel diplomats returned to Kestov. In December 2026 the consulate hired new staff.
`,
};

/** Sanctions on one airline among sanctions on everything else, and the year they began told only in passing. */
const SANCTIONS: Record<string, string> = {
  'sanctions.txt': `---
title: Varnel and the Kestov sanctions
published: 2026-06-01
lang: en
---
Varnel and the Kestov sanctions

In January 2026 Varnel extended its sanctions on Kestov for another year. In April 2026 new sanctions hit the banks of Kestov.

On 3 March 2026 Varnel lifted the sanctions on Northgate Air, imposed in 2019. In May 2026 Northgate Air was removed from all the sanction lists of Varnel.
`,
};

/** Rounds of talks: one line per round in a chronology, and all of them listed in one Russian sentence. */
const ROUNDS: Record<string, string> = {
  'timeline.txt': `---
title: Varnel and Kestov talks, a timeline
published: 2026-09-01
lang: en
---
Varnel and Kestov talks, a timeline

9-10 Mar - First round of Varnel-Kestov talks in Halden.
`,
  'ru.txt': `---
title: Переговоры Варнеля и Кештова
published: 2026-09-02
lang: ru
---
Переговоры Варнеля и Кештова

Все три раунда переговоров Варнеля и Кештова прошли в Хальдене — 9–10 марта, 21 мая и 2 июля.
`,
};

async function knowledgeBaseOf(docs: Record<string, string>): Promise<KnowledgeBase> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-timeline-'));
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, name), text);
  const { data } = await ingestDirectories([dir]);
  return createKnowledgeBase(data);
}

let kb: KnowledgeBase;
let yearKb: KnowledgeBase;
let sanctionsKb: KnowledgeBase;
beforeAll(async () => {
  sanctionsKb = await knowledgeBaseOf(SANCTIONS);
  kb = await knowledgeBaseOf(DOCS);
  yearKb = await knowledgeBaseOf(YEAR_OF_CONTACTS);
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

describe('a chronology of a year of contacts', () => {
  it('lists the visits that say so in other words, not only the best matches', () => {
    const a = yearKb.answer('List the visits of Varnel officials to Kestov in chronological order.', {
      now: new Date('2026-12-31'),
    });
    const expected = ['January 2026', 'March 2026', '9 April 2026', 'August 2026', 'November 2026'];
    const order = expected.map((d) => a.text.split('\n').findIndex((l) => l.includes(d)));
    expect(
      order.every((i) => i > 0),
      a.text,
    ).toBe(true);
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

describe('a chronology from a list of dates', () => {
  it('takes every date of a list as an entry, a range by its first day', async () => {
    const roundsKb = await knowledgeBaseOf(ROUNDS);
    const a = roundsKb.answer('List the rounds of Varnel-Kestov talks in Halden, in order, with their dates.', {
      now: new Date('2026-12-01'),
    });
    const lines = a.text.split('\n').slice(1);
    const order = ['9 March 2026', '21 May 2026', '2 July 2026'].map((d) =>
      lines.findIndex((l) => l.includes(`— ${d}`)),
    );
    expect(
      order.every((i) => i >= 0),
      a.text,
    ).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The range's second day is the same round, not another entry.
    expect(a.text).not.toMatch(/— 10 March/);
  });
});

describe('a chronology of something named', () => {
  it('is of that thing alone, its beginning told in passing included', () => {
    const a = sanctionsKb.answer('Give the timeline of the sanctions on Northgate Air.', {
      now: new Date('2026-12-01'),
    });
    const lines = a.text.split('\n').slice(1);
    const order = ['2019', '3 March 2026', 'May 2026'].map((d) => lines.findIndex((l) => l.includes(`— ${d}`)));
    expect(
      order.every((i) => i >= 0),
      a.text,
    ).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The sanctions on the country and its banks are another story.
    expect(a.text).not.toMatch(/January 2026|April 2026/);
  });
});

describe('a chronology over a period the question names by two months', () => {
  it('lists the months inside the period as entries: the question asks them, it does not state them', () => {
    const a = yearKb.answer(
      'List the visits of Varnel officials to Kestov from February to October 2026 in chronological order.',
      {
        now: new Date('2026-12-31'),
      },
    );
    const lines = a.text.split('\n').slice(1);
    for (const month of ['March 2026', 'August 2026'])
      expect(
        lines.some((l) => l.includes(`— ${month}`)),
        a.text,
      ).toBe(true);
  });
});

describe('a chronology of named events, one dated by its month only in the sentence that names them all', () => {
  it('gives the day another sentence dates that event by', () => {
    const named = knowledgeBaseOfTexts({
      'brief.md': documentText(
        'In April the first Halden round agreed on the soldier exchange and on the release of the crew of the barge Vendt.',
        { lang: 'en', published: '2026-09-01' },
      ),
      'chronicle.md': documentText(
        [
          '• 18 April — Halden: the first round of talks opened.',
          '• 7 May — the soldier exchange took place at the Kestov bridge.',
          '• 10 August — Halden: the second round of talks opened.',
          '• 14 August — the crew of the barge Vendt was released.',
        ].join('\n\n'),
        { lang: 'en', published: '2026-10-01' },
      ),
    });
    const a = named.answer(
      'Put in chronological order, with dates: the first Halden round, the soldier exchange, the second Halden round and the release of the Vendt crew.',
      { now: new Date('2026-12-01') },
    );
    expect(a.text).toMatch(/— 18 April 2026/);
    expect(a.text).not.toMatch(/— April 2026/);
  });
});

describe('a chronology of "the 2026 closures", the year before its noun', () => {
  it('keeps only the entries of that year', () => {
    const kb = knowledgeBaseOfTexts({
      'chronology.md': documentText(
        [
          'Chronology: the Lorin crossing',
          '26 Jul 2023 - Kestov closes the Lorin crossing after a coup in Varnel.',
          'Jan 2025 - Kestov closes the Lorin crossing for a week.',
          '12 Mar - Kestov closes the Lorin crossing after an explosion.',
          '9 Jun - Kestov closes the Lorin crossing again.',
        ].join('\n\n'),
        { lang: 'en', published: '2026-10-30' },
      ),
    });
    const a = kb.answer('List the two 2026 closures of the Lorin crossing, with the dates each began.', {
      now: new Date('2026-12-01'),
    });
    expect(a.text).toMatch(/12 March 2026/);
    expect(a.text).toMatch(/9 June 2026/);
    expect(a.text).not.toMatch(/2023|2025/);
  });
});

describe('a chronology entry from a sentence that also gives bare years', () => {
  it('is dated by the event, not by a year beside it', () => {
    const kb = knowledgeBaseOfTexts({
      'wire.md': documentText(
        [
          'Fire aboard the Lorin Star',
          'The Lorin Star, built in 1994 and bought by Kestov Lines in 2018, was detained by port state control inspectors in Varnel last October after they found faulty fire doors.',
          'On 9 February the classification society Varnel Register carried out the ferry’s annual survey.',
        ].join('\n\n'),
        { lang: 'en', published: '2026-03-14' },
      ),
    });
    const a = kb.answer(
      'Which came first for the Lorin Star: its detention by port state control or its annual survey? Give both dates.',
      { now: new Date('2026-12-01') },
    );
    expect(a.text).toMatch(/October 2025/);
    expect(a.text).not.toMatch(/— 1994|— 2018/);
  });
});
