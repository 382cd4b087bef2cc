/**
 * Nouns a number after which labels one of a series ("Round 5", "Terminal 2", "этап 3", "page 2"): the
 * number names the item, it counts nothing and starts no span of days ("Этап 2 — 6 мая").
 */
export const SERIES_LABEL_WORDS =
  'round|phase|stage|step|part|item|section|block|gate|terminal|unit|station|article|pier|berth|platform|sector|page|p|pp|раунд|этап|фаза|часть|пункт|очередь|блок|статья|терминал|причал|сектор|стр|страница';
