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

/** The act's noun phrase runs long before the word putting it off. */
const LONG_TIMELINE = documentText(
  `Timeline: Varnel and Kestov, 2026

9 Jun (Tue) - Varnel announces that the signing of the intergovernmental agreement on a road bridge over the Orvik between Lorin (Varnel) and Vendt (Kestov), planned for 12 June in Northgate, is postponed "until circumstances allow".

10 Sep (Thu) - The foreign ministers of Varnel and Kestov sign the agreement on the Orvik bridge in Lorin.`,
  { title: 'Timeline: Varnel and Kestov, 2026', published: '2026-09-30', lang: 'en' },
);

/** "Without delay" puts nothing off. */
const SUMMONED = documentText(
  `Varnel summons Kestov's envoy

Varnel's foreign ministry summoned Kestov's ambassador, Orvik Lorin, on 7 October to express its concern over the detention of a Varnelian citizen and to demand consular access without delay, a spokesman said.`,
  { title: "Varnel summons Kestov's envoy", published: '2026-10-08', lang: 'en' },
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

  it('is put off by a word far after it in its clause', () => {
    const kb = knowledgeBaseOfTexts({ 'timeline.md': LONG_TIMELINE });
    const answer = kb.answer('When was the intergovernmental agreement on the Orvik bridge actually signed?', { now });
    expectStated(answer, /10 September|September 10/);
    expect(answer.text).not.toMatch(/9 June|June 9/);
  });

  it('is not put off by "without delay"', () => {
    const kb = knowledgeBaseOfTexts({ 'summoned.md': SUMMONED });
    expectStated(
      kb.answer("When did Varnel's foreign ministry summon Kestov's ambassador?", { now }),
      /7 October|October 7/,
    );
  });
});
