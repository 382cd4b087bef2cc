import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "Кто вошёл в совет директоров от Orvik?" and the best sentence counts the members without naming them:
 * a name from a far weaker sentence is someone else's. Invented airline and investor.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      'Хроника: реструктуризация Varnel Air',
      '• 2 октября — сделка закрыта: Orvik перечислил первые 65 млн долларов и получил 49% акций Varnel Air; в совет директоров Varnel Air из семи человек вошли три представителя Orvik.',
      '• 5 октября — генеральный директор Varnel Air Ильмар Вендт заявил, что авиакомпания откроет рейсы в Лорин.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-30' },
  ),
});
const now = new Date('2026-12-01');

describe('a who-question whose best sentence names no one', () => {
  it('is not answered by a name of a far weaker sentence', () => {
    const a = kb.answer('Кто именно вошёл в совет директоров Varnel Air от Orvik?', { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('is still answered where the best sentence names the person', () => {
    const a = kb.answer('Кто генеральный директор Varnel Air?', { now });
    expect(a.summary, a.text).toMatch(/Вендт/);
  });
});
