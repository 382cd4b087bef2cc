import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/** "What combined tonnage …?" answered in tonnes: another source's count of vessels disputes no tonnage. */
describe('a tonnage asked, a count of vessels elsewhere', () => {
  const kb = knowledgeBaseOfTexts({
    'bulletin.md': documentText(
      '- Second stage (Lorin, 8 July): Varnel stops issuing its own snow-crab licences for 2026 and 2027; Kestov licenses up to 10 Varnel vessels for a combined 1,200 tonnes of snow crab.',
      { lang: 'en', published: '2026-10-01' },
    ),
    'chronology.md': documentText(
      '• 8 июля (среда) министр Эйрик Халден подписал второй этап: Кестов выдаёт лицензии не более чем 10 судам Варнела на общий вылов 1200 тонн краба-стригуна.',
      { lang: 'ru', published: '2026-09-30' },
    ),
  });

  it('gives the tonnage alone', () => {
    const a = kb.answer(
      'Under the second, snow-crab stage of the deal, what combined tonnage may Varnel vessels catch under Kestov licences?',
      now,
    );
    expect(a.summary, a.text).toMatch(/1[ ,]?200 tonnes/);
    expect(a.summary, a.text).not.toMatch(/differ|vessels/i);
  });
});

/** "How much data …?" asks an amount: gigabytes answer it, in the asker's language, as tonnes answer "how much oil". */
describe('an amount of data asked', () => {
  const copiedEn = documentText(
    'Over eleven days the attackers copied about 410 GB of patient records out of the Varnel clinics before encrypting them.',
    { lang: 'en', published: '2026-03-01' },
  );
  const copiedRu = documentText('За это время хакеры вывезли из клиник Орска около 2 терабайт данных.', {
    lang: 'ru',
    published: '2026-04-16',
  });

  it.each([
    ['How much data did the attackers copy out of the Varnel clinics?', copiedEn, /410 GB/],
    ['Сколько данных пациентов было скопировано?', copiedEn, /410 гигабайт/],
    ['Сколько данных хакеры вывезли из клиник Орска?', copiedRu, /2 терабайт/],
    ['How much data was taken from the Orsk clinics?', copiedRu, /2 terabytes/],
  ])('"%s" is answered by the amount', (question, doc, expected) => {
    const a = knowledgeBaseOfTexts({ 'report.md': doc }).answer(question, now);
    expect(a.summary, a.text).toMatch(expected);
  });
});
