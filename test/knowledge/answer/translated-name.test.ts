import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "The Great Return programme" is «программа „Великого возвращения“» in a Russian document: a capitalised
 * word of a name made of words is translated, not missing. A person beside a title is still a name.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      'Хроника Кестова',
      '',
      '• По программе «Великого возвращения» в 2026 году в Кестов переселены 6 850 человек.',
      '• 14 апреля — спецпредставитель ЕС встретился в Кестове с министром энергетики Вендтом; президент Кестова его не принял.',
    ].join('\n'),
    { lang: 'ru', published: '2026-10-31' },
  ),
});
const now = { now: new Date('2026-12-01') };

describe('a capitalised word the documents translate', () => {
  it('is no unknown name', () => {
    const a = kb.answer('How many people were resettled to Kestov under the Great Return programme in 2026?', now);
    expect(a.summary, a.text).toMatch(/6[ ,]?850/);
  });

  it('a person after a title is still one the documents do not have', () => {
    const a = kb.answer('On what day did the EU special representative meet President Lorimov?', now);
    expect(a.answered, a.text).toBe(false);
  });
});
