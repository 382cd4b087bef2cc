import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDirectories } from '../../../src/knowledge/ingest/ingest.ts';
import { type Answer, createKnowledgeBase, type KnowledgeBase } from '../../../src/knowledge/index.ts';

/**
 * kb.answer end to end on two invented documents (a storyline nobody tuned to): one Russian wire
 * report, one English analysis. Each row says what a correct answer must contain; abstention rows
 * say the answer must not be given.
 */
const RU = `---
title: Монголия и Казахстан договорились о транзите угля
published: 2026-05-14
lang: ru
---
Монголия и Казахстан договорились о транзите угля

УЛАН-БАТОР, 14 мая. Во вторник, 12 мая, в Улан-Баторе министр транспорта Казахстана Ержан Сатпаев и министр дорог Монголии Батбаяр Гантулга подписали соглашение о транзите угля через казахстанскую территорию.

По соглашению в 2027 году по маршруту пройдут 4 миллиона тонн угля. Переговоры шли с января.

Накануне, 11 мая, стороны освободили 23 задержанных водителя грузовиков, которых удерживали на пограничном переходе Бургастай.

Эксперт Института транзита Дана Омарова считает, что соглашение было подписано из-за падения цен на уголь в Китае.
`;

const EN = `---
title: Coal corridor talks: a slow road
published: 2026-06-02
lang: en
---
Coal corridor talks: a slow road

By Ilse Brandt

The second round of the working group on the coal corridor met in Astana on 28 May. It was chaired by Deputy Minister Aliya Nurpeisova.

The group agreed to open two new border crossings by the end of 2026. The deadline for the customs survey of the crossings was extended from 30 June to 15 September. The mandate of the monitoring group was extended by one year. According to the Mongolian side, 25 truck drivers had been held at the Burgastai crossing before their release.

On 20 May, 55 coal wagons crossed the border at Burgastai. On 12 May, 40 coal wagons crossed the border at Burgastai.

The Mongolian side said 14 inspectors would staff each crossing. The customs service, however, put the number at 9, counting only full-time staff. The group also hired 6 interpreters. However, 2 of them left in May.

After the meeting the customs chief told journalists in Astana that both crossings would open by December. Also released in Astana were journalist Arman Sadykov and activist Lena Varga.

Kazakhstan’s customs chief and the Mongolian deputy minister began technical talks in Astana. The technical talks were held at the Burgastai customs house, away from the press.

Critics say the corridor will raise freight prices, because the fees are set in dollars.
`;

// A list: each item is its own unit, so the item before does not lend its name to the next one.
const LIST = `---
title: Кого освободили 3 июня
published: 2026-06-04
lang: ru
---
Кого освободили 3 июня

3 июня на свободу вышли шесть заключённых. Четверо из них в тот же вечер были доставлены автобусом в Вильнюс. Всем освобождённым выдали справки об освобождении. Паспорта им так и не вернули. Среди освобождённых:

— Ростислав Грачёв, профсоюзный активист из Гомеля;

— Ян Ковальчик, 58 лет, гражданин Польши, осуждённый к 7 годам лишения свободы.

Правозащитный центр «Кештов-Право» насчитал лишь пятерых освобождённых.

Жена Ростислава Грачёва почти два года добивалась его освобождения.
`;

let kb: KnowledgeBase;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-answer-'));
  writeFileSync(join(dir, 'ru-wire.txt'), RU);
  writeFileSync(join(dir, 'en-analysis.txt'), EN);
  writeFileSync(join(dir, 'ru-list.txt'), LIST);
  const { data } = await ingestDirectories([dir]);
  kb = createKnowledgeBase(data);
}, 60_000);

function expectVerbatim(a: Answer): void {
  a.citations.forEach((c, i) => {
    expect(kb.data.texts[c.sourceId]?.slice(c.start, c.end), `citation of ${c.sourceId}`).toBe(c.quote);
    // No quote repeats what an earlier one already shows (a passage's first quote runs into the next sentence).
    const repeated = a.citations
      .slice(0, i)
      .some((e) => e.sourceId === c.sourceId && e.start <= c.start && c.end <= e.end);
    expect(repeated, `quote ${i} repeats an earlier one: ${c.quote}`).toBe(false);
  });
}

interface Row {
  q: string;
  /** One of these must be in the answer's text. */
  contains: string[];
  /** None of these may be in the first line. */
  notInSummary?: string[];
  lang: 'en' | 'ru';
}

