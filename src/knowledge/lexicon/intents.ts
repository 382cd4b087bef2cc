import type { Intent, Lang } from '../types.ts';

/**
 * How people ask, per intent, in English and Russian. Phrases are matched on the question's folded,
 * typo-corrected words; "^" anchors a phrase to the question's start. Earlier intents win on overlap,
 * so the more specific ones come first.
 */
export interface IntentPhrasing {
  intent: Intent;
  lang: Lang;
  phrases: string[];
}

export const INTENT_PHRASINGS: readonly IntentPhrasing[] = Object.freeze([
  { intent: 'timeline', lang: 'en', phrases: ['timeline', 'chronology', 'chronological', 'in order', 'list the', 'list all', 'sequence of', 'history of', 'step by step'] },
  { intent: 'timeline', lang: 'ru', phrases: ['хронология', 'хронологию', 'хронологии', 'перечисли', 'перечислите', 'по порядку', 'по хронологии', 'история', 'историю', 'последовательность'] },
  { intent: 'how_many', lang: 'en', phrases: ['how many', 'how much', 'number of', 'count of'] },
  { intent: 'how_many', lang: 'ru', phrases: ['skolko', 'сколько', 'скока', 'скольких', 'скольким', 'количество', 'число'] },
  { intent: 'when', lang: 'en', phrases: ['when', 'what date', 'which date', 'since when', 'what year', 'which year', 'what day', 'which day', 'what month'] },
  { intent: 'when', lang: 'ru', phrases: ['kogda', 'когда', 'какого числа', 'в каком году', 'в каком месяце', 'с каких пор', 'с какого времени', 'какого года', 'дата', 'в какой день'] },
  { intent: 'where', lang: 'en', phrases: ['where', 'in which city', 'in what city', 'what place', 'which place', 'which city', 'what venue'] },
  { intent: 'where', lang: 'ru', phrases: ['gde', 'где', 'куда', 'в каком месте', 'в каком городе', 'в каком помещении'] },
  { intent: 'why', lang: 'en', phrases: ['why', 'for what reason', 'what was the reason', 'what reason', 'how come'] },
  { intent: 'why', lang: 'ru', phrases: ['pochemu', 'почему', 'зачем', 'по какой причине', 'какова причина', 'в чем причина', 'причина', 'отчего'] },
  { intent: 'who', lang: 'en', phrases: ['^who', 'who', 'whom', 'which official', 'which person', 'which envoy', 'what official', 'what is the name', 'name of'] },
  { intent: 'who', lang: 'ru', phrases: ['kto', 'кто', 'кого', 'кому', 'кем', 'какой чиновник', 'какое официальное лицо', 'как зовут', 'чье имя'] },
  { intent: 'which', lang: 'en', phrases: ['which', 'what sanctions', 'what banks', 'what companies', 'what countries', 'what gift', 'what kind', 'what magazine', 'what publication', 'in what'] },
  { intent: 'which', lang: 'ru', phrases: ['какие', 'какой', 'какая', 'каких', 'каком', 'какую', 'каким', 'какими', 'какое', 'в каком издании', 'с каких'] },
  { intent: 'yesno', lang: 'en', phrases: ['^was', '^were', '^did', '^does', '^do', '^is', '^are', '^has', '^have', '^had', '^will', '^can', '^could', '^should'] },
  { intent: 'yesno', lang: 'ru', phrases: ['ли', 'правда ли', 'верно ли'] },
  { intent: 'what_happened', lang: 'en', phrases: ['what happened', 'what occurred', 'what took place', 'what did', 'what was', 'what has', 'what have', 'what were', 'what'] },
  { intent: 'what_happened', lang: 'ru', phrases: ['что произошло', 'что случилось', 'что было', 'что сказал', 'что заявил', 'что предложил', 'что', 'о чем'] },
  { intent: 'about', lang: 'en', phrases: ['tell me about', 'what do the sources say', 'what do the documents say', 'about'] },
  { intent: 'about', lang: 'ru', phrases: ['расскажи о', 'расскажи про', 'что известно о', 'что известно про', 'что говорят источники'] },
]);

/** Words that make a question refer back to the previous one ("and how many were released then?"). */
export const FOLLOW_UP_WORDS: ReadonlySet<string> = new Set([
  'then', 'that', 'there', 'he', 'she', 'him', 'her', 'it', 'they', 'them', 'this', 'those', 'also', 'and',
  'тогда', 'там', 'он', 'она', 'его', 'ее', 'ему', 'ей', 'они', 'их', 'это', 'этот', 'этого', 'тот', 'того', 'а', 'и',
]);

/** Ordinal words: a question about "the second call" needs a source that speaks of a second one. */
export const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  первый: 1, первая: 1, первое: 1, первого: 1, первой: 1, первую: 1, первым: 1,
  второй: 2, вторая: 2, второе: 2, второго: 2, вторую: 2, вторым: 2,
  третий: 3, третья: 3, третье: 3, третьего: 3, третью: 3, третьей: 3,
  четвертый: 4, четвертая: 4, четвертого: 4, четвертой: 4, четвертую: 4,
  пятый: 5, пятая: 5, пятого: 5, пятой: 5,
});
