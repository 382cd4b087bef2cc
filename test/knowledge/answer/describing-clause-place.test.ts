import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = { now: new Date('2026-12-01') };

/**
 * "When was the driver of the train that derailed at Kestovo detained?": Kestovo is where the train
 * derailed, not where the driver was detained; a sentence naming Kestovo does not date the detention.
 */
describe('a place in a clause describing a noun is not where the asked act happened', () => {
  const kb = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        'Prosecutors in Orsk on 17 January detained the driver of the passenger train that derailed on Friday evening.',
        'The rail operator said on 16 January that the signals at Kestovo junction had worked properly.',
      ].join(' '),
      { lang: 'en', published: '2026-01-18' },
    ),
  });

  it.each([
    'When was the driver of the train that derailed at Kestovo detained?',
    'Когда задержали машиниста поезда, сошедшего с рельсов у Кестово?',
    'Когда задержали машиниста поезда, который сошёл с рельсов у Кестово?',
  ])('"%s" is dated by the detention', (question) => {
    const a = kb.answer(question, now);
    expect(a.summary, a.text).toMatch(/17 (January|января)/);
  });
});

/**
 * "When did the hackers first get into the network of the hospital in Drumlorin?": the town says which
 * hospital; a chronology's entry about the hospital's network need not name it.
 */
describe('a place after a facility says which facility', () => {
  const kb = knowledgeBaseOfTexts({
    'chronicle.md': documentText(
      [
        '• 14 января (среда) — злоумышленники впервые входят в сеть больницы через учётную запись удалённого обслуживания.',
        '• 3 февраля (вторник) — программа-вымогатель шифрует серверы больницы в Драмлорине и больницы в Килмане.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-09-11' },
    ),
  });

  it.each([
    'Когда хакеры впервые проникли в сеть больницы в Драмлорине?',
    'When did the hackers first break into the network of the hospital in Drumlorin?',
  ])('"%s" is dated by the first intrusion', (question) => {
    const a = kb.answer(question, now);
    expect(a.summary, a.text).toMatch(/14 (January|января)/);
  });
});
