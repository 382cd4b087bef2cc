import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "Этап 2 — 6 мая: …": the stage's number before the dash is its label, and the day is the 6th alone. */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'Кража из музея в Лорине',
      'Картины возвращали в три этапа.',
      'Этап 2 — 6 мая: «Сбор льна» и «Натюрморт с устрицами» обнаружены в тайнике за стеной гаража в Орске.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-08-20' },
  ),
});
const now = new Date('2026-12-01');

describe('a stage numbered before its date', () => {
  it('dates the stage by its day alone, no span from the stage number', () => {
    const a = kb.answer('Когда в гараже в Орске обнаружили «Сбор льна»?', { now });
    expect(a.summary, a.text).toMatch(/6 мая/);
    expect(a.summary, a.text).not.toMatch(/2[–-]6/);
  });
});
