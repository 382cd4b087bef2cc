import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/** "Квоты на 2028 год пока не обсуждались": what is not decided yet has no value in the documents. */
const CHRONICLE = documentText(
  `Хроника: краб у Кестова

• 20 января (вторник) — Варнель установил для своих судов лимит вылова краба у Кестова в 3500 тонн.
• Квоты на краба для судов Варнеля на 2028 год и последующие годы пока не обсуждались.
• 8 июля (среда) — в Лорине подписано соглашение о промысле краба.`,
  { title: 'Хроника: краб у Кестова', published: '2026-09-30', lang: 'ru' },
);

const REPORT = documentText(
  `Lorin crossing

Crossing points that straddle the line are to be run jointly, but the rules for the Orvik crossing had not yet been agreed, an official said.`,
  { title: 'Lorin crossing', published: '2026-06-10', lang: 'en' },
);

describe('a value the best source says is not decided yet', () => {
  const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE, 'report.md': REPORT });
  it.each([
    'Какая квота на краба установлена для судов Варнеля на 2028 год?',
    'What crab quota was set for Varnel vessels for 2028?',
    'Which rules were agreed for the Orvik crossing?',
  ])('%s: not stated', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });
  it('a value decided is still given', () => {
    const a = kb.answer('Какой лимит вылова краба Варнель установил для своих судов в январе?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/3500/);
  });
});

/**
 * "When did the appeals court rule on Vendrig's appeal?": the best sentence says he will appeal, and the
 * next one, nearly as strong, that the timing is not known yet. Invented defendant.
 */
describe('a value a nearly as strong source says is not known yet', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника дела Вендрига',
        '• 25 августа (вторник) — суд Кештова приговорил Ларса Вендрига к шести годам лишения свободы.',
        'Защита Вендрига заявила, что обжалует приговор в апелляционном суде.',
        'Сроки рассмотрения апелляции Вендрига пока не известны.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-01' },
    ),
  });

  it('is not stated', () => {
    const a = kb.answer("When did the appeals court rule on Vendrig's appeal?", { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('the sentence that was passed is still dated', () => {
    const a = kb.answer('When was Vendrig sentenced to six years?', { now });
    expect(a.summary, a.text).toMatch(/25 August/);
  });
});

/**
 * «Срок приостановки истёк 2 октября; решение о её возобновлении или отзыве министерство пока не приняло»:
 * the clause that leaves the revocation open gives no date, whatever the clause before it dates. Asked
 * what was decided, an act it leaves open is no reason to say nothing. Invented company and ministry.
 */
describe('an act the best source says is not decided', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника: лицензия «Велмар Газ»',
        '• 2 апреля (четверг) — министерство энергетики Кештова приостановило лицензию компании «Велмар Газ» на шесть месяцев.',
        '• Срок приостановки лицензии «Велмар Газ» истёк 2 октября; решение о её возобновлении или отзыве министерство энергетики пока не приняло.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-10' },
    ),
    'report.md': documentText(
      [
        'Lorin Rail keeps its permit',
        'On 14 May the Lorin transport ministry fined Lorin Rail 2 million dollars. No decision on revoking the operating permit of Lorin Rail has been taken, the ministry said.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-05-20' },
    ),
  });

  it.each([
    'Когда министерство энергетики отозвало лицензию «Велмар Газ»?',
    "When did the ministry revoke Lorin Rail's operating permit?",
  ])('dates no such act: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('still dates the act that was done', () => {
    const a = kb.answer('Когда министерство энергетики приостановило лицензию «Велмар Газ»?', { now });
    expect(a.summary, a.text).toMatch(/2 апреля/);
  });
});
