import { describe, expect, it } from 'vitest';
import { HEAD_ASKED } from '../../../src/knowledge/answer/sentence-kinds.ts';

/** A question asking who heads something, in any tense of its verb; asking who did something else, not. */
describe('HEAD_ASKED', () => {
  it.each([
    ['Who heads the Varnel port authority?', true],
    ['Who runs Kestral Medtech now?', true],
    ['Who has run Kestral Medtech since Vendel left at the start of July?', true],
    ['Who is running the inquiry into the collapse?', true],
    ['Who was running the museum when the paintings were stolen?', true],
    ['Кто руководит расследованием?', true],
    ['Who signed the contract with Kestral Medtech?', false],
    ['When did Kestral Medtech run the first trial?', false],
  ])('%s', (question, asked) => {
    expect(HEAD_ASKED.test(question)).toBe(asked);
  });
});
