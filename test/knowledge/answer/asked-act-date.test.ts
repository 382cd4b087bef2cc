import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Two dates about one decree: the release under it, and its signing, told in a weaker sentence. */
const RUSSIAN = `---
title: Журналисты Вендт и Кештова на свободе
published: 2026-06-06
lang: ru
---
Журналисты Вендт и Кештова на свободе

5 июня по указу о помиловании на свободу вышли журналисты Илья Вендт и Анна Кештова, сотрудничавшие с изданием «Хальденский вестник».

Указ о помиловании был подписан 4 июня, сообщили в редакции.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('the date of the act a question asks', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': RUSSIAN });
  it.each([
    ['When was the pardon decree for the journalists Vendt and Kestova signed?', /4 June/, /5 June/],
    ['When were the journalists Vendt and Kestova released under the pardon decree?', /5 June/, /4 June/],
    ['Когда подписали указ о помиловании журналистов Вендта и Кештовой?', /4 июня/, /5 июня/],
    ['Когда по указу о помиловании вышли на свободу Вендт и Кештова?', /5 июня/, /4 июня/],
  ])('%s', (question, expected, other) => {
    const a = kb.answer(question, { now });
    expect(a.summary).toMatch(expected);
    expect(a.summary).not.toMatch(other);
  });
});
