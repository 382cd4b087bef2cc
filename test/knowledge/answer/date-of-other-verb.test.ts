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
