import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A count of the asked unit that stands a little behind the best three figures (the rescue operation's
 * other numbers outrank it) still answers, rather than none. Sentences of the uw storyline (invented).
 */
const kb = knowledgeBaseOfTexts({
  'ru.md': documentText(
    [
      'Лицензию шахты «Жаркудук» приостановили',
      'Спасательная операция на шахте, затопленной 14 апреля, завершилась в среду.',
      'Спасательная операция на шахте шла восемь суток.',
      'Первый этап спасательной операции: 11 человек подняты через вентиляционный ствол № 3.',
      '22 апреля подняты тела двух последних пропавших горняков, спасательная операция завершена.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-04-25' },
  ),
  'en.md': documentText(
    [
      'Kazakh mine flood',
      'In the early hours of 14 April 2026 water from the flooded workings of the closed Zapadnaya mine broke into face No. 7 of the Zharkuduk coal mine.',
      'Zharkuduk employs about 1,450 people and produced 2.4 million tonnes of coal last year, mostly for power stations in northern and central Kazakhstan.',
      'The rescue operation, led by the regional paramilitary mine rescue unit under Commander Konstantin Lisitsyn, involved more than 340 rescuers.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-17' },
  ),
});

const now = new Date('2026-12-01');

describe('a figure of the asked unit behind the best three', () => {
  it('answers the count of rescuers', () => {
    const a = kb.answer('Сколько спасателей было задействовано в операции на шахте «Жаркудук»?', { now });
    expect(a.summary, a.text).toMatch(/340/);
  });

  it('is no answer for a unit nobody counts', () => {
    const a = kb.answer('Сколько вертолётов было задействовано в операции на шахте «Жаркудук»?', { now });
    expect(a.answered, a.text).toBe(false);
  });
});
