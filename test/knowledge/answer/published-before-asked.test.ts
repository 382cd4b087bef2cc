import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/** A report of September cannot count what happened in the December after it. */
const REPORT = documentText(
  `Потепление на треке Варнель – Кестов

Визит посланника Варнеля в Кестов принёс новое освобождение заключённых. В результате было освобождено 14 заключённых, среди них блогер Ивар Лорин, намеревавшийся баллотироваться в президенты.

Переговоры об освобождении остальных заключённых продолжатся в декабре.`,
  { title: 'Varnel frees prisoners', published: '2025-09-15', lang: 'ru' },
);

describe('a count asked for a period after the document', () => {
  const kb = knowledgeBaseOfTexts({ 'report.md': REPORT });
  it('is not given by it', () => {
    expect(kb.answer('Сколько заключённых освободили в декабре 2025 года?', { now }).answered).toBe(false);
  });
  it('the document counts what it reports', () => {
    expect(kb.answer('Сколько заключённых освободили после визита посланника Варнеля?', { now }).summary).toMatch(/14/);
  });
});
