import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * «Открылся ли участок 12 мая, как объявили?» No, and the sentence telling when it did open is quoted with
 * the no, though its date is not the asked one.
 */
const kb = knowledgeBaseOfTexts({
  'chronology.md': documentText(
    [
      '• 21 апреля — оператор Varnel Metro перенёс открытие центрального участка Линии 3 с 28 апреля на 12 мая.',
      '• 11 мая — Varnel Metro сообщил, что кабели сигнализации повреждены коррозией.',
      '• 26 мая — центральный участок Линии 3 открылся для пассажиров, объявил оператор Varnel Metro.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-05' },
  ),
});

describe('a no with when it did happen', () => {
  it('quotes the day it happened', () => {
    const a = kb.answer('Открылся ли центральный участок Линии 3 12 мая, как объявили в апреле?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0], a.text).toMatch(/^Нет/);
    expect(a.text, a.text).toContain('26 мая');
  });
});
