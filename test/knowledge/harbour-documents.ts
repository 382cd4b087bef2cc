import type { RawDocument } from '../../src/knowledge/ingest/ingest.ts';

/**
 * Two invented documents (an English and a Russian one) about an invented harbour: enough sentences
 * of different kinds (dates, counts, an abbreviation, a hedge, an ordinal, names in two scripts) to
 * exercise every table of the sentence index.
 */
const ENGLISH = `---
title: Selvane harbour reopens after the storm
published: 2025-03-14
lang: en
---
On 12 March 2025 the Harbour Authority of Selvane (HAS) reopened the northern pier after a two-week closure.

Harbour master Marta Quillfeather said 40 vessels had waited outside the port.
The second inspection of the breakwater is planned for April.
HAS may extend the night curfew for cargo ships.
Insurers paid 3 million euros for the damaged cranes.
`;

const RUSSIAN = `---
title: Министр осмотрел порт Сельване
published: 2025-03-21
lang: ru
---
Министр транспорта Тибор Кренн посетил порт Сельване 20 марта 2025 года.

Он пообещал выделить 5 миллионов евро на ремонт волнолома.
Кренн встретился с начальником порта Мартой Квиллфезер.
Первое заседание портового совета назначено на май.
`;

export const HARBOUR_DOCUMENTS: RawDocument[] = [
  { file: 'selvane-reopens.md', bytes: new TextEncoder().encode(ENGLISH) },
  { file: 'selvane-minister.md', bytes: new TextEncoder().encode(RUSSIAN) },
];

/** Questions over them, in both languages, of several answer types. */
export const HARBOUR_QUESTIONS = [
  'When did the harbour reopen?',
  'Who is the harbour master of Selvane?',
  'How many vessels waited outside the port?',
  'What may HAS extend?',
  'When is the second inspection of the breakwater?',
  'How much did insurers pay?',
  'Когда Кренн посетил порт?',
  'Сколько денег пообещал министр?',
  'С кем встретился министр транспорта?',
  'Who did Tibor Krenn meet?',
  'Когда первое заседание совета?',
  'Who is the Prime Minister of Japan?',
];
