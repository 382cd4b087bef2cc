import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * «Обвинения не предъявлялись», "no charges were filed", "charges were not brought": the act's noun, then a
 * denied verb that only says it happened. Asked when she was charged, the documents say she was not, and a
 * date beside her name (an apology on Wednesday) is no answer. A noun followed by a denied verb of its own
 * ("the arrest did not stop the protests") denies nothing of the arrest.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'The company’s chief executive, Marta Lindvall, apologised to parents in a video statement on Wednesday.',
      'The factory director, Ilmar Vendtok, was arrested on 2 April.',
      'His arrest did not stop the protests outside the plant.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-08' },
  ),
  'chronology.md': documentText(
    [
      '• 3 апреля — директор завода Ильмар Вендток арестован.',
      'Генеральному директору компании Марте Линдвалль обвинения не предъявлялись.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-05' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('an act denied after its noun', () => {
  it.each([
    'On what date was the chief executive Marta Lindvall charged?',
    'Когда Марте Линдвалль были предъявлены обвинения?',
  ])('is not dated: %s', (question) => {
    expect(answer(question).answered).toBe(false);
  });

  it('is not a noun whose own verb is denied', () => {
    const a = answer('When was the factory director Ilmar Vendtok arrested?');
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/2 April/);
  });
});

/**
 * «Выкуп заплачен не был»: a short participle's own copula denied. The sentence dates what came after
 * (the archive published on 14 May), not the payment.
 */
describe('a participle denied by its copula', () => {
  const ransom = knowledgeBaseOfTexts({
    'analysis.md': documentText(
      'Выкуп в размере 3,1 млн евро заплачен не был, и 14 мая группировка Varnel Crew выложила похищенный архив.',
      { lang: 'ru', published: '2026-06-10' },
    ),
  });
  const ask = (question: string) => ransom.answer(question, { now: new Date('2026-12-01') });

  it('is not dated', () => {
    expect(ask('On what date was the ransom paid to Varnel Crew?').answered).toBe(false);
  });

  it('leaves the act after it dated', () => {
    const a = ask('When did Varnel Crew publish the stolen archive?');
    expect(a.summary, a.text).toMatch(/14 May/);
  });
});
