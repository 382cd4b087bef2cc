/**
 * Chronologies that name their events: "Put in order, with dates: the delisting of the banks, the
 * delisting of four companies, and the extension of the regime", "Восстановите хронологию: задержание,
 * приговор, освобождение". Each named event is its own date question (answer.ts asks them), so
 * every one gets a date even when one sentence outranks the others for the whole list.
 */

/**
 * The list after a colon or a dash: "…, with dates: A, B and C", "Восстановите последовательность — A, B, C",
 * "В каком порядке произошли: A, B и C? Укажите даты." (an instruction may follow the question mark).
 */
const LIST_AFTER = /(?::|\s[—–])\s*(?<list>[^:?]+?)\s*(?:\?\s*[^:?]*|[.?!]*)\s*$/u;
const SEPARATOR = /\s*(?:,|;)\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+(?=\S)/iu;

/** Fewest events that make a list; more than this many is not a question's list. */
const MIN_EVENTS = 2;
const MAX_EVENTS = 8;

/**
 * "In what order did A, B and C happen?", "В каком порядке произошли A, B и C?": the list stands between
 * the order asked and the verb of happening (English) or right after it (Russian).
 */
const LIST_ORDERED =
  /(?<![\p{L}])(?:in (?:what|which) order (?:did|were) (?<en>[^?:]+?) (?:happen|take place|occur|come)|в (?:каком|какой) (?:порядке|последовательности) (?:произошли|прошли|состоялись|случились|происходили|были) (?<ru>[^?:]+?))\s*\?/iu;

/** The events a chronology question names, in its words; undefined when it names no list. */
export function enumeratedEvents(text: string): string[] | undefined {
  const ordered = LIST_ORDERED.exec(text)?.groups;
  const list = LIST_AFTER.exec(text)?.groups?.list ?? ordered?.en ?? ordered?.ru;
  if (!list) return undefined;
  const events = list
    .split(SEPARATOR)
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  if (events.length < MIN_EVENTS || events.length > MAX_EVENTS) return undefined;
  // Each must name something: "A, B" of single letters or numbers is no list of events.
  if (events.some((e) => !/\p{L}{3}/u.test(e))) return undefined;
  return events;
}
