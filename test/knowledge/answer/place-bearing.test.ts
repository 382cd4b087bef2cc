import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

const now = new Date('2026-12-01T00:00:00Z');

/** A distance and a bearing from a place ("40 miles southeast of Orvik island") say where exactly. */
const CHRONICLE = documentText(
  `Хроника: краб у Кестова

• Почти два месяца назад береговая охрана Варнеля задержала у Кестова траулер Lorin Star, который ловил краба по лицензии, выданной в Вендте.
• 24 февраля (вторник) — судно береговой охраны Варнеля задержало траулер Lorin Star примерно в 40 милях к юго-востоку от острова Орвик.`,
  { title: 'Хроника: краб у Кестова', published: '2026-04-22', lang: 'ru' },
);

const WIRE = documentText(
  `Varnel detains crab trawler

The Varnel coast guard boarded the trawler Lorin Star off Kestov on Tuesday.

The coast guard boarded the Lorin Star about 40 nautical miles southeast of Orvik island, inside the fisheries zone around Kestov, while the crew were hauling crab pots.`,
  { title: 'Varnel detains crab trawler', published: '2026-02-26', lang: 'en' },
);

describe('a place located by distance and bearing', () => {
  it.each([
    ['Where exactly was the Lorin Star detained?', { 'chronicle.md': CHRONICLE }, /Orvik|Орвик/],
    ['Where exactly was the Lorin Star boarded?', { 'wire.md': WIRE }, /Orvik/],
  ])('%s', (question, docs, expected) => {
    expect(knowledgeBaseOfTexts(docs).answer(question, { now }).summary).toMatch(expected);
  });
});

/** The bearing after a name describes that name: "moved to Nadjame, 18 km east of Orvik". */
const MOVE = documentText(
  `Kestov camp to move

The governor decided to move the Lorin camp and its 14,200 residents to a new site, Nadjame, 18 km east of Orvik.`,
  { title: 'Kestov camp to move', published: '2026-08-20', lang: 'en' },
);

describe('a bearing after a name', () => {
  it('describes that name, not the place it is measured from', () => {
    const a = knowledgeBaseOfTexts({ 'move.md': MOVE }).answer('Where is the Lorin camp being moved to?', { now });
    expect(a.summary).not.toMatch(/Orvik/);
  });
});
