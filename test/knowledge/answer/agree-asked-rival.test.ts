import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * Asked whether the sources agree, the other source's figure is looked for further down the ranking: a
 * wire's many sentences about the queue rank above an interview's answer that gives another count.
 */
describe('the other figure, asked whether the sources agree', () => {
  const wire = [
    'Kestov crossing shut',
    'Some 1,400 trucks queued at the Kestov crossing on Monday, drivers said.',
    'The Kestov crossing was shut to trucks on Monday morning.',
    'Trucks queued for eleven kilometres from the Kestov crossing.',
    'Drivers in the queue at the Kestov crossing slept in their cabs.',
    'The Kestov crossing handles most of the trucks between the two countries.',
    'Officials at the Kestov crossing gave no date for reopening it to trucks.',
    'The queue of trucks at the Kestov crossing grew through the week.',
    'More trucks queued at the Kestov crossing on Tuesday.',
    'Trucks queued at the Kestov crossing in the rain.',
    'Empty trucks also queued at the Kestov crossing.',
    'Trucks queued at the Kestov crossing for days.',
    'Fuel trucks queued at the Kestov crossing too.',
    'Trucks still queued at the Kestov crossing on Friday.',
  ].join('\n\n');
  const interview = [
    'Interview with a haulier',
    '— How bad was it?',
    '— At the peak, in mid-February, about 1,700 trucks queued at the crossing.',
  ].join('\n\n');
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(wire, { lang: 'en', published: '2026-02-11' }),
    'interview.md': documentText(interview, { lang: 'en', published: '2026-03-01' }),
  });

  it('gives both figures', () => {
    const a = kb.answer('How many trucks queued at the Kestov crossing? Do the sources agree?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/1,400/);
    expect(a.summary).toMatch(/1,700/);
  });
});

/**
 * Asked whether the sources agree, another source's figure in the same measure ("52 часа" against "50 hours",
 * "19 тонн рыбы" against "31 tonnes of herring") is the other figure, however few of the question's words
 * its sentence repeats.
 */
describe('the other figure in the same measure, asked whether the sources agree', () => {
  it.each([
    [
      'Two Kestov patrol boats sailed into Varnel waters on 9 May and stayed 50 hours before turning back, the Varnel navy said.',
      'По подсчётам береговой охраны Кестова, патрульные катера провели в водах Варнела 52 часа.',
      'How long did the two Kestov patrol boats stay in Varnel waters in May? Do the sources agree?',
      [/50 hours/, /52 hours/],
    ],
    [
      'Kestov fishery officers checked the trawler Lorin Star on Monday. They counted some 31 tonnes of herring below deck that were missing from the logbook, the fishery agency said.',
      'По данным рыбнадзора Кестова, на борту траулера нашли около 19 тонн рыбы, которой не было в судовом журнале.',
      "How much herring did the Kestov fishery officers find missing from the Lorin Star's logbook? Do the sources agree?",
      [/31 tonnes/, /19 tonnes/],
    ],
    // People counted as people ("25 человек"), in a sentence that says the asked act, are the same people.
    [
      'Kestov released 28 Varnel political prisoners on 18 July alongside the two Lorin sailors, an official said.',
      'По данным правозащитной группы «Вендт», 18 июля в Кестове освобождены 25 человек, из них девять журналистов.',
      'How many Varnel political prisoners were released alongside the Lorin sailors on 18 July? Do the sources agree?',
      [/28/, /25/],
    ],
  ])('%s / %s', (wire, note, question, figures) => {
    const kb = knowledgeBaseOfTexts({
      'wire.md': documentText(wire, { lang: 'en', published: '2026-02-19' }),
      'note.md': documentText(note, { lang: 'ru', published: '2026-02-26' }),
    });
    const a = kb.answer(question, { now: new Date('2026-12-01') });
    for (const figure of figures) expect(a.summary).toMatch(figure);
  });
});

/** People counted as people in a sentence of another act ("25 человек задержаны") are no other figure for those released. */
describe('people of another act, asked whether the sources agree', () => {
  it('gives one figure', () => {
    const kb = knowledgeBaseOfTexts({
      'wire.md': documentText(
        'Kestov released 28 Varnel political prisoners on 18 July alongside the two Lorin sailors, an official said.',
        { lang: 'en', published: '2026-07-19' },
      ),
      'note.md': documentText('По данным правозащитной группы «Вендт», в июле в Кестове задержаны 25 человек.', {
        lang: 'ru',
        published: '2026-07-26',
      }),
    });
    const a = kb.answer(
      'How many Varnel political prisoners were released alongside the Lorin sailors on 18 July? Do the sources agree?',
      { now: new Date('2026-12-01') },
    );
    expect(a.summary).toMatch(/28/);
    expect(a.summary).not.toMatch(/25/);
  });
});

/**
 * Asked whether the sources agree, two figures for one thing are of one size: "82 trucks" of a weekday's
 * count is no other estimate of the 1,740 stuck, however near its sentence ranks; "1 820" is.
 */
describe('the other figure of like size, asked whether the sources agree', () => {
  const wire = documentText(
    [
      'Varnel shuts Kestov crossings',
      "About 1,740 Varnelian trucks were stuck in Kestov after the crossings closed, the Varnel Hauliers' Alliance said.",
    ].join('\n\n'),
    { lang: 'en', published: '2026-03-12' },
  );
  const timeline = documentText(
    ['Timeline: Varnel and Kestov', '14 Mar - 82 trucks stuck in Kestov are let go.'].join('\n\n'),
    { lang: 'en', published: '2026-06-30' },
  );
  const report = documentText(
    ['Транзит через Кестов', 'По данным таможни Варнела, в Кестове застряли 1 820 варнельских грузовиков.'].join(
      '\n\n',
    ),
    { lang: 'ru', published: '2026-07-01' },
  );
  const kb = knowledgeBaseOfTexts({ 'wire.md': wire, 'timeline.md': timeline, 'report.md': report });

  it('gives the figure of like size as the other', () => {
    const a = kb.answer('How many Varnelian trucks were stuck in Kestov? Do the sources agree?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/1,740/);
    expect(a.summary).toMatch(/1 ?820/);
    expect(a.summary).not.toMatch(/\b82\b/);
  });

  it('counts a magnitude word in the size', () => {
    const households = knowledgeBaseOfTexts({
      'wire.md': documentText(
        [
          'Lorin without gas',
          'About 72,000 Lorin households were left without gas in December, the distributor said.',
        ].join('\n\n'),
        { lang: 'en', published: '2026-01-22' },
      ),
      'chronology.md': documentText(
        ['Хроника: газ в Лорине', '5 декабря — без газа в Лорине остались около 76 тысяч абонентов.'].join('\n\n'),
        { lang: 'ru', published: '2026-04-06' },
      ),
    });
    const a = households.answer('How many households in Lorin were left without gas? Do the sources agree?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/72,000/);
    expect(a.summary).toMatch(/76 thousand/);
  });
});
