import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A sentence putting the asked act off does not date it: neither the day it was put off nor the day it was set for. */
const CHRONOLOGY = documentText(
  `Хроника: Варнел и Кестов, 2026 год

• 19 мая (вторник) — по просьбе кестовской стороны отложено подписание меморандума о литии, назначенное на 21 мая в Нортгейте.

• 2 июня (вторник) — в Кестове прошёл пятый раунд консультаций.`,
  { title: 'Хроника: Варнел и Кестов, 2026 год', published: '2026-10-06', lang: 'ru' },
);

const BRIEF = documentText(
  `Lithium between Varnel and Kestov

The lithium memorandum is fully negotiated. Signature by the two foreign ministers was scheduled for 21 May in Northgate.`,
  { title: 'Lithium between Varnel and Kestov', published: '2026-09-14', lang: 'en' },
);

const SIGNED = documentText(
  `Ministers sign the lithium memorandum

The foreign ministers of Varnel and Kestov signed the lithium memorandum in Kestov on 23 October.`,
  { title: 'Ministers sign the lithium memorandum', published: '2026-10-24', lang: 'en' },
);

const now = new Date('2026-12-01T00:00:00Z');

describe('an act put off', () => {
  it('is not dated by the sentence putting it off', () => {
    const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY, 'brief.md': BRIEF });
    expect(
      kb.answer('On what date did the foreign ministers sign the lithium memorandum in Northgate?', { now }).answered,
    ).toBe(false);
  });

  it('leaves the date of the putting off to a question of it', () => {
    const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY });
    expectStated(kb.answer('When was the signing of the lithium memorandum postponed?', { now }), /19 May|May 19/);
  });

  it('is dated where it took place', () => {
    const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY, 'signed.md': SIGNED });
    expectStated(
      kb.answer('When did the foreign ministers sign the lithium memorandum?', { now }),
      /23 October|October 23/,
    );
  });
});
