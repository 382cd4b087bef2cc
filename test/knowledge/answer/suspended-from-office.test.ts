import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "When did the board suspend Vendt as president?": «отстранил от должности» is the suspension asked, not
 * the day he was detained. Invented people and clubs.
 */
const kb = knowledgeBaseOfTexts({
  'chronicle.md': documentText(
    [
      'Хроника: дело клуба «Лорин»',
      '• 14 апреля (вторник) — первая фаза операции: 31 обыск, задержан президент клуба «Лорин» Остап Вендт, совет директоров собрался вечером.',
      '• 24 апреля (пятница) — Вендт отстранён от должности.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-10-20' },
  ),
});

describe('a suspension from office asked in English', () => {
  it('is dated by the sentence of the suspension', () => {
    const a = kb.answer('When did the board of Lorin suspend Ostap Vendt as president?', {
      now: new Date('2026-12-01'),
    });
    expect(a.text.split('\n')[0]).toMatch(/24 April/);
  });
});
