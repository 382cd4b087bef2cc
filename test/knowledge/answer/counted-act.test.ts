import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** A number bound to one act ("killed two") does not count another ("wounded"). */
const TEXT = `---
title: Border clash near Kestov
published: 2026-02-10
lang: en
---
Border clash near Kestov

The Feb. 9 exchange of fire near the Kestov post killed two Varnelian soldiers and wounded four Northgate soldiers.

В перестрелке у поста Лорин 12 марта погибли трое кештовских пограничников, ещё пять пограничников получили ранения.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('a count of one act among others', () => {
  const kb = knowledgeBaseOfTexts({ 'doc.md': TEXT });
  it.each([
    ['How many Northgate soldiers were wounded in the Feb. 9 exchange of fire?', /4|four/],
    ['How many Varnelian soldiers were killed in the Feb. 9 exchange of fire?', /2|two/],
    ['Сколько кештовских пограничников получили ранения в перестрелке у поста Лорин?', /5|пят/],
    ['Сколько кештовских пограничников погибли в перестрелке у поста Лорин?', /3|тро/],
  ])('gives the number of the act asked: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });

  it('does not give the number killed when the wounded of that side are asked', () => {
    const a = kb.answer('How many Varnelian soldiers were wounded in the Feb. 9 exchange of fire?', { now });
    expect(a.summary ?? '').not.toMatch(/\b(2|two)\b/);
  });
});

/** Trucks waiting in a queue are not those that crossed: "870 trucks crossed" does not say how long the queue was. */
describe('a count of trucks queued, not of those that crossed', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Trucks roll again at the Kestov crossing as the customs strike ends',
        'Around 870 trucks crossed into Varnel by Friday morning, officials at the Kestov crossing said.',
        'At its peak, on Sunday, the queue on the Lorin side stretched for about 1,150 trucks, hauliers said.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-03-20' },
    ),
  });
  it('gives the queue', () => {
    const a = kb.answer('How many trucks were waiting in the queue at Kestov at the height of the customs strike?', {
      now,
    });
    expectStated(a, /1,150/, /870/);
  });
});

/**
 * What befalls people (killed, wounded, missing, rescued, arrested, charged): one number counts one of
 * them. "41 people were arrested" does not say how many were hurt, and "за два дня" counts days.
 */
describe('a count of people by what befell them', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Protests in Kestov end after two days',
        'Police said 41 people were arrested during two days of protests in Kestov.',
        'Three people were killed when police fired on protesters outside the governor’s office.',
        'The interior ministry said officers injured in earlier clashes had returned to duty.',
        'Ilkin Vendt, a trader held in the same sweep, was released on 17 April after 38 days when the charges were dropped.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-04-20' },
    ),
    'chronicle.md': documentText(
      [
        'Хроника протестов в Лорине',
        '• 12 марта — в Лорине за два дня протестов задержан 41 человек.',
        '• 14 марта — раненые в столкновениях полицейские выписаны из больницы.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-04-30' },
    ),
  });
  it.each([
    ['How many people were injured during the protests in Kestov?', /\b41\b|three|\b3\b/i],
    ['Сколько человек были ранены во время протестов в Лорине?', /41|два|2/],
  ])('does not count those who met another fate: %s', (question, wrong) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
    expect(a.summary ?? '').not.toMatch(wrong);
  });
  it.each([
    ['How many people were arrested during the protests in Kestov?', /41/],
    ['How many people were killed outside the governor’s office?', /3|three/i],
    ['How many days did Ilkin Vendt spend in custody?', /38/],
  ])('counts the fate asked, and a duration as one: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});

/**
 * Kinds of money (a fine, bail, a loan, compensation) are one sum each: a fine does not say what
 * compensation was ordered. What follows a colon itemises a sum: "штрафы" there does not make it a fine.
 */
describe('a sum of one kind of money among others', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Court fines Kestov hauliers',
        'On 23 June the Lorin district court ordered the haulier Vendtrans to pay a fine of 3 million dinars over the spoiled grain.',
        'The farmers who lost their harvest have asked for damages, the company said.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-07-30' },
    ),
    'chronicle.md': documentText(
      [
        'Хроника: перевозчики Лорина',
        '• 2 июля — ассоциация перевозчиков оценила прямые потери своих членов примерно в 9 млн динаров: штрафы по контрактам, испорченный груз, простой.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-07-30' },
    ),
  });
  it.each([
    'How much compensation did the court order Vendtrans to pay the farmers?',
    'How much did Vendtrans have to pay in compensation over the spoiled grain?',
  ])('does not give a fine as compensation: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.summary ?? '').not.toMatch(/3 million/);
  });
  it.each([
    ['How much was Vendtrans fined?', /3 million/],
    ['How much did the carriers association say its members lost?', /9 (million|млн)/],
  ])('gives the sum of the kind asked: %s', (question, expected) => {
    expectStated(kb.answer(question, { now }), expected);
  });
});
