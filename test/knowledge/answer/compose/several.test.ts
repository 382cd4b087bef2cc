import { describe, expect, it } from 'vitest';
import { asksMany } from '../../../../src/knowledge/answer/compose/several.ts';

describe('asksMany: a question asking for several of a kind', () => {
  it.each([
    ['Which cities did the Varnel envoy visit?', true],
    ['Which Varnel officials met the delegation?', true],
    ['What topics did the ministers discuss in Kestov?', true],
    ['В каких городах прошли протесты?', true],
    ['Кого из задержанных отпустили?', true],
    ['To which US city were the freed sailors flown?', false],
    // "is", "was", "has" after the question word are verbs, not plurals.
    ['What is the name of the Varnel official who mediated the Kestov rounds?', false],
    ['Which was the first crossing to reopen?', false],
    ['What has the Kestov court decided?', false],
    ['Who mediated the talks in Kestov?', false],
  ])('%s → %s', (question, many) => {
    expect(asksMany(question)).toBe(many);
  });
});