const ANSWERED: Row[] = [
  { q: 'Когда подписали соглашение о транзите угля?', contains: ['12 мая'], lang: 'ru' },
  { q: 'When was the coal transit agreement signed?', contains: ['12 May'], lang: 'en' },
  {
    q: 'How many tonnes of coal will pass along the route in 2027?',
    contains: ['4 миллиона', '4 million'],
    lang: 'en',
  },
  { q: 'Сколько водителей освободили 11 мая?', contains: ['23'], lang: 'ru' },
  { q: 'Who chaired the second round of the working group?', contains: ['Nurpeisova'], lang: 'en' },
  { q: 'Где встретилась рабочая группа 28 мая?', contains: ['Astana', 'Астан'], lang: 'ru' },
  { q: 'Why was the agreement signed, according to the expert?', contains: ['из-за падения цен'], lang: 'en' },
  { q: 'Кто такой Ержан Сатпаев?', contains: ['министр транспорта'], lang: 'ru' },
  { q: 'What position does Gantulga hold?', contains: ['минист', 'minister'], lang: 'en' },
  // A typo and a name in the other script.
  { q: 'Когда встречалась рабочя группа под руководством Нурпеисовой?', contains: ['28 May', '28 мая'], lang: 'ru' },
  { q: 'К какому сроку приговорили Яна Ковальчика?', contains: ['7 годам'], lang: 'ru' },
  // A prison term or a mandate is a duration, "one year" included.
  { q: 'На какой срок осудили Яна Ковальчика?', contains: ['7 годам'], lang: 'ru' },
  { q: 'На какой срок продлили мандат группы мониторинга?', contains: ['one year', 'год'], lang: 'ru' },
  // An age, not the years of a sentence beside it.
  { q: 'Сколько лет Яну Ковальчику?', contains: ['58'], lang: 'ru' },
  // The byline answers who wrote it; no sentence of the story does.
  { q: 'Who wrote the analysis of the coal corridor talks?', contains: ['Ilse Brandt'], lang: 'en' },
  // "Which journalist": the name titled by the role, not the one who spoke to journalists; "in Astana"
  // is where the release happened, not the place of a journalist's post.
  { q: 'Which journalist was released in Astana?', contains: ['Arman Sadykov'], lang: 'en' },
  { q: 'Какой журналист вышел на свободу в Астане?', contains: ['Arman Sadykov', 'Садыков'], lang: 'ru' },
  // The place the question's verb leads to ("were held at ..."), not the one the names stand near.
  {
    q: 'Where were the technical talks between the customs chief and the Mongolian deputy minister held?',
    contains: ['Burgastai'],
    lang: 'en',
  },
  // An organisation answers "who" as the doer of the question's verb.
  { q: 'Кто насчитал только пятерых освобождённых?', contains: ['Кештов-Право'], lang: 'ru' },
  // A visit's place is in the sentence that dates it.
  { q: 'Когда Сатпаев приехал в Улан-Батор?', contains: ['12 мая'], lang: 'ru' },
  // Two letters swapped in a name is one typo.
  { q: 'Кто такой Ержан Стапаев?', contains: ['министр транспорта'], lang: 'ru' },
  // A substance is measured, not counted: tonnes answer "how much coal".
  { q: 'How much coal will pass along the route in 2027?', contains: ['4 миллиона', '4 million'], lang: 'en' },
  // A year is as precise as "in what year" asks.
  { q: 'In what year will four million tonnes of coal pass along the route?', contains: ['2027'], lang: 'en' },
  // Asked about the plan itself, the plan's date answers.
  { q: 'When were the two new border crossings expected to open?', contains: ['2026'], lang: 'en' },
  // Two facts: the day of the signing first, then the wagons of that day.
  {
    q: 'How many coal wagons crossed the border on the day the coal transit agreement was signed?',
    contains: ['40'],
    lang: 'en',
  },
  {
    q: 'Сколько угольных вагонов пересекли границу в день подписания соглашения о транзите?',
    contains: ['40'],
    lang: 'ru',
  },
  // The value a change leads to, unless the question asks the old one.
  { q: 'Until what date was the deadline for the customs survey extended?', contains: ['15 September'], lang: 'en' },
  { q: 'До какой даты продлили срок таможенного обследования?', contains: ['15 сентября'], lang: 'ru' },
  { q: 'What was the original deadline for the customs survey?', contains: ['30 June'], lang: 'en' },
  { q: 'How many prisoners were freed on 3 June?', contains: ['шесть', 'six', '6'], lang: 'en' },
  // "Four of them": a part of the group the sentence before counts.
  { q: 'How many of the people freed on 3 June were taken to Vilnius?', contains: ['Четверо', 'four'], lang: 'en' },
];

