import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A Japanese minister named in a Russian report only, as Russian spells Japanese (Polivanov). */
const RUSSIAN = `---
title: Министр Фудзисима в Варнеле
published: 2026-05-15
lang: ru
---
Министр Фудзисима в Варнеле

14 мая министр иностранных дел Японии Тэцуя Фудзисима прибыл в Варнель с двухдневным визитом.

Накануне в Кештове прошли переговоры о поставках риса.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a Japanese name asked in Latin letters, found in Cyrillic', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': RUSSIAN });
  it.each([
    ['When did Fujishima arrive in Varnel?', /14 May/],
    ['When did Tetsuya Fujishima arrive in Varnel?', /14 May/],
  ])('%s', (question, expected) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(expected);
    expect(a.citations[0]?.quote).toContain('Фудзисима');
  });
});
