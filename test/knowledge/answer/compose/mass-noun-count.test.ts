import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * «Сколько газа …?» asks a substance, measured: a volume answers it though the sentence does not repeat
 * "gas". «Сколько тонн пшеницы …?» names its measure, and a sum of money does not answer it.
 */
const kb = knowledgeBaseOfTexts({
  'wire.md': documentText(
    [
      'Первый этап гуманитарных поставок в Варнелию завершён: по трубопроводу получено 30 млн кубометров, сообщил оператор Kestov Gaz.',
      'На средства фонда Варнелия закупила продовольствие на 4,6 млн долларов.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-02-20' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('a substance asked by «сколько»', () => {
  it('is answered by a volume', () => {
    const a = answer('Сколько газа получила Варнелия на первом этапе гуманитарных поставок?');
    expect(a.text.split('\n')[0], a.text).toContain('30 млн кубометров');
  });

  it('asked in a measure, is not answered by money', () => {
    const a = answer('Сколько тонн пшеницы Варнелия закупила на средства фонда?');
    expect(a.answered, a.text).toBe(false);
  });
});

/** «составил 13 800 т»: a unit of one letter after the figure is the tonnes asked. */
describe('tonnes written «т»', () => {
  const catches = knowledgeBaseOfTexts({
    'digest.md': documentText(
      '• Вылов судов Кестова в водах Варнелии в 2025 году составил 13 800 т; в первом полугодии 2026 года — 3 100 т.',
      { lang: 'ru', published: '2026-10-09' },
    ),
  });
  it.each([
    'How many tonnes of fish did Kestov vessels catch in Varnelian waters in 2025?',
    'Сколько тонн рыбы выловили суда Кестова в водах Варнелии в 2025 году?',
  ])('%s', (question) => {
    const a = catches.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/13[ ,]?800/);
  });
});
