import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * An act one person undergoes (detained, convicted, resigned) is dated only by a sentence telling it of
 * that person: the day she was bailed, or the day another man resigned, is no answer. Invented people
 * and companies.
 */
const kb = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    [
      'Chronology: the Velmar tender case',
      '2 July (Thursday) - The anti-corruption agency detains former deputy minister Torvald Essen and Brindle Medical director Mirela Kastova on suspicion of collusion.',
      '9 July (Thursday) - Kastova is released on bail of 150 million.',
      '14 July (Tuesday) - Prosecutors say they have not yet decided whether to charge Essen and Kastova.',
      '26 January (Monday) - Velmar Rail chief executive Petr Dalibor resigns.',
      '13 March (Friday) - Police detain Arno Quist at the depot.',
      '17 March (Tuesday) - Сотрудники полиции задержали Арно Квиста в депо.',
      '18 March (Wednesday) - Координатор кооператива Дьёсёль Амазан дал интервью.',
      '6 February (Friday) - Transport Minister Georgi Lanev survives a no-confidence vote in parliament by 131 votes to 98.',
      '12 March (Thursday) - A court convicts Velmar Rail engineer Oskar Brendt of negligence.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-07-20' },
  ),
  'report.md': documentText(
    [
      'Prosecutors trace the Velmar money',
      'Investigators in Valletta questioned the broker Adrian Falcone as a witness on 2 April. Former fund director Harald Moss remains in custody: on 3 April a court extended his arrest by a month.',
      'Police in Lyon questioned the accountant Lucien Dorrat on 7 April. He was arrested on 9 April at his office.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-20' },
  ),
});

const now = new Date('2026-12-01');

describe('a personal act dated', () => {
  it.each([
    ['When was Brindle Medical director Mirela Kastova convicted?'],
    ['When did Transport Minister Georgi Lanev resign?'],
    ['When was engineer Oskar Brendt detained?'],
    // Two names of one person in one case, no given name the dictionary knows; the title is another name's.
    ['Когда задержали координатора кооператива «Лесной край» Дьёсёля Амазана?'],
    // The sentence after his names a man of its own: it tells that man's arrest, not his.
    ['When did police arrest Adrian Falcone?'],
  ])('is not stated when no sentence tells it of the person asked: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered, a.text).toBe(false);
  });

  it.each([
    ['When was Brindle Medical director Mirela Kastova detained?', /2 July/],
    ['When was Mirela Kastova released on bail?', /9 July/],
    ['When did chief executive Petr Dalibor resign?', /26 January/],
    ['When was engineer Oskar Brendt convicted?', /12 March/],
    ['When was Arno Quist detained?', /13 March/],
    // A sentence naming no one ("He was arrested …") tells the act of the one named before it.
    ['When was Lucien Dorrat arrested?', /9 April/],
  ])('is dated where a sentence tells it of the person: %s', (question, date) => {
    const a = kb.answer(question, { now });
    expect(a.summary, a.text).toMatch(date);
  });
});
