import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';

/** An interview: its title names the speaker, who says "я" and "меня" of herself. */
const DOC = `---
title: "Ильза Вендт: «Нам не сказали, куда везут»"
published: 2026-05-14
lang: ru
---
Ильза Вендт: «Нам не сказали, куда везут»

Журналистка Ильза Вендт вышла на свободу 22 апреля. Мы поговорили с ней через неделю.

— Вопрос: Когда вас осудили?

— Ответ: Двенадцатого марта 2024 года Кештовский суд приговорил меня к шести годам колонии.
`;
const kb = createKnowledgeBase(ingestDocuments([{ file: 'interview.md', bytes: new TextEncoder().encode(DOC) }]).data);
const NOW = new Date('2026-12-01T00:00:00Z');
const ask = (q: string) => kb.answer(q, { now: NOW });

describe('an interview speaks of its speaker in the first person', () => {
  it('takes her prison term from "приговорил меня", the title naming her', () => {
    const a = ask('На какой срок суд приговорил Ильзу Вендт?');
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('шести годам');
  });

  it('answers both halves of "when and for how long"', () => {
    const a = ask('Когда и на какой срок суд приговорил Вендт?');
    expect(a.summary).toContain('12 марта 2024');
    expect(a.summary).toContain('шести годам');
  });
});

/** An interviewer's question echoes the asker's words; the answer after it is what the interview says. */
const QA = `---
title: "Anton Lorin: the ban was lifted on paper only"
published: 2026-08-12
lang: en
---
Anton Lorin: the ban was lifted on paper only

Q: Mr. Lorin, why is the registration of Varnel exporters in Kestov so slow?

A: Kestov customs check every plant in person, and the inspectors come twice a month at most.
`;
const qa = createKnowledgeBase(ingestDocuments([{ file: 'qa.md', bytes: new TextEncoder().encode(QA) }]).data);

describe("an interviewer's question", () => {
  it('is not quoted as the reason: the answer after it is', () => {
    const a = qa.answer('Why, according to Lorin, is the registration of Varnel exporters in Kestov slow?', {
      now: NOW,
    });
    expect(a.answered, a.text).toBe(true);
    expect(a.citations[0]?.quote, a.text).toContain('inspectors come twice a month');
  });
});

/**
 * The answer to an interviewer's question repeats none of its words ("Because we could not …"), while
 * other sentences name the company and its drilling: it is ranked as high as the question it answers.
 */
const RESTART = `---
title: "Northgate Energy's Anton Lorin on the restart"
published: 2026-06-25
lang: en
---
Northgate Energy's Anton Lorin on the restart

Northgate Energy suspended drilling at the Halden-1 well on 16 March.

Northgate Energy resumed drilling at the Halden-1 well on 22 June.

Northgate Energy operates the Halden block with a partner.

Q: Why did Northgate Energy suspend drilling at the Halden-1 well two days after the incident?

A: Because we could not guarantee the safety of the well the next day, with a different outcome.
`;
const restart = createKnowledgeBase(
  ingestDocuments([{ file: 'restart.md', bytes: new TextEncoder().encode(RESTART) }]).data,
);

describe("the answer to an interviewer's question", () => {
  it('answers the question asked again by a reader', () => {
    const a = restart.answer('Why did Northgate Energy suspend drilling at the Halden-1 well?', { now: NOW });
    expect(a.answered, a.text).toBe(true);
    expect(a.citations[0]?.quote, a.text).toContain('could not guarantee');
  });
});

/** A short answer repeats none of the question's words: it is found through the question it answers. */
const SHORT = `---
title: "Ян Ковальчик: «Правила мы менять не будем»"
published: 2026-04-28
lang: ru
---
Ян Ковальчик: «Правила мы менять не будем»

Вице-премьер Варнела Ян Ковальчик рассказал о регистрации предприятий Кештова.

— Вопрос: Сколько предприятий Кештова уже получили постоянную регистрацию в Варнеле?

— Ответ: На вчерашний день — 96. Ещё около сорока заявлений находятся на рассмотрении.
`;
const short = createKnowledgeBase(ingestDocuments([{ file: 'short.md', bytes: new TextEncoder().encode(SHORT) }]).data);

describe('a short answer to an interviewer’s question', () => {
  it('gives the figure it states, the unit being the question’s', () => {
    const a = short.answer('How many Kestov companies had permanent registration in Varnel?', { now: NOW });
    expect(a.summary, a.text).toBe('96');
    expect(a.text).toContain('«— Ответ: На вчерашний день — 96.»');
  });
});

/**
 * "— Ответ: Потому что город перестал брать воду из реки": the answer repeats one word of the question,
 * too little to cover it on its own; raised to its question's score, it covers what its question covers.
 */
const WATER = `---
title: "Анна Варнел: «Вода вернулась раньше доверия»"
published: 2026-03-05
lang: ru
---
Анна Варнел: «Вода вернулась раньше доверия»

Запрет на питьевую воду в Орске и соседнем Кестово действовал с 10 февраля.

— Вопрос: Почему запрет на питьевую воду в Кестово сняли раньше, чем в самом Орске?

— Ответ: Потому что город перестал брать воду из реки и перешёл на скважины у села Лорин.
`;
const water = createKnowledgeBase(ingestDocuments([{ file: 'water.md', bytes: new TextEncoder().encode(WATER) }]).data);

describe('an answer that repeats little of the question it answers', () => {
  it('gives the reason it states', () => {
    const a = water.answer('Почему запрет на водопроводную воду в Кестово сняли раньше, чем в Орске?', { now: NOW });
    expect(a.answered, a.text).toBe(true);
    expect(a.citations[0]?.quote, a.text).toContain('скважины');
  });
});
