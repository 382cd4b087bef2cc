import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A short sentence right after the one that tells an event ("Причины компания не раскрыла.") keeps back
 * a detail of that event: the reason is not in the documents, though a reason-like clause is near.
 */
describe('a detail kept back by the sentence after', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        'Хроника: водоканал Орска',
        '• 9 июня — исполняющая обязанности директора водоканала Орска Марта Вендт отстранила от работы трёх инженеров насосной станции Лорин. Причины компания не раскрыла.',
        '• 12 июня — станцию Лорин закрыли на ремонт, потому что насосы вышли из строя.',
        '• 3 июля — полиция Орска задержала четырёх техников станции Лорин, среди них начальника смены Илкина Кестова. Имена двух других не раскрываются.',
        '• 20 июня — водоканал Орска уволил двух операторов станции Лорин за подделку журналов хлорирования. Об этом сообщила газета «Орский вестник», которая не раскрыла свои источники.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-07-01' },
    ),
  });

  it.each([
    'Why did the acting director of the Orsk water utility suspend three engineers at the Lorin pumping station?',
    'Почему Вендт отстранила инженеров станции Лорин?',
  ])('abstains: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
  });

  it('answers where the reason is given, though a later sentence keeps back something else', () => {
    const a = kb.answer('Why were two operators of the Lorin station fired?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/подделку журналов/);
  });

  it('answers where the sentence before gives the value and the one after keeps back the rest', () => {
    const a = kb.answer('Who was the shift supervisor among the detained technicians?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Кестов|Kestov/);
  });
});
