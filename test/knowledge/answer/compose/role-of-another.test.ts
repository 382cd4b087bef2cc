import { describe, expect, it } from 'vitest';
import { documentText, expectStated, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Who is Marov's lawyer?" and the documents name only Vendt's ("Адвокат Вендта …", "Vendt's lawyer,
 * …"): a title tied to another person named by it does not say whose the asked one is.
 */
const now = new Date('2026-12-01T00:00:00Z');

describe('a title tied to another person', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Two Lorin port officials arrested',
        'Police in Lorin arrested the port director Ostap Vendt and his deputy Ilkin Marov on Tuesday.',
        "Vendt's lawyer, Tomas Kessler, said his client had done nothing wrong.",
      ].join('\n\n'),
      { lang: 'en', published: '2026-03-04' },
    ),
    'chronicle.md': documentText(
      [
        'Хроника дела о порте Лорина',
        '• 3 марта — задержаны директор порта Остап Вендт и его заместитель Илкин Маров.',
        '• 5 марта — адвокат Вендта Ли Сон Хо назвал арест несправедливым.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-30' },
    ),
  });
  it.each(["Who is Ilkin Marov's lawyer?", 'Кто адвокат Илкина Марова?'])(
    'does not give another person’s lawyer: %s',
    (question) => {
      const a = kb.answer(question, { now });
      expect(a.summary ?? '').not.toMatch(/Kessler|Кесслер|Ли Сон Хо|Сон Хо/);
    },
  );
  it.each([["Who is Ostap Vendt's lawyer?", /Kessler|Ли Сон Хо/]])(
    'still gives the asked person’s: %s',
    (question, expected) => {
      expectStated(kb.answer(question, { now }), expected);
    },
  );
});

/** "Директор ТОО «Береке Фуд» …": the legal form before a firm's name is no other owner of the title. */
describe('a title of a firm named after its legal form', () => {
  const kb = knowledgeBaseOfTexts({
    'report.md': documentText(
      [
        'Отчёт фонда о школьном питании',
        'Директор ТОО «Кестов Фуд» Мейрамгуль Абдикаримова сообщила фонду, что порция стоит 1 240 тенге.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-07-20' },
    ),
  });
  it('names the firm’s director', () => {
    expectStated(kb.answer('Who is the director of Kestov Food?', { now }), /Абдикаримова/);
  });
});

/**
 * «Как зовут адвоката капитана Ремзова?» and the documents name the captain and a co-defendant, never a
 * lawyer: the captain's title is whose lawyer is asked, no title a sentence may answer with.
 */
describe('a title of the owner of the asked one', () => {
  const kb = knowledgeBaseOfTexts({
    'interview.md': documentText(
      [
        'Интервью с главой комиссии',
        '— Вопрос: Капитан Ремзов и владелец компании-оператора Арсен Калитин уже под судом.',
        '— С капитаном Ремзовым мы беседовали дважды, в присутствии его адвоката.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-05-29' },
    ),
  });
  it.each(['Как зовут адвоката капитана Ремзова?', "What is the name of Captain Remzov's lawyer?"])(
    'does not answer with the owner’s company head: %s',
    (question) => {
      const a = kb.answer(question, { now });
      expect(a.summary ?? a.text).not.toMatch(/Калитин|Kalitin/);
    },
  );
});

/** «Защитник Вардены …»: a feminine genitive in -ы after the title is whose defender is named. */
describe('a defender of a woman named in the genitive', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника: захват заложников в Кестове',
        '• 12 мая — защитник Вардены Паулина Эскобедо заявила, что подаст апелляцию.',
        '• 14 мая — суд отклонил ходатайство Остапа Лемберга об освобождении.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-30' },
    ),
  });
  it('does not give her defender as another’s lawyer', () => {
    const a = kb.answer('Как зовут адвоката Остапа Лемберга?', { now });
    expect(a.summary ?? a.text).not.toMatch(/Эскобедо/);
  });
});
