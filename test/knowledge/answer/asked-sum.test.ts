import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

function docOf(sentence: string): string {
  const lang = /[а-яё]/i.test(sentence) ? 'ru' : 'en';
  return `---\ntitle: Kestov bridge\npublished: 2026-05-20\nlang: ${lang}\n---\nKestov bridge\n\n${sentence}\n`;
}

/** "How much did it cost?" when the nearest figure counts workers: the sum in the same sentence answers. */
describe('a sum asked: a sum nearly as strong as the best figure answers', () => {
  it.each([
    [
      'Repairs to the Kestov bridge by 120 workers cost $4 million.',
      'How much did the repair of the Kestov bridge cost?',
      /\$4 million/,
    ],
    [
      'Repairs to the Kestov bridge by 120 workers cost $4 million.',
      'Во сколько обошёлся ремонт моста в Кестове?',
      /4 млн долларов/,
    ],
    [
      'Ремонт моста в Кестове, на котором работали 120 рабочих, обошёлся в 4 млн долларов.',
      'Во сколько обошёлся ремонт моста в Кестове?',
      /4 млн долларов/,
    ],
    // The tonnage the sum was worked out from stands far ahead of it: the sentence's one sum answers.
    [
      "Kestov's port agency calculated the extra cost of the higher fee at $4.5 million a year, based on about 1.8 million tonnes of Varnel freight that passed through the port of Lorin last year.",
      'Во сколько в год обошлось бы варнельским грузоотправителям повышение сбора в порту Лорин по расчётам портового агентства Кестова?',
      /4,5 млн долларов/,
    ],
    // A sum in millions of a currency named before the figure or in a form of its own.
    [
      'The Kestov bridge feasibility study is financed by a USD 17.5 million loan from the Varnel Bank.',
      'How much money does the Varnel Bank lend for the Kestov bridge study?',
      /17\.5 million/,
    ],
    [
      'Городской суд Кестова снизил штраф компании Vendt до 720 млн сомов.',
      'До какой суммы суд снизил штраф компании Vendt?',
      /720 млн/,
    ],
    // A loss asked by "во сколько … ущерб": the sum answers, not the two lines the operator runs.
    [
      'Оператор двух линий метро Кестова, компания Vendt, оценивает ущерб от затопления в 310 млн сомов.',
      'Во сколько компания-оператор оценила ущерб от затопления метро?',
      /310 млн/,
    ],
  ])('%s / %s', (sentence, question, expected) => {
    const a = knowledgeBaseOfTexts({ 'bridge.md': docOf(sentence) }).answer(question, { now });
    expect(a.summary).toMatch(expected);
  });

  it.each([
    // No sum at all: the count of workers does not say what it cost.
    ['Repairs to the Kestov bridge took 120 workers.', 'How much did the repair of the Kestov bridge cost?'],
    ['Ремонт моста в Кестове вели 120 рабочих.', 'Во сколько обошёлся ремонт моста в Кестове?'],
    // Millions of subscribers are no sum, though written like one.
    [
      'Vendt entered Kestov in 2019 by buying Varnel Mobile, which now has 2.05 million subscribers.',
      'За какую сумму Vendt купила «Варнел Мобайл» в 2019 году?',
    ],
  ])('none in "%s" for "%s"', (sentence, question) => {
    const a = knowledgeBaseOfTexts({ 'bridge.md': docOf(sentence) }).answer(question, { now });
    expect(a.answered).toBe(false);
  });
});

/** "How much power": a quantity of a unit the vocabulary knows answers, abbreviated too. */
describe('a quantity asked by how much: its measure answers', () => {
  it.each([
    [
      'Vendt Power will supply 600 MW to Kestov under the June agreement.',
      'How much power will Vendt Power supply to Kestov?',
      /600 MW/,
    ],
    [
      'По соглашению Vendt Power будет поставлять в Кестов 600 МВт.',
      'How much power will Vendt Power supply to Kestov?',
      /600 (МВт|megawatts)/,
    ],
  ])('%s / %s', (sentence, question, expected) => {
    const a = knowledgeBaseOfTexts({ 'power.md': docOf(sentence) }).answer(question, { now });
    expect(a.summary).toMatch(expected);
  });
});

/** Any currency sign the Unicode tables know, and the Indian "crore" and "lakh", write a sum. */
describe('a sum in any currency answers how much', () => {
  it.each([
    ['Kestov will pay ₹2,000 crore for the Vendt rail link.', /₹2,000 crore/],
    ['Kestov will pay Rs 2,000 crore for the Vendt rail link.', /2,000 crore/],
    ['Kestov will pay ¥2.4 trillion for the Vendt rail link.', /¥2.4 trillion/],
  ])('%s', (sentence, expected) => {
    const a = knowledgeBaseOfTexts({ 'rail.md': docOf(sentence) }).answer(
      'How much will Kestov pay for the Vendt rail link?',
      {
        now,
      },
    );
    expect(a.summary).toMatch(expected);
  });
});

/** "4.2 tonnes": the "2" after the decimal point is no "two" of the question, and counts nothing asked. */
describe('a digit group of a longer number matches no count of the question', () => {
  it.each([
    [
      '19 Jun (Fri) - Kestov fines the owners US$38,400 and confiscates 4.2 tonnes of hake.',
      'Какой штраф Кестов назначил владельцам двух вендтских судов в июне?',
    ],
    [
      '19 Jun (Fri) - Kestov fines the owners US$38,400 and confiscates 4,2 tonnes of hake.',
      'What fine did Kestov impose on the two owners in June?',
    ],
  ])('%s / %s', (sentence, question) => {
    const a = knowledgeBaseOfTexts({ 'fine.md': docOf(sentence) }).answer(question, { now });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/38[, ]400/);
    expect(a.summary).not.toMatch(/4[.,]2/);
  });
});
