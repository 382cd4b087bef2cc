import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A date of what did not happen is no answer to when it happened; "No. 214" numbers, it denies
 * nothing; a source saying the detail was kept back answers that the documents do not give it.
 */
const kb = knowledgeBaseOfTexts({
  'crossing.md': documentText(
    [
      'Пункт пропуска между Кештовом и Варнелем, который должен был открыться для грузовиков 15 сентября, так и не открылся.',
      'Грузовики пошли через пункт пропуска только 1 октября.',
      'The Kestov government adopted Decision No. 214 on 25 March 2026.',
      'Среди задержанных — инженер Ян Ковальчик. Имена двух других задержанных инженеров не раскрываются.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-05' },
  ),
});

const notOpened = knowledgeBaseOfTexts({
  'crossing.md': documentText(
    'Пункт пропуска между Кештовом и Варнелем, который должен был открыться для грузовиков 15 сентября, так и не открылся.',
    { lang: 'ru', published: '2026-10-05' },
  ),
});

const first = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('dates of events that did and did not happen', () => {
  it('takes the day the crossing opened, not the day it was due to', () => {
    const a = first('Когда пункт пропуска между Кештовом и Варнелем открылся для грузовиков?');
    expect(a.text.split('\n')[0], a.text).toBe('1 октября');
  });

  it('does not date what did not happen when nothing else dates it', () => {
    const a = notOpened.answer('Когда пункт пропуска между Кештовом и Варнелем открылся для грузовиков?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(false);
  });

  it('reads "No. 214" as a number, not a denial', () => {
    const a = first('When did the Kestov government adopt Decision No. 214?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0], a.text).toContain('25 March');
  });
});

describe('a detail a source says was kept back', () => {
  it('is answered as not given, with that source quoted as the proof', () => {
    const a = first('Как зовут двух других задержанных инженеров?');
    expect(a.answered, a.text).toBe(false);
    expect(a.text, a.text).toContain('не раскрывается');
    expect(a.text, a.text).toContain('«Имена двух других задержанных инженеров не раскрываются.»');
  });

  // The sentence keeping the figure back holds no number, so a ranking that lifts numbers puts it
  // behind the ones that hold a figure of something else.
  const packages = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Lorin Rail takes over the Kestov railway',
        "Lorin Rail has said it will offer employment to 2,400 of the Kestov railway authority's workers and voluntary separation packages to the rest.",
        "Lorin Rail has committed to invest $1.1 billion over ten years and to offer employment to 2,400 of the authority's 3,650 workers.",
        'The number of workers who have accepted voluntary separation packages has not been published.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-06-12' },
    ),
  });
  const ask = (question: string) => packages.answer(question, { now: new Date('2026-12-01') });

  it('is found among the sentences that hold no figure', () => {
    const a = ask("How many of the authority's workers took voluntary separation packages?");
    expect(a.answered, a.text).toBe(false);
    expect(a.text, a.text).toContain('has not been published');
  });

  it('keeps back only its own figure', () => {
    const a = ask('How many workers will Lorin Rail employ?');
    expect(a.text.split('\n')[0], a.text).toContain('2,400');
  });
});

