/**
 * The polite or indirect frame a question may come in: "Do you know when …", "Can you tell me who …",
 * "Подскажите, пожалуйста, когда …", "Интересно, сколько …". The frame asks nothing itself: left in, "Do
 * you know" reads as a yes/no question and "know", "подскажите" as words a sentence must share.
 */

const QUESTION_WORD_EN = '(?:when|where|who|whom|whose|why|how|what|which)';
const QUESTION_WORD_RU =
  '(?:когда|где|куда|откуда|кто|кого|кому|кем|почему|зачем|сколько|как|как(?:ой|ая|ое|ие|их|им|ую|ом|ого|ими|ому)|чем|что|чей|чья|чьи)';

const GREETING = '(?:(?:hi|hello|hey|привет|здравствуйте|добрый день)[,!.]?\\s+)?';

/** An English frame before a question word: "Do you know when", "Could you tell me which". */
const FRAME_EN = new RegExp(
  `^\\s*${GREETING}(?:please,?\\s+)?(?:(?:do|does) (?:you|anyone|anybody) (?:happen to )?know|(?:can|could|would) you (?:please )?(?:tell|say|remind|show)(?: me| us)?|(?:i|we)(?: would like|['’]d like| want| wanted| need) to (?:know|find out|understand)|i(?:'m| am)? wonder(?:ing)?|(?:please )?(?:tell|remind) (?:me|us)|any idea|do the (?:sources|documents|reports) say)\\s*,?\\s*(?=${QUESTION_WORD_EN}(?![\\p{L}-]))`,
  'iu',
);

/** A Russian frame before a question word: "Подскажите, пожалуйста, когда", "Не знаете, сколько". */
const FRAME_RU = new RegExp(
  `^\\s*${GREETING}(?:а\\s+)?(?:(?:не\\s+)?(?:подскажите|подскажете|скажите|скажете|напомните|напомните-ка|уточните)|(?:вы\\s+)?не\\s+знаете|знаете(?:\\s+ли)?(?:\\s+вы)?|интересно|хотелось\\s+бы\\s+(?:узнать|понять)|хочу\\s+(?:узнать|понять)|(?:мне\\s+)?(?:нужно|надо)\\s+(?:узнать|знать)|не\\s+могли\\s+бы\\s+вы\\s+(?:сказать|подсказать|уточнить))(?:,?\\s*пожалуйста)?\\s*,?\\s*(?=${QUESTION_WORD_RU}(?![\\p{L}-]))`,
  'iu',
);

/** The question with its frame blanked by spaces, so that offsets (of dates) stay where they were. */
export function withoutPoliteFrame(text: string): string {
  const m = FRAME_EN.exec(text) ?? FRAME_RU.exec(text);
  return m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}
