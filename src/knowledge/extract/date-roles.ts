/** What a date does in its sentence: dates the event, or only sets background (a since-date, a relative clause). */

/**
 * A date inside a relative or participial phrase is background, not when the sentence's event happened:
 * "снимает санкции ..., введённые в 2021 году", "осуждённых за события 2020 года", "detained in 2021".
 */
const BACKGROUND_BEFORE =
  /(\p{L}+нн(ые|ых|ый|ая|ой|ое|ую|ым|ыми)|за события|событи\p{L}*|выбор\p{L}*|который|которые|которая|detained|introduced|imposed|elected|born|founded|who was|which was|since the|after the events of|по состоянию на|as of|as at)\s+(в\s+|во\s+|in\s+|of\s+)?$/iu;
export function isBackgroundDate(text: string, start: number): boolean {
  if (BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "на самом высоком уровне с февраля 2020 года": a since-date starts a period, it does not date the event.
  if (isSinceDate(text, start)) return true;
  const before = text.slice(0, start);
  // Inside a participial phrase: ", намеревавшийся баллотироваться в президенты в 2020 году".
  if (/,\s*\p{L}+(вш|ющ|ящ|ащ|ущ)(ий|ая|ее|ие|их|им|ими|его|ему|ийся|аяся|иеся|ихся|ейся)\s[^,.;:]*$/u.test(before))
    return true;
  // Inside a relative clause: ", который попал под санкции в 2022 году", ", which closed in 2020".
  const clause = Math.max(before.lastIndexOf(', котор'), before.lastIndexOf(', which'), before.lastIndexOf(', who '));
  return clause >= 0 && !/[,.;:—–]/.test(before.slice(clause + 2));
}

export function isSinceDate(text: string, start: number): boolean {
  return /^(с|со|since|starting)\s/i.test(text.slice(start, start + 9));
}

/** Every date phrase has a digit or one of these words; text with none can skip the date rules. */
const MAY_HAVE_DATE =
  /\d|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|весн|лет[оа]|летом|осен|зим|год|месяц|недел|вчера|сегодня|завтра|понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресен|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|year|month|week|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade/i;

export function mayHaveDate(text: string): boolean {
  return MAY_HAVE_DATE.test(text);
}