const ABSTAIN: string[] = [
  // His list item gives no term; the next item's term is another man's. (A person's age or term must
  // come from a sentence naming him; for all questions that rule loses answers that refer back.)
  'На сколько лет был осуждён Ростислав Грачёв?',
  // No age is given for him; the numbers near his name are a date and a term.
  'Сколько лет Ростиславу Грачёву?',
  // The same term asked in other words; the two years his wife campaigned are no prison term.
  "What was Rostislav Grachev's prison sentence?",
  'What was Rostislav Grachev sentenced to?',
  'How old is Gantulga?',
  // Ministers of other places: none is said to hold a post in Vilnius.
  'Кто министр транспорта в Вильнюсе?',
  'Who is the deputy minister in Vilnius?',
  // Visits elsewhere, or the place in an undated sentence: no date of a visit to that place.
  'When did Nurpeisova visit Vilnius?',
  'Когда Сатпаев посетил Вильнюс?',
  'When did Satpayev travel to Burgastai?',
  // A bank named after a place is not the place, nor a misspelling of a word about it.
  'When were sanctions lifted on Burgastaibank?',
  // A body no document names; the country beside it does not excuse it as another spelling of a name.
  'Когда Вальдерат Монголии одобрил соглашение о транзите угля?',
  // The documents count tonnes and drivers, never kilometres.
  'How many kilometres long is the coal route?',
  'Когда состоялся третий раунд рабочей группы?',
  'Who is the ambassador of Japan to Mongolia?',
  // A country no document names, typed in lower case as in a chat.
  'when did japan sign the coal transit agreement?',
  // Only "by the end of 2026" is given, never a day.
  'On what exact day will the two new border crossings open?',
  // Tonnes are given, never a price per tonne.
  'Сколько долларов за тонну угля заплатит Казахстан?',
  // Numbers are given (two crossings, 2026), but no sum of money.
  'How much will the two new border crossings cost?',
  // The agreement is there, but no parliament, vote or repeal: another event's date would be no answer.
  'When did the parliament vote to repeal the coal transit agreement?',
  'Когда парламент проголосовал за отмену соглашения о транзите угля?',
];

