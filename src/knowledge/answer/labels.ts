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
    per: (value: string, source: string) => `${value} — по данным «${source}»`,
    timeline: 'Хронология:',
    developments: 'События:',
    truncated: 'Вопрос длинный, поэтому прочитано только его начало.',
    another: 'ещё',
    noMatchOrdinal: 'ни один документ об этом не говорит',
    unknownDate: 'дата неизвестна',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;
