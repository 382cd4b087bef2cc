import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "arrested in Halden on 14 October 2025 and sentenced in April": the sentence's date next to the asked
 * verb dates it, the other one another act, however exact it is.
 */
const kb = knowledgeBaseOfTexts({
  'brief.md': documentText(
    'Ilka Vendt, a retired engineer from Lorin, had been arrested in Halden on 14 October 2025 and sentenced in April to eleven years for espionage.',
    { lang: 'en', published: '2026-09-04' },
  ),
});

describe('a date bound to another verb of its sentence', () => {
  it('does not date the asked act', () => {
    const a = kb.answer('When was Ilka Vendt sentenced?', { now: new Date('2026-12-01') });
    expect(a.summary, a.text).toMatch(/April/);
    expect(a.summary, a.text).not.toMatch(/October/);
  });
});

/**
 * "was sailing towards Lorin on Thursday and was expected to arrive there on Friday": asked when it
 * arrived, the sentence gives the arrival only as a plan, and Thursday is the sailing's date. (The noun
 * after "the" in "When did the trawler Nordvik Star arrive?" is no verb, though a name follows it.)
 */
describe("a sentence giving the asked act only as a plan, beside another act's date", () => {
  const wire = knowledgeBaseOfTexts({
    'wire.md': documentText(
      'The trawler Nordvik Star, with 32 crew members on board, was sailing towards Lorin under escort on Thursday and was expected to arrive there on Friday, a coast guard spokesman said.',
      { lang: 'en', published: '2026-02-26' },
    ),
  });

  it('does not date the arrival by the sailing', () => {
    const a = wire.answer('When did the trawler Nordvik Star arrive in Lorin?', { now: new Date('2026-12-01') });
    expect(a.summary, a.text).not.toMatch(/26 February/);
  });
});
