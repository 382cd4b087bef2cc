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

/** The same minister in an English report, named in Russian elsewhere: a Russian asker reads the Russian spelling. */
const ENGLISH = `---
title: Japanese minister in Varnel
published: 2026-05-16
lang: en
---
Japanese minister in Varnel

Japan's foreign minister Tetsuya Fujishima held talks in Varnel on 15 May.
`;

describe("a Japanese name answered in the asker's script", () => {
  const kb = knowledgeBaseOfTexts({ 'ru.md': RUSSIAN, 'en.md': ENGLISH });
  it("names the English report's minister as the Russian report spells him", () => {
    const a = kb.answer('С кем прошли переговоры в Варнеле 15 мая?', { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/Фудзисима/);
    expect(a.summary).not.toMatch(/источник на английском/);
  });
});
