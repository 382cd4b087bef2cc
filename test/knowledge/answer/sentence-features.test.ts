import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../src/knowledge/answer/sentence-features.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

/** The words of a question that give at least one feature. */
function matchedWords(text: string): string[] {
  const tokens = tokenize(text);
  const at = new Set([...featuresOf(tokens, 'question').values()].flat());
  return tokens.filter((_, i) => at.has(i)).map((t) => t.norm);
}

describe('featuresOf: a function word matches nothing, however inflected', () => {
  it.each([
    // [question, words that must not match, words that must]
    ['Сколько человек в ней могло быть раньше?', ['ней', 'могло'], ['человек']],
    ['Что он сказал о нём своему коллеге?', ['нём', 'своему'], ['сказал', 'коллеге']],
    ['Кто из них мог бы приехать в Кештов?', ['них', 'мог'], ['приехать', 'кештов']],
    ['Какие из этих компаний назвал Вендт, которые закрылись?', ['этих', 'которые'], ['компаний', 'вендт']],
  ])('%s', (question, stopped, kept) => {
    const words = matchedWords(question);
    for (const w of stopped) expect(words).not.toContain(w);
    for (const w of kept) expect(words).toContain(w);
  });

  it('keeps content words whose forms are close to a pronoun ("ими" no, "имя" yes)', () => {
    expect(matchedWords('Какое имя назвал посол?')).toEqual(expect.arrayContaining(['имя', 'посол']));
  });
});
