import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** The protests told in Russian only; an English document names the town otherwise. */
const kb = knowledgeBaseOfTexts({
  'ru.txt': documentText('Протесты\n\nПротесты прошли 28 февраля в Лорине и закончились задержаниями.', {
    title: 'Протесты',
    published: '2026-03-02',
    lang: 'ru',
  }),
  'en.txt': documentText('Mayor resigns\n\nThe mayor of Lorin resigned in May.', {
    title: 'Mayor resigns',
    published: '2026-05-20',
    lang: 'en',
  }),
});

describe('a place found in the other script', () => {
  it('is named to an English asker as the English document spells it', () => {
    const a = kb.answer('Where were the 28 February protests held?', { now: new Date('2026-12-01') });
    expect(a.summary).toMatch(/^Lorin/);
  });
});
