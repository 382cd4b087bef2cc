import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';

const document = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

/** A post dated 2 July; its second sentence recalls earlier calls in brackets. */
const POST = `---
title: Канал «Северный транзит»
published: 2026-07-02
lang: ru
---
Президенты Варнела и Кестова поговорили по телефону 2 июля 2026 года. Это их третий разговор (первый был в августе прошлого года, второй — в феврале). Беседа длилась около 40 минут.
`;

const ENGLISH = `---
title: Varnel and Kestov leaders speak again
published: 2026-07-02
lang: en
---
The leaders of Varnel and Kestov spoke by phone on 2 July 2026. It was their third call (the first was in August 2025, the second in February). The call lasted about 40 minutes.
`;

describe('a date in brackets is an aside: it dates neither its sentence nor the ones after it', () => {
  it.each([
    ['ru', POST, 'Это их третий', 'Беседа длилась'],
    ['en', ENGLISH, 'It was their third', 'The call lasted'],
  ])('%s', (_, text, aside, after) => {
    const { data } = ingestDocuments([document('in/post.md', text)]);
    const dateOf = (start: string) => {
      const s = data.sentences.find((x) => x.text.startsWith(start));
      return s && data.annotations[s.id]?.date;
    };
    for (const start of [aside, after]) expect(dateOf(start)).toMatchObject({ year: 2026, month: 7, day: 2 });
    // The bracketed dates are still the sentence's mentions, for a question about them.
    const mentions = data.sentences.find((x) => x.text.startsWith(aside));
    expect(mentions && data.annotations[mentions.id]?.dates.length).toBeGreaterThanOrEqual(2);
  });
});
