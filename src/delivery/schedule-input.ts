import { CITY_TIME_ZONES } from './city-time-zones.ts';

/** What a person typed was not usable; `reason` says why in a form the bot can translate. */
export type InputResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'empty' | 'not-understood' | 'out-of-range' | 'not-whole-hour' };

/**
 * The hour of the day, 0..23, from what people type: "9", "09", "9:00", "21.00", "9am", "9 pm",
 * "12am" (midnight), "18 ч", "в 9", "9 утра", "9 вечера". Minutes other than :00 are refused, not rounded: digests go out
 * on the hour, and silently moving a person's choice is worse than asking again.
 */
export function parseHour(text: string): InputResult<number> {
  const input = text
    .trim()
    .toLowerCase()
    .replace(/^(в|at)\s+/, '')
    .replace(/\s*(ч|час(а|ов)?|h|hrs?|o'?clock)\.?$/, '');
  if (input === '') return { ok: false, reason: 'empty' };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|утра|дня|вечера|ночи)?$/.exec(input);
  if (!match) return { ok: false, reason: 'not-understood' };
  let hour = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  // "9 утра" is 9am, "3 дня" and "9 вечера" are pm, "12 ночи" is midnight, like "12am".
  const meridiem = RU_MERIDIEM[match[3] ?? ''] ?? match[3]?.replace(/\./g, '');
  if (minutes > 59) return { ok: false, reason: 'out-of-range' };
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, reason: 'out-of-range' };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) return { ok: false, reason: 'out-of-range' };
  if (minutes !== 0) return { ok: false, reason: 'not-whole-hour' };
  return { ok: true, value: hour };
}

const RU_MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = { утра: 'am', ночи: 'am', дня: 'pm', вечера: 'pm' };

/**
 * An IANA time zone from what people type: an IANA name in any case ("europe/minsk"), a city in
 * English or Russian ("Минск", "Washington", "tokyo"), or a UTC offset ("UTC+3", "GMT-5").
 * Only zones this Node's Intl knows are returned, so croner can always schedule them.
 */
export function resolveTimeZone(text: string): InputResult<string> {
  const input = text.trim().replace(/\s+/g, ' ');
  if (input === '') return { ok: false, reason: 'empty' };
  const key = input.toLowerCase().replace(/ё/g, 'е');
  const zones = knownZones();
  const byName = zones.byLowerName.get(key.replace(/ /g, '_'));
  if (byName) return { ok: true, value: byName };
  const city = CITY_TIME_ZONES[key] ?? zones.byCity.get(key.replace(/[-_]/g, ' '));
  if (city && isValidTimeZone(city)) return { ok: true, value: city };
  const offset = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$/.exec(key);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours > 14) return { ok: false, reason: 'out-of-range' };
    if (hours === 0) return { ok: true, value: 'UTC' };
    // POSIX-style Etc zones have the sign inverted: UTC+3 is Etc/GMT-3.
    const zone = `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
    if (isValidTimeZone(zone)) return { ok: true, value: zone };
    return { ok: false, reason: 'out-of-range' };
  }
  return { ok: false, reason: 'not-understood' };
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface KnownZones {
  byLowerName: Map<string, string>;
  byCity: Map<string, string>;
}

let cache: KnownZones | undefined;

function knownZones(): KnownZones {
  if (cache) return cache;
  const byLowerName = new Map<string, string>();
  const byCity = new Map<string, string>();
  for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC']) {
    byLowerName.set(zone.toLowerCase(), zone);
    const city = zone.split('/').at(-1)?.replace(/_/g, ' ').toLowerCase();
    if (city && zone.includes('/') && !byCity.has(city)) byCity.set(city, zone);
  }
  // Intl accepts some current names it does not list (it lists Europe/Kiev, accepts Europe/Kyiv).
  for (const zone of ['Europe/Kyiv', 'America/Nuuk', 'Asia/Kolkata', 'Asia/Yangon']) {
    if (!byLowerName.has(zone.toLowerCase()) && isValidTimeZone(zone)) byLowerName.set(zone.toLowerCase(), zone);
  }
  cache = { byLowerName, byCity };
  return cache;
}
