import { describe, expect, it } from 'vitest';
import { spelledIn } from '../../../src/knowledge/answer/name-spelling.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A name shown to an asker in the other script is spelt as a document in the asker's language spells it. */
const kb = knowledgeBaseOfTexts({
  'en.md': documentText('Deputy envoy Ilkin Vendt arrived in Kestov on Monday. Anna Northgate met him there.', {
    lang: 'en',
  }),
  'ru.md': documentText(
    'Заместитель посланника Илкин Вендт встретился с Мартой Вендт. Позже Илкина Вендта принял Варнел.',
    { lang: 'ru' },
  ),
});

describe('spelledIn: a name in the documents of the other script', () => {
  it.each([
    ['Илкин Вендт', 'en', 'Ilkin Vendt'],
    ['Вендт', 'en', 'Vendt'],
    // In Russian, the nominative of the forms written.
    ['Ilkin Vendt', 'ru', 'Илкин Вендт'],
  ] as const)('%s → %s: %s', (name, lang, spelled) => {
    expect(spelledIn(kb.index, name, lang)).toBe(spelled);
  });

  it.each([
    // Another person of the same surname: no spelling rather than the wrong one.
    ['Марта Вендт', 'en'],
    // Nobody of that name in the other script.
    ['Anna Northgate', 'ru'],
  ] as const)('%s → %s: none', (name, lang) => {
    expect(spelledIn(kb.index, name, lang)).toBeUndefined();
  });
});