describe('kb.answer on documents nobody tuned to', () => {
  it.each(ANSWERED)('answers "$q"', ({ q, contains, lang }) => {
    const a = kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });
    expect(a.answered, a.text).toBe(true);
    expect(a.lang).toBe(lang);
    expect(
      contains.some((c) => a.text.includes(c)),
      a.text,
    ).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    expectVerbatim(a);
  });

  it.each(ABSTAIN)('says the documents do not say: "%s"', (q) => {
    const a = kb.answer(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.citations).toEqual([]);
  });

  // Known weakness: the question's words all occur (China in one sentence, the signing in another),
  // and nothing checks that an official is named in the sentence answered from.
  it.fails('says the documents do not say when the asked role is never named with the event', () => {
    expect(kb.answer('Which Chinese official attended the signing?').answered).toBe(false);
  });

  // Known weakness: "by the end of 2026" is rightly refused as a plan of a June report, but the date
  // is then read from a sentence that says much less (another event's "11 May"). Abstaining on such
  // a drop of coverage was measured neutral on the storylines and is not shipped.
  it.fails('says the documents do not say when only a plan gives the date', () => {
    expect(kb.answer('When did the two new border crossings open?').answered).toBe(false);
  });

  it('gives the figures of both sources when they differ', () => {
    const a = kb.answer('How many truck drivers were released at Burgastai? Do the sources agree?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('23');
    expect(a.text).toContain('25');
    expect(new Set(a.citations.map((c) => c.sourceId)).size).toBe(2);
  });

  it('quotes the sentence after a passage once: the first quote already runs into it', () => {
    const a = kb.answer('What happened on 28 May?');
    expect(a.citations[0]?.quote).toContain('chaired by Deputy Minister Aliya Nurpeisova');
    expectVerbatim(a);
  });

  it('answers both halves of a compound question, the second as a follow-up of the first', () => {
    const a = kb.answer('Where did the second round of the working group meet, and who chaired it?');
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('Astana');
    expect(a.summary).toContain('Nurpeisova');
    expectVerbatim(a);
  });

  it('gives both figures when the document itself disputes the first one', () => {
    const a = kb.answer('How many inspectors will staff each crossing?');
    expect(a.text).toContain('14');
    expect(a.text).toContain('9');
  });

  it('takes no dispute from a contrast that counts something else', () => {
    const a = kb.answer('How many interpreters did the group hire?');
    expect(a.summary).toMatch(/^6 interpreters/);
    expect(a.summary).not.toContain('2');
  });

  it('names every person asked for by a list of roles', () => {
    const a = kb.answer('Which minister, of Kazakhstan and of Mongolia, signed the coal transit agreement?');
    expect(a.summary).toMatch(/Сатпаев/);
    expect(a.summary).toMatch(/Гантулга/);
  });

  it('answers "no" when a sentence denies it', () => {
    const a = kb.answer('Did the freed prisoners get their passports back?');
    expect(a.summary).toMatch(/^No\b/);
  });

  it('answers "yes" with the date when asked "and when"', () => {
    const a = kb.answer('Were the truck drivers released, and when?');
    expect(a.summary).toMatch(/^Yes\. 11 May/);
  });

  it('renders a count in the asker’s language, the noun agreeing with the number', () => {
    expect(kb.answer('How many truck drivers were freed on 11 May?').summary).toMatch(/^23 drivers/);
    expect(kb.answer('Сколько угольных вагонов пересекли границу 12 мая 2026?').summary).toMatch(/^40 вагонов/);
  });

  it('answers in English with the date rendered in English when the source is Russian', () => {
    const a = kb.answer('When were the truck drivers freed?');
    expect(a.summary.split('\n')[0]).toMatch(/11 May/);
  });

  it('answers a fully specified question the same after any other question', () => {
    const alone = kb.answer('Когда подписали соглашение о транзите угля?');
    const before = kb.answer('Who chaired the second round of the working group?');
    const after = kb.answer('Когда подписали соглашение о транзите угля?', { context: before.context });
    expect(after.text).toBe(alone.text);
  });

  it('fills a follow-up that names nothing from the previous question', () => {
    const first = kb.answer('Who chaired the second round of the working group?');
    const next = kb.answer('And where did it meet?', { context: first.context });
    expect(next.text).toMatch(/Astana/);
  });

  it.each(['', '   ', '🙂🙂🙂', '?!'])('an empty question %j gets a short answer and no citations', (q) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.citations).toEqual([]);
  });
});

/** Two officials met on two days, each in a sentence of its own. */
const TWO_MEETINGS = `---
title: Varnel envoy ends Kestov visit
published: 2026-04-16
lang: en
---
Varnel envoy ends Kestov visit

The Varnel envoy Ilse Brandt spent two days in Kestov this week. On Tuesday she met Prime Minister Oskar Telm at his residence. On Wednesday Brandt met Foreign Minister Lena Kross, who later told reporters the talks were useful. The envoy flew home on Thursday.
`;

describe('a question asking for several people', () => {
  it('"Which Kestov officials" names each of them, from every sentence', async () => {
    const a = (await knowledgeBaseOf(TWO_MEETINGS)).answer('Which Kestov officials did the Varnel envoy meet?');
    expect(a.text).toMatch(/Oskar Telm/);
    expect(a.text).toMatch(/Lena Kross/);
  });
});

/** Meetings of an envoy with two leaders, on two days: never the two leaders with each other. */
const MEETINGS = `---
title: Envoy Brandt in the region
published: 2026-06-30
lang: en
---
Envoy Brandt in the region

On 5 February envoy Ilse Brandt met the Kestov leader Oskar Telm in Northgate. On 27 May Brandt met President Lena Kross in Varnel. Kross later praised the talks.
`;

