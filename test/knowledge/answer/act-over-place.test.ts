import { describe, it } from 'vitest';
import { expectStated, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * A date of the asked act, wherever its sentence puts it, before a date of another act at the asked
 * place ("на севере страны" qualifies the strike; its announcement names the north, its end does not).
 */
const CHRONOLOGY = `---
title: Хроника: Варнел и Кестов, март 2026 года
published: 2026-04-02
lang: ru
---
Хроника: Варнел и Кестов, март 2026 года

• 3 марта — Национальная федерация таможенников Варнела объявила о забастовке на северных пунктах пропуска с 9 марта, требуя увеличить штаты на севере страны.

• 25 марта — в Кестове прошёл пятый раунд консультаций.
`;

const WIRE = `---
title: Trucks roll again at Kestov crossing as customs strike ends
published: 2026-03-20
lang: en
---
Trucks roll again at Kestov crossing as customs strike ends

The National Federation of Varnel Customs Officers called off the strike on Wednesday evening, nine days after it began at midnight on March 9.
`;

const now = new Date('2026-12-01T00:00:00Z');

describe('the date of the asked act before a date at the asked place', () => {
  const kb = knowledgeBaseOfTexts({ 'chronology.md': CHRONOLOGY, 'wire.md': WIRE });
  it('dates the calling off, not only its announcement', () => {
    const a = kb.answer('В какой день федерация таможенников Варнела отменила забастовку на севере страны?', { now });
    expectStated(a, /18 марта/);
  });

  it('leaves the announcement its own date', () => {
    expectStated(kb.answer('Когда федерация таможенников Варнела объявила о забастовке?', { now }), /3 марта/);
  });
});
