import type { Lang } from '../types.ts';

/** Every sentence the answer layer writes itself, in both languages. Quotes are never translated. */
export const LABELS = {
  en: {
    noAnswer: 'The documents do not say.',
    notMentioned: (names: string) => `The documents do not mention ${names}.`,
    nearest: 'The closest they come:',
    emptyQuestion: 'Please ask a question about the documents, e.g. "When did Kellogg visit Minsk?"',
    noDay: 'the source gives no exact day',
    noYear: 'the source gives no year',
    sourcesSay: 'Here is what the sources say:',
    differ: 'The sources differ:',
    several: 'More than once:',
    per: (value: string, source: string) => `${value} according to ${source}`,
    timeline: 'Timeline:',
    developments: 'Developments:',
    truncated: 'Your question was long, so only its beginning was read.',
    another: 'another',
    noMatchOrdinal: 'none of the documents speaks of that one',
    unknownDate: 'date unknown',
  },
  ru: {
    noAnswer: 'В документах об этом не сказано.',
    notMentioned: (names: string) => `В документах не упоминается: ${names}.`,
    nearest: 'Ближе всего к вопросу:',
    emptyQuestion: 'Задайте вопрос о документах, например: «Когда Келлог приезжал в Минск?»',
    noDay: 'точный день в источнике не указан',
    noYear: 'год в источнике не указан',
    sourcesSay: 'Вот что говорят источники:',
    differ: 'Источники расходятся:',
    several: 'Несколько раз:',
    per: (value: string, source: string) => `${value} — по данным «${source}»`,
    timeline: 'Хронология:',
    developments: 'События:',
    truncated: 'Вопрос длинный, поэтому прочитано только его начало.',
    another: 'ещё',
    noMatchOrdinal: 'ни один документ об этом не говорит',
    unknownDate: 'дата неизвестна',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

/** The counted thing in the asker's language, when the source counts it in the other one. */
const COUNT_NOUNS: Record<string, Record<Lang, string>> = {
  prisoner: { en: 'prisoners', ru: 'заключённых' },
  person: { en: 'people', ru: 'человек' },
  foreigner: { en: 'foreign nationals', ru: 'иностранцев' },
  'us-citizen': { en: 'US citizens', ru: 'граждан США' },
  citizen: { en: 'citizens', ru: 'граждан' },
  journalist: { en: 'journalists', ru: 'журналистов' },
  activist: { en: 'activists', ru: 'активистов' },
  diplomat: { en: 'diplomats', ru: 'дипломатов' },
  official: { en: 'officials', ru: 'чиновников' },
  child: { en: 'children', ru: 'детей' },
  country: { en: 'countries', ru: 'стран' },
  year: { en: 'years', ru: 'лет' },
  month: { en: 'months', ru: 'месяцев' },
  day: { en: 'days', ru: 'дней' },
};

export function countNoun(concept: string | undefined, lang: Lang): string | undefined {
  return concept ? COUNT_NOUNS[concept]?.[lang] : undefined;
}