describe('a meeting of two named people', () => {
  const meetingsKb = () => knowledgeBaseOf(MEETINGS);

  it('is dated by a sentence that names both of them', async () => {
    const a = (await meetingsKb()).answer('When did Brandt and Telm meet?', { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(/5 February/);
  });

  it('is not dated by a meeting of one of them with someone else', async () => {
    const a = (await meetingsKb()).answer('When did Lena Kross and Oskar Telm meet face to face?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered).toBe(false);
  });
});

describe('a date asked at a place', () => {
  const meetingsKb = () => knowledgeBaseOf(MEETINGS);

  it.each([
    ['When was Brandt in Varnel?', /27 May/],
    ['When was Brandt in Northgate?', /5 February/],
    ['Когда Брандт была в Варнеле?', /27 мая/],
    // A meeting there tells the visit: the place says the word of going.
    ['When did Brandt visit Varnel?', /27 May/],
    ['Когда Брандт приезжала в Варнел?', /27 мая/],
  ])('%s is dated by the sentence naming that place', async (question, date) => {
    const a = (await meetingsKb()).answer(question, { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(date);
  });
});

/** A first-person account: the sentence dating the transfer names neither the reporter nor her town. */
const TRANSFER = `---
title: Back home
published: 2026-05-14
lang: en
---
Back home

Ilse Vendt of Kestov flew home from Northgate on 22 April.

Her newspaper had been closed for two years. Its website was blocked.

Ilse Vendt, a reporter from Kestov, was detained at home in Kestov on 3 November 2023.

The trial took eight months. The court gave her four years.

"On Monday, 20 April, I was suddenly taken to the detention centre in Northgate," she said.
`;

describe('a date asked at a place, of someone described by where they are from', () => {
  it('takes the town after "from" for where she is from, not for someone the sentence must name', async () => {
    const a = (await knowledgeBaseOf(TRANSFER)).answer(
      'On what date was the reporter from Kestov transferred from her colony to the detention centre in Northgate?',
      { now: new Date('2026-12-01') },
    );
    expect(a.summary).toMatch(/20 April/);
  });
});

/** A price rise told as a share, beside a capacity in megawatts. */
const PRICE_RISE = `---
title: Kestov cable cut
published: 2026-01-14
lang: en
---
Kestov cable cut

The 650-megawatt Northgate Link was cut on Monday. Day-ahead electricity prices in Kestov rose 41 percent on Tuesday.
`;

describe('a share asked of prices', () => {
  it.each([
    'На сколько процентов выросли цены на электроэнергию в Кештове?',
    'By what percentage did electricity prices in Kestov rise?',
  ])('%s is answered by the percentage, with no capacity as a rival figure', async (question) => {
    const a = (await knowledgeBaseOf(PRICE_RISE)).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered).toBe(true);
    expect(a.summary).toMatch(/41/);
    expect(a.summary).not.toMatch(/650/);
  });
});

/** Protests in two towns, the first of them named again where the question's words are. */
const PROTESTS = `---
title: Protests over heating
published: 2026-03-16
lang: en
---
Protests over heating

The organiser of the 28 February protest rally held in Kestov remains in custody.

Protests were held on 28 February in Kestov, Lorin, Halden and Varnel, four towns of the north.
`;

describe('places asked in the plural', () => {
  it('lists a town named together with the best one, however far from the question words', async () => {
    const a = (await knowledgeBaseOf(PROTESTS)).answer('In which towns were the 28 February protests held?', {
      now: new Date('2026-12-01'),
    });
    for (const town of ['Kestov', 'Lorin', 'Halden', 'Varnel']) expect(a.summary).toMatch(town);
  });
});

describe("a person's relative", () => {
  const SISTER = `---
title: Brandt is free
published: 2026-05-02
lang: en
---
Brandt is free

"She is tired, but she is free," Ilse Brandt's sister told reporters in Northgate.
`;

  it.each(['What is the name of Brandt’s sister?', 'brandt sister name?'])(
    '%s is not answered by the name of the person she is the sister of',
    async (question) => {
      const a = (await knowledgeBaseOf(SISTER)).answer(question, { now: new Date('2026-12-01') });
      expect(a.answered).toBe(false);
    },
  );
});

describe('the place of a post', () => {
  const AT_THE_UN = `---
title: Послы о переговорах
published: 2026-05-10
lang: ru
---
Послы о переговорах

Посол Кештова при ООН Илья Вендт заявил, что переговоры продолжатся.
`;

  it.each(['Кто посол в Кештове?', 'Who is the ambassador to Kestov?'])(
    '%s is not answered by Kestov’s ambassador at the UN',
    async (question) => {
      expect((await knowledgeBaseOf(AT_THE_UN)).answer(question).answered).toBe(false);
    },
  );

  it('the post where it is held answers', async () => {
    expect((await knowledgeBaseOf(AT_THE_UN)).answer('Кто посол Кештова при ООН?').summary).toMatch(/Вендт/);
  });
});

describe('a date of the asked event', () => {
  const HANDOVER = `---
title: Kestov and Varnel
published: 2026-03-20
lang: en
---
Kestov and Varnel

On 3 March Kestov handed two Varnel policemen over to Varnel.

The statute of the border commission was drafted by lawyers of both sides.
`;

  it.each([
    'When did Kestov and Varnel sign the statute of the border commission?',
    'Когда Кештов и Варнел подписали устав пограничной комиссии?',
  ])('%s is not dated by a sentence that shares only its names', async (question) => {
    const a = (await knowledgeBaseOf(HANDOVER)).answer(question, { now: new Date('2026-12-01') });
    expect(a.answered).toBe(false);
  });

  it('is dated by the sentence that tells it', async () => {
    const a = (await knowledgeBaseOf(HANDOVER)).answer('When did Kestov hand over the Varnel policemen?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/3 March/);
  });
});

describe('a date asked of what is to come', () => {
  it.each(['Когда Брандт поедет в Варнел?', 'Когда Брандт встретится с Кросс?', 'When will Brandt go to Varnel?'])(
    '%s is not answered by a past meeting',
    async (question) => {
      const a = (await knowledgeBaseOf(MEETINGS)).answer(question, { now: new Date('2026-12-01') });
      expect(a.answered).toBe(false);
    },
  );

  it('a future verb in a clause does not make a past question one about the future', async () => {
    const a = (await knowledgeBaseOf(MEETINGS)).answer('Когда Брандт встретилась с Кросс, которая будет президентом?', {
      now: new Date('2026-12-01'),
    });
    expect(a.summary).toMatch(/27 мая/);
  });
});

/** Two delegations, each led by someone: a question about a third country's is not answered by them. */
const DELEGATIONS = `---
title: Working group meets in Northgate
published: 2026-05-20
lang: ru
---
Рабочая группа собралась в Нортгейте

Американскую делегацию на первом заседании рабочей группы в Нортгейте возглавил заместитель посланника Илья Вендт. Армянскую делегацию возглавил вице-премьер Оскар Тельман.
`;

describe('a country that qualifies the asked noun', () => {
  const delegationsKb = () => knowledgeBaseOf(DELEGATIONS);

  it('finds the delegation of that country', async () => {
    const a = (await delegationsKb()).answer('Кто возглавлял армянскую делегацию на первом заседании рабочей группы?');
    expect(a.summary).toMatch(/Тельман/);
  });

  it.each([
    'Кто возглавлял азербайджанскую делегацию на первом заседании рабочей группы?',
    // The country after its noun, in the genitive.
    'Кто возглавлял делегацию Азербайджана на первом заседании рабочей группы?',
  ])("%s is not answered by another country's delegation", async (question) => {
    expect((await delegationsKb()).answer(question).answered).toBe(false);
  });
});

/** A role held in a body named in both languages. */
const THINK_TANK = `---
title: Кештов и Варнел: мнение эксперта
published: 2026-05-20
lang: ru
---
Кештов и Варнел: мнение эксперта

«Без банков всё остальное работает вполсилы», — объясняет Ильза Брандт, директор кештовского аналитического центра «Северная лаборатория» (Northern Lab).
`;

describe('a role and the body it is held in', () => {
  it.each([
    ['Кто такая Ильза Брандт?', 'Ильза Брандт — директор, Северная лаборатория'],
    ['Who is Ilza Brandt?', 'Ilza Brandt — director, Northern Lab'],
  ])('%s → %s', async (question, summary) => {
    expect((await knowledgeBaseOf(THINK_TANK)).answer(question).summary).toBe(summary);
  });
});

/** An English title of several words before a name. */
const ENVOY = `---
title: Envoy in Kestov
published: 2026-05-20
lang: en
---
Envoy in Kestov

Special Representative Ilse Vendt arrived in Kestov on Monday for talks on the border.
`;

describe('an English title asked of in English', () => {
  it("is given in the source's own words, not the vocabulary's shorter form", async () => {
    expect((await knowledgeBaseOf(ENVOY)).answer('Who is Ilse Vendt?').summary).toBe(
      'Ilse Vendt — Special Representative',
    );
  });
});

/** A knowledge base of one invented document, ingested from a directory as the bot does. */
async function knowledgeBaseOf(document: string): Promise<KnowledgeBase> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-answer-one-'));
  writeFileSync(join(dir, 'document.txt'), document);
  return createKnowledgeBase((await ingestDirectories([dir])).data);
}
