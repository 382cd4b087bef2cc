import { describe, expect, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A count of an act no document speaks of is not stated, whatever figure of people is near the rest of the question. */
const WIRE = `---
title: Road near Varnel blocked for six hours
published: 2026-03-20
lang: en
---
Road near Varnel blocked for six hours

Last Saturday, some three hundred residents of the border town of Varnel blocked the access road to the crossing for six hours.

The mayor of Varnel, Tomas Kell, said the town of some 2,300 people had run out of bottled water.

The blockade was lifted peacefully after the civil defence sent tanker trucks of drinking water.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a count of an act no document speaks of', () => {
  const kb = knowledgeBaseOfTexts({ 'wire.md': WIRE });
  it.each([
    ['How many people were injured when the road near Varnel was blocked?'],
    ['Сколько человек ранено при блокаде дороги у Варнела?'],
    ['How many people were arrested when the road near Varnel was blocked?'],
  ])('is not stated: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it.each([
    ['How many residents blocked the road near Varnel?', /300|three hundred/],
    // A general verb ("участвовало", taking part) no document uses is how the question is put, and a
    // town's population is no count of who blocked its road.
    ['Сколько человек участвовало в блокаде дороги у Варнела?', /300|тр[её]хсот|three hundred/],
    ['How many people live in Varnel?', /2,300/],
  ])('leaves a count the documents give: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
