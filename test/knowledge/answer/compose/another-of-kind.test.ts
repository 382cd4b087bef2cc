import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "When did the tanker Varnel Dawn load the first repayment cargo?": a sentence dating another tanker's
 * first cargo ("the tanker Lorin Star left Halden with the first repayment cargo") dates that one, however
 * much of the question it repeats.
 */
const kb = knowledgeBaseOfTexts({
  'cargoes.md': documentText(
    [
      '4 Jun (Thu) - The tanker Lorin Star leaves Halden with the first repayment cargo for the Kestov loan, 650,000 barrels.',
      '4 Oct (Sun) - Varnel Dawn loads 600,000 barrels at Halden for the Kestov lender.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-10-10' },
  ),
});

describe('a sentence naming another thing of the asked kind', () => {
  it('does not date the asked one', () => {
    const a = kb.answer('When did the tanker Varnel Dawn load the first repayment cargo for the Kestov loan?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).not.toMatch(/4 June|June 4/);
  });
});

/**
 * "Сошедшего с рельсов у Кестово": a word before a preposition is no class word of the name after it, so
 * a sentence of a train that "derailed near Orsk" speaks of no other rail than Kestovo's.
 */
describe('a class word stands right before its name', () => {
  const wire = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Prosecutors on 17 January detained the driver of a passenger train that derailed near Orsk on Friday evening.',
        'The operator said on 16 January that the signals at Kestovo junction had worked properly.',
      ].join(' '),
      { lang: 'en', published: '2026-01-18' },
    ),
  });

  it('dates the act asked from the sentence that tells it', () => {
    const a = wire.answer('Когда задержали машиниста поезда, сошедшего с рельсов у Кестово?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary, a.text).toMatch(/17 января/);
  });
});