/** A date after "set for", "postponed to", "назначено на" is a plan's: it does not say when the event took place. */
describe('dates of plans', () => {
  const plans = knowledgeBaseOfTexts({
    'commission.md': documentText(
      [
        'The boundary commission session, set for 9 June, was postponed at the request of Kestov.',
        'The boundary commission finally met in Northgate on 24 August.',
      ].join(' '),
      { lang: 'en', published: '2026-09-30' },
    ),
  });
  const onlyPlanned = knowledgeBaseOfTexts({
    'commission.md': documentText('Заседание пограничной комиссии Варнела и Кештова назначено на 9 июня.', {
      lang: 'ru',
      published: '2026-05-20',
    }),
  });

  it('answers when the session took place with the day it met, not the day it was set for', () => {
    const a = plans.answer('When did the boundary commission session finally take place?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0], a.text).toMatch(/August/);
  });

  it('does not date a session that was only planned', () => {
    const a = onlyPlanned.answer('Когда состоялось заседание пограничной комиссии Варнела и Кештова?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(false);
  });

  it('still answers when the session is planned for, asked so', () => {
    const a = onlyPlanned.answer('На какое число назначено заседание пограничной комиссии?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0], a.text).toContain('9 июня');
  });
});

/** A date after "by" or "не позднее" is a deadline's: it does not say when what was promised was done. */
describe('dates of deadlines', () => {
  const promised = knowledgeBaseOfTexts({
    'deal.md': documentText(
      'Kestov undertook to dismantle the bridge posts by 15 June; Varnel undertook to open a customs clearance point in Halden.',
      { lang: 'en', published: '2026-06-01' },
    ),
  });

  it('does not date the opening by the deadline of the other promise', () => {
    const a = promised.answer('When did the customs clearance point in Halden open?', { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });
});

/**
 * "When did Kestov marines board the Ocean Star?": "Ocean" is part of the vessel's name, no word of the
 * event; a sentence that names the vessel and the navy but no boarding does not date one.
 */
describe('a word of a name is no word of the event', () => {
  const approach = knowledgeBaseOfTexts({
    'incident.md': documentText(
      [
        'On 14 March the Kestov patrol vessel Halden approached the drillship Ocean Star and ordered it to stop drilling.',
        'Kestov marines guard the coast of the Halden region.',
        'Inspectors went on board the supply boat in Northgate.',
        // Paragraphs of their own: a third sentence of one paragraph tells more of its first.
      ].join('\n\n'),
      { lang: 'en', published: '2026-03-16' },
    ),
  });

  it('does not date a boarding nobody reports', () => {
    const a = approach.answer('When did Kestov marines board the Ocean Star?', { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });

  it('dates what the sentence tells', () => {
    const a = approach.answer('When did the Kestov patrol vessel approach the Ocean Star?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0], a.text).toContain('14 March');
  });
});

/** "On what date …?", "На какое число …?" ask a day: a month alone does not answer it. */
describe('a day asked, a month given', () => {
  const month = knowledgeBaseOfTexts({
    'talks.md': documentText('The next round of the Kestov talks is planned for February 2027.', {
      lang: 'en',
      published: '2026-10-30',
    }),
  });

  it.each([
    'On what date in 2027 is the next round of the Kestov talks scheduled?',
    'На какое число намечен следующий раунд переговоров по Кештову?',
  ])('%s', (question) => {
    const a = month.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });

  it('still gives the month when asked when', () => {
    const a = month.answer('When is the next round of the Kestov talks planned?', { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toContain('February 2027');
  });
});

/** "When is the next …?" asks what is still to come: a past session does not answer it. */
describe('the next one', () => {
  const sessions = knowledgeBaseOfTexts({
    'commission.md': documentText(
      [
        '4 Jun (Thu) - Kestov asks to postpone the boundary commission session set for 9 June.',
        '24 Aug (Mon) - The boundary commission of Varnel and Kestov meets in Northgate.',
      ].join('\n'),
      { lang: 'en', published: '2026-09-30' },
    ),
  });

  it.each(['When is the next session of the boundary commission?', 'Когда следующее заседание пограничной комиссии?'])(
    '%s → the documents do not say',
    (question) => {
      const a = sessions.answer(question, { now: new Date('2026-12-01') });
      expect(a.answered, a.text).toBe(false);
    },
  );

  it('still dates the session that was held', () => {
    const a = sessions.answer('When did the boundary commission meet in Northgate?', { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toContain('24 August');
  });
});

/** "When did they sign the agreement?": a strong sentence saying it has not been signed leaves the initialling undated as an answer. */
describe('an act a source says has not happened', () => {
  const initialled =
    'The text of the agreement was initialed by the foreign ministers of Varnel and Kestov on 8 August 2025.';
  const notSigned = knowledgeBaseOfTexts({
    'brief.md': documentText(`${initialled} The agreement has not yet been signed or ratified by either side.`, {
      lang: 'en',
      published: '2026-04-09',
    }),
  });
  const signed = knowledgeBaseOfTexts({
    'brief.md': documentText(
      `${initialled} The leaders of Varnel and Kestov signed the agreement in Northgate on 3 March 2026.`,
      {
        lang: 'en',
        published: '2026-04-09',
      },
    ),
  });
  const question = 'On what date did Varnel and Kestov sign the agreement?';

  it('is not dated by another act of it', () => {
    const a = notSigned.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });

  it('is dated where a source says it happened', () => {
    const a = signed.answer(question, { now: new Date('2026-12-01') });
    expect(a.text.split('\n')[0], a.text).toMatch(/3 March 2026/);
  });
});

/** "несостоявшийся визит", "the cancelled summit": the event named so did not happen on its date. */
describe('an event called one that did not happen', () => {
  const undone = knowledgeBaseOfTexts({
    'chronology.md': documentText(
      [
        '• 16 апреля — несостоявшийся визит еврокомиссара Ильи Вендта в Кештов: поездку отменили за неделю.',
        '• 2 May - the cancelled summit of Varnel and Kestov in Northgate.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-05' },
    ),
  });
  it.each([
    ['Когда еврокомиссар Вендт всё-таки побывал в Кештове?'],
    ['When was the summit of Varnel and Kestov in Northgate held?'],
  ])('is not dated by that day: %s', (question) => {
    const a = undone.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });
  it('is dated when the question asks the cancelling', () => {
    const a = undone.answer('When was the summit of Varnel and Kestov in Northgate cancelled?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered, a.text).toBe(true);
  });
});
