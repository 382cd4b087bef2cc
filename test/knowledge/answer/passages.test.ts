import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { createKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** Passage answers (what happened, why): which sentences they quote and how far each quote runs. */
const DOC = `---
title: Варнель и Кештов: оттепель
published: 2026-03-01
lang: ru
---
Варнель и Кештов: оттепель

Отношения Варнеля и Кештова долго оставались холодными, и отношения эти не менялись годами. Стороны обменивались заявлениями.

Отношения Варнеля и Кештова в целом улучшились, считают эксперты, но отношения остаются хрупкими.

В начале ноября 2025 года ситуация изменилась. Варнель снял ограничения с авиакомпании «Норд Эйр».

Переговоры в Кештове шли три часа. Делегации договорились открыть консульства.
`;

const kb = createKnowledgeBase(ingestDocuments([{ file: 'thaw.md', bytes: new TextEncoder().encode(DOC) }]).data);
const ask = (q: string) => kb.answer(q, { now: new Date('2026-12-01T00:00:00Z') });

describe('passage answers', () => {
  it('a question of a period quotes the sentences of that period, not what only frames it', () => {
    const a = ask('Что произошло в отношениях Варнеля и Кештова в ноябре 2025 года?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain('В начале ноября 2025 года');
    expect(a.citations.some((c) => c.quote.includes('долго оставались холодными'))).toBe(false);
  });

  it('each quote runs into the next sentence of its paragraph, which tells the rest', () => {
    const a = ask('Как складывались отношения Варнеля и Кештова?');
    const talks = a.citations.findIndex((c) => c.quote.startsWith('Переговоры в Кештове шли три часа.'));
    // Not the first quote: every quote of a passage answer runs on, not only the best one.
    expect(talks).toBeGreaterThan(0);
    expect(a.citations[talks]?.quote).toContain('Делегации договорились открыть консульства.');
  });

  it('a list answer runs two sentences on: the topics come after the length of the talks', () => {
    const digest = knowledgeBaseOfTexts({
      'digest.md': documentText(
        'Министр Варнеля провёл переговоры в Кештове с послом Вендтом. Говорили около двух часов. Темы: возвращение дипломатов, банки и запчасти для самолётов.',
        { lang: 'ru' },
      ),
    });
    const a = digest.answer('Какие темы обсуждал министр Варнеля с послом Вендтом?', { now: new Date('2026-12-01') });
    expect(
      a.citations.some((c) => c.quote.includes('Темы: возвращение дипломатов')),
      a.text,
    ).toBe(true);
  });

  it('never quotes a sentence twice', () => {
    const a = ask('Что произошло в отношениях Варнеля и Кештова?');
    for (const [i, c] of a.citations.entries()) {
      const inside = a.citations.slice(0, i).some((e) => e.start <= c.start && c.end <= e.end);
      expect(inside, c.quote).toBe(false);
    }
  });
});

/** A month told in general, and one day of it told apart. */
const JULY = `---
title: Варнель и Кештов летом
published: 2026-08-01
lang: ru
---
Варнель и Кештов летом

В июле 2026 года отношения Варнеля и Кештова заметно потеплели, и стороны обменялись визитами.

Второго июля не случилось ничего. 2 июля 2026 года лидеры Варнеля и Кештова поговорили по телефону.
`;

describe('a question of one day', () => {
  it('quotes that day before the month it is in', () => {
    const july = createKnowledgeBase(
      ingestDocuments([{ file: 'july.md', bytes: new TextEncoder().encode(JULY) }]).data,
    );
    const a = july.answer('Что произошло 2 июля 2026 года в отношениях Варнеля и Кештова?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(a.citations[0]?.quote).toContain('поговорили по телефону');
  });
});

/** A channel's posts: what a post tells happened on its stamp's day, in words of its own. */
const DIGEST = `---
title: Канал «Кештовский дипломат»: июль
published: 2026-08-01
lang: ru
---
Канал «Кештовский дипломат»: июль

[01.07.2026 10:00]
В июле отношения Варнеля и Кештова, по общему мнению, потеплели.

[02.07.2026 21:37]
Лидеры двух стран поговорили по телефону. Это уже их третий разговор.

[05.07.2026 09:00]
Отношения Варнеля и Кештова обсуждали эксперты на форуме.
`;

describe('a question of one day in a channel digest', () => {
  it("quotes the post of that day, though it does not repeat the question's words", () => {
    const a = knowledgeBaseOf(DIGEST).answer('Что произошло 2 июля 2026 года в отношениях Варнеля и Кештова?', {
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(a.citations.some((c) => c.quote.includes('поговорили по телефону'))).toBe(true);
  });
});

function knowledgeBaseOf(document: string) {
  return createKnowledgeBase(
    ingestDocuments([{ file: 'document.md', bytes: new TextEncoder().encode(document) }]).data,
  );
}

describe('what happened on a day', () => {
  it('quotes the sentences telling the events of that day before those that frame it', () => {
    const day = knowledgeBaseOfTexts({
      'round.md': documentText(
        [
          '19 марта в Кештове состоялся очередной раунд переговоров Варнеля и Кештова.',
          // Sentences that frame the day, more than four quotes of three sentences each would reach.
          ...Array.from({ length: 14 }, (_, i) => `Об этом писали ${i + 2} раза.`),
          '\n\nДелегация Варнеля привезла решение о снятии санкций с двух банков.',
          'Кештов освободил из тюрем 40 человек.',
        ].join(' '),
        { lang: 'ru', published: '2026-03-26' },
      ),
    });
    const a = day.answer('What happened on 19 March 2026?', { now: new Date('2026-12-01') });
    expect(
      a.citations.some((c) => c.quote.includes('40 человек')),
      a.text,
    ).toBe(true);
  });
});
