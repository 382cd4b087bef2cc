import { describe, expect, it } from 'vitest';
import type { DigestBaseline } from '../../../src/knowledge/digest/baseline.ts';
import { composeDigest } from '../../../src/knowledge/digest/compose-digest.ts';
import { advanceLedger, EMPTY_LEDGER } from '../../../src/knowledge/digest/fact-ledger.ts';
import { day, kbOf, lifted, stated } from './chronology-fixture.ts';
import { FACTS, makeData, makeFact, makeKb, quoteOf, TEXT_B } from './fixture.ts';

const kb = makeKb();
const ids = (digest: ReturnType<typeof composeDigest>) => digest.sections.flatMap((s) => s.items.map((i) => i.factId));

describe('composeDigest', () => {
  it('makes the first digest a briefing, newest first, every item cited verbatim', () => {
    const digest = composeDigest(kb, { topics: ['all'], lang: 'en' }, { kind: 'none' });
    expect(digest.kind).toBe('briefing');
    // Sep 2025 (month, sorts mid-month) after 11 Sep; undated last; same-day ties by id.
    expect(ids(digest)).toEqual(['f-visit', 'f-release-52', 'f-meeting', 'f-release-tsikh', 'f-sanctions']);
    for (const item of digest.sections.flatMap((s) => s.items)) {
      const text = makeData().texts[item.citation.sourceId] ?? '';
      expect(text.slice(item.citation.start, item.citation.end)).toBe(item.citation.quote);
      expect(item.citation.title).not.toBe('');
    }
  });

  it('caps a briefing per topic and counts what it left out', () => {
    const digest = composeDigest(kb, { topics: ['all'], lang: 'en' }, { kind: 'none' }, { briefingItemsPerTopic: 2 });
    expect(digest.sections[0]?.items).toHaveLength(2);
    expect(digest.sections[0]?.omitted).toBe(3);
  });

  const updates: [name: string, baseline: DigestBaseline, topics: string[], expected: string[]][] = [
    [
      'known ids: one new fact',
      { kind: 'known-ids', factIds: new Set(FACTS.map((f) => f.id).filter((id) => id !== 'f-meeting')) },
      ['all'],
      ['f-meeting'],
    ],
    [
      'known ids: the new fact is off-topic',
      { kind: 'known-ids', factIds: new Set(['f-visit', 'f-release-52', 'f-release-tsikh', 'f-sanctions']) },
      ['t:sanctions'],
      [],
    ],
    [
      'since a generation: later facts only',
      {
        kind: 'since',
        generation: 1,
        firstSeen: { 'f-visit': 1, 'f-release-52': 2, 'f-meeting': 1, 'f-release-tsikh': 1, 'f-sanctions': 3 },
      },
      ['all'],
      ['f-release-52', 'f-sanctions'],
    ],
    [
      'since: a fact missing from the ledger counts as new',
      { kind: 'since', generation: 5, firstSeen: { 'f-visit': 1 } },
      ['e:person:kellogg'],
      ['f-meeting'],
    ],
  ];
  it.each(updates)('%s', (_name, baseline, topics, expected) => {
    const digest = composeDigest(kb, { topics, lang: 'en' }, baseline);
    expect(ids(digest)).toEqual(expected);
    expect(digest.kind).toBe(expected.length === 0 ? 'nothing-new' : 'update');
  });

  it('says nothing-new when every fact was known', () => {
    const digest = composeDigest(
      kb,
      { topics: ['all'], lang: 'ru' },
      { kind: 'known-ids', factIds: new Set(FACTS.map((f) => f.id)) },
    );
    expect(digest).toEqual({ kind: 'nothing-new', lang: 'ru', sections: [] });
  });

  it('groups by topic in the subscriber order and lists a fact once', () => {
    const digest = composeDigest(
      kb,
      { topics: ['e:person:kellogg', 't:release', 'e:place:minsk'], lang: 'ru' },
      { kind: 'none' },
    );
    expect(digest.sections.map((s) => [s.topic.label, s.items.map((i) => i.factId)])).toEqual([
      ['Кит Келлог', ['f-visit', 'f-meeting']],
      ['Освобождения', ['f-release-52', 'f-release-tsikh']],
      // Minsk's facts were already listed under Kellogg: no empty section either.
    ]);
  });

  it('ignores unknown topic keys instead of failing', () => {
    expect(composeDigest(kb, { topics: ['zz', 't:nonsense'], lang: 'en' }, { kind: 'none' }).kind).toBe('nothing-new');
  });

  it('skips facts without evidence (nothing to cite)', () => {
    const bare = makeKb([makeFact({ id: 'bare', type: 'visit' })]);
    expect(composeDigest(bare, { topics: ['all'], lang: 'en' }, { kind: 'none' }).kind).toBe('nothing-new');
  });

  it('writes summaries from the typed fields in the subscriber language', () => {
    const en = composeDigest(kb, { topics: ['t:meeting'], lang: 'en' }, { kind: 'none' });
    expect(en.sections[0]?.items[0]?.summary).toBe('Talks (Keith Kellogg, Alexander Lukashenko)');
    const ru = composeDigest(kb, { topics: ['t:sanctions'], lang: 'ru' }, { kind: 'none' });
    expect(ru.sections[0]?.items[0]?.summary).toBe('Санкции сняты (Белавиа)');
  });

  it('finds the facts a rebuild added through the ledger, end to end', () => {
    const before = makeData(FACTS.slice(0, 3));
    const added = makeFact({ id: 'f-new', type: 'call', evidence: [quoteOf(TEXT_B, 'Kellogg met Lukashenko', 'b')] });
    const after = makeData([...FACTS, added]);
    const first = advanceLedger(EMPTY_LEDGER, before).ledger;
    const delivered = first.generation; // a briefing was delivered at this generation
    const next = advanceLedger(first, after);
    expect(next.added).toEqual(['f-release-tsikh', 'f-sanctions', 'f-new']);
    const digest = composeDigest(
      makeKb([...FACTS, added]),
      { topics: ['all'], lang: 'en' },
      { kind: 'since', generation: delivered, firstSeen: next.ledger.firstSeen },
    );
    expect(ids(digest).sort()).toEqual(['f-new', 'f-release-tsikh', 'f-sanctions']);
  });

  it('an update dates a new fact only as its own sentence does, and names sanctions by their targets (issue 11)', () => {
    const borrowed = stated(
      'ctx',
      'Those convicted over 2020 were released.',
      { type: 'release', date: day(2025, 9, 11) },
      { dates: [], dateContextual: true },
    );
    const kb2 = kbOf([borrowed, lifted]);
    const digest = composeDigest(kb2, { topics: ['all'], lang: 'en' }, { kind: 'known-ids', factIds: new Set() });
    const items = digest.sections.flatMap((s) => s.items);
    expect(items.map((i) => [i.summary, i.date?.year])).toEqual([
      ['Sanctions lifted (Belavia)', 2026],
      ['Prisoner release', undefined],
    ]);
  });
});
