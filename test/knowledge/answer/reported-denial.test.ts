import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/**
 * "Банк уведомил компанию, что не выплатит транш": asked when it notified, the denial is what the bank
 * said, not a denial of the notice; a date the tranche was due on is a plan, not the notice's.
 */
const CHRONICLE = documentText(
  `Хроника: завод в Лорине

• 27 января (вторник) — Банк Варнеля письменно уведомил компанию Kestov Pharma, что не выплатит второй транш кредита, положенный 2 февраля.
• 14 апреля (вторник) — на заводе в Лорине выпущена первая валидационная серия вакцины.`,
  { title: 'Хроника: завод в Лорине', published: '2026-09-25', lang: 'ru' },
);

const BRIEF = documentText(
  `Kestov Pharma's loans

Kestov Pharma borrows from the Varnel bank in three tranches.

The second tranche of the Varnel loan, due on 2 February 2026, was withheld pending an audit.

Речь шла о втором транше кредита банка Варнеля, он должен был прийти в феврале.`,
  { title: "Kestov Pharma's loans", published: '2026-09-02', lang: 'en' },
);

describe('a date asked of a notice whose content is a denial', () => {
  const kb = knowledgeBaseOfTexts({ 'chronicle.md': CHRONICLE, 'brief.md': BRIEF });
  it.each([
    ['Когда банк Варнеля уведомил Kestov Pharma, что придержит второй транш?', /27 января/],
    ['Какого числа банк Варнеля сообщил Kestov Pharma, что придержит второй транш кредита?', /27 января/],
    ['When did the Varnel bank inform Kestov Pharma that it would withhold the second tranche?', /27 January/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
  });
});
