import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * The event's date opens the sentence, far from the words asked; a date of what was in force before
 * ("действовавший с июня 2023 года", "in force since June 2023") stands beside those words.
 */
const RUSSIAN = `---
title: Кештов открыл границу
published: 2026-03-03
lang: ru
---
Кештов открыл границу

2 марта власти Кештова сняли запрет на ввоз варнельских товаров, действовавший с июня 2023 года, а для грузового транспорта открылись переходы Брандт и Лорин.
`;

const ENGLISH = `---
title: Kestov reopens border
published: 2026-03-03
lang: en
---
Kestov reopens border

On 2 March Kestov lifted the ban on Varnel goods, in force since June 2023, and the Brandt and Lorin crossings reopened to freight.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe("a sentence's own date over a background date in it", () => {
  it.each<[string, string, string, RegExp, RegExp]>([
    ['Russian', RUSSIAN, 'Когда переходы Брандт и Лорин открыли для грузового транспорта?', /2 марта/, /июн/],
    ['English', ENGLISH, 'When did the Brandt and Lorin crossings reopen to freight?', /2 March/, /June/],
  ])('%s: %s', (_lang, text, question, expected, other) => {
    const a = knowledgeBaseOfTexts({ 'doc.md': text }).answer(question, { now });
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(other);
  });

  it('asked since when, the since-date is the answer', () => {
    const a = knowledgeBaseOfTexts({ 'doc.md': RUSSIAN }).answer(
      'С какого времени действовал запрет на ввоз варнельских товаров?',
      { now },
    );
    expect(a.summary).toMatch(/июн\S* 2023/);
  });
});
