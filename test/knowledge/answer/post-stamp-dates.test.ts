import { describe, expect, it } from 'vitest';
import { knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A channel's post that names no date of its own tells what happened on the day it is stamped with: that
 * date answers as a sentence's own would, not as a date carried from far back.
 */
const CHANNEL = `---
title: Канал «Орский мост»
published: 2026-07-01
lang: ru
---
Канал «Орский мост»

📅 02.06.2026 09:00
⚡️ Кестов и Варнел подписали протокол о мостах.
👁 8,1K

📅 11.06.2026 10:20
🚧 Посты на мосту у Орска демонтированы. На четыре дня раньше срока.
👁 20,4K
`;
const CHRONICLE = `---
title: Хроника: мосты через Варну
published: 2026-09-30
lang: ru
---
Хроника: мосты через Варну

• 17 февраля (вторник) — на въезде на мост у Орска появились посты кестовской «милиции» и «таможни».
• 2 июня — подписан протокол: Кестов обязался демонтировать посты, установленные 17 февраля на мосту у Орска, не позднее 15 июня.
`;
const kb = knowledgeBaseOfTexts({ 'channel.md': CHANNEL, 'chronicle.md': CHRONICLE });
const text = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).text.split('\n')[0];

describe('a post dated by its stamp', () => {
  it.each([
    ['Когда демонтировали посты на мосту у Орска?', /11 июня/],
    ['When were the posts on the Orsk bridge dismantled?', /11 June/],
  ])('%s', (question, date) => {
    expect(text(question)).toMatch(date);
  });
  it('leaves another event to its own date', () => {
    expect(text('Когда на мосту у Орска появились посты?')).toMatch(/17 февраля/);
  });
});
