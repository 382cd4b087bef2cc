/** What a date does in its sentence: dates the event, or only sets background (a since-date, a relative clause). */

/**
 * A date inside a relative or participial phrase is background, not when the sentence's event happened:
 * "снимает санкции ..., введённые в 2021 году", "осуждённых за события 2020 года", "detained in 2021",
 * "жильцов сгоревшей в марте башни", "погибших в феврале горняков".
 */
const BACKGROUND_BEFORE =
  /(\p{L}+нн(ые|ых|ый|ая|ой|ое|ую|ым|ыми)|(?<!проше|состоя|проходи)(?<=\p{L}{2})(вш|дш|[бгзкрс]ш)(ий|ая|ее|ие|их|им|ими|его|ему|ей|ую|ем|ого)(ся)?|за события|событи\p{L}*|выбор\p{L}*|который|которые|которая|detained|introduced|imposed|elected|born|founded|who was|which was|since the|after the events of|по состоянию на|as of|as at)\s+(в\s+|во\s+|in\s+|of\s+)?$/iu;
export function isBackgroundDate(text: string, start: number): boolean {
  if (BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "на самом высоком уровне с февраля 2020 года": a since-date starts a period, it does not date the event.
  if (isSinceDate(text, start)) return true;
  // "С 1 января по 31 августа признали ещё 117": the end of a period counted over, no event's day.
  if (RANGE_END_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const before = text.slice(0, start);
  // Inside a participial phrase: ", намеревавшийся баллотироваться в президенты в 2020 году".
  if (/,\s*\p{L}+(вш|ющ|ящ|ащ|ущ)(ий|ая|ее|ие|их|им|ими|его|ему|ийся|аяся|иеся|ихся|ейся)\s[^,.;:]*$/u.test(before))
    return true;
  // An earlier event told in the pluperfect: "The two had been detained by the gendarmerie on 27 November".
  if (/(?<![\p{L}])had\s+(been\s+)?[a-z]+(ed|en)\s[^,.;:]*$/u.test(before)) return true;
  // Inside a relative clause: ", который попал под санкции в 2022 году", ", which closed in 2020",
  // ", чьи ролики в январе набрали …", ", whose videos in January …".
  const clause = Math.max(
    before.lastIndexOf(', котор'),
    before.lastIndexOf(', which'),
    before.lastIndexOf(', who '),
    // Without its comma too: "an engineer who joined the commission on 2 February".
    before.lastIndexOf(' who '),
    before.lastIndexOf(', whose '),
    before.lastIndexOf(', чь'),
  );
  return clause >= 0 && !/[,.;:—–]/.test(before.slice(clause + 2));
}

/**
 * The words before a period's last date: "с 1 января по ", "between 3 March and ", "from 1 January
 * through ". Not "from 30 June to" nor "с 30 июня до": after "extended" that is the new date, the answer.
 */
const DAY_MONTH = String.raw`\d{1,2}\s+\p{L}+(?:\s+\d{4}(?:\s+(?:г\.|года))?)?`;
const RANGE_END_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:с|со)\s+${DAY_MONTH}\s+по|between\s+${DAY_MONTH}\s+and|from\s+${DAY_MONTH}\s+(?:through|until|till))\s+$`,
  'iu',
);

export function isSinceDate(text: string, start: number): boolean {
  return /^(с|со|since|starting)\s/i.test(text.slice(start, start + 9));
}

/** Every date phrase has a digit or one of these words; text with none can skip the date rules. */
const MAY_HAVE_DATE =
  /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет[оа]|летом|осен|зим|год|месяц|недел|вчера|сегодня|завтра|накануне|назад|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресен|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|year|month|week|yesterday|today|tomorrow|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade/i;

export function mayHaveDate(text: string): boolean {
  return MAY_HAVE_DATE.test(text);
}

/** "the 28 February rally", "the February deliveries": a date that names the noun after it, not when anything happened. */
export function namesNoun(text: string, start: number, end: number): boolean {
  return (
    /(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s+[a-z]/.test(text.slice(end, end + 3))
  );
}

/** «Кестов-2026», "Zapad-2025": a year joined to a word by a hyphen is part of a name (an exercise, a forum), no date. */
export function isYearOfName(text: string, m: { start: number; date: { precision: string } }): boolean {
  return m.date.precision === 'year' && /\p{L}[-‐]$/u.test(text.slice(0, m.start));
}

const LEADING_PREPOSITION = /^(?:по|на|до|on|by|until|through)\s+/iu;
/** Verbs of a count standing at a day: "на 31 августа в заключении оставались 1 068 человек". */
const STANDING_AT =
  /(?<![\p{L}])(оставал\p{L}*|остаются|находил\p{L}*|находятся|насчитывал\p{L}*|числил\p{L}*|содержал\p{L}*)(?![\p{L}])/iu;

/**
 * A day a count is given for, not a day something happened: "на 31 августа оставались 1 068",
 * "по состоянию на 31 августа", "с 1 января по 31 августа признали 117". Right for "how many on
 * 31 August", no answer to "on what day were they freed". The span may begin with its preposition.
 */
export function isCountDay(text: string, spanStart: number): boolean {
  const lead = LEADING_PREPOSITION.exec(text.slice(spanStart, spanStart + 8))?.[0] ?? '';
  const start = spanStart + lead.length;
  const before = `${text.slice(Math.max(0, spanStart - 40), spanStart)}${lead}`;
  if (/по состоянию на\s+$|as of\s+$|as at\s+$/iu.test(before)) return true;
  if (RANGE_END_BEFORE.test(before)) return true;
  return /(?:^|\s)на\s+$/iu.test(before) && STANDING_AT.test(text.slice(start, start + 60).split(/[,;.]/)[0] ?? '');
}
