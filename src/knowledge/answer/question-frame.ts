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

/**
 * Hearsay a question wraps its verb in: "Who is believed to have led the ring?", "Кто, предположительно,
 * руководил сетью?". A source says "the alleged leader", "по данным следствия": the hedge is no word a
 * sentence must share, and left in, "believed" weighs as much as the ring.
 */
const HEARSAY_EN =
  /(?<![\p{L}])(?:(?:(is|are|was|were)\s+)(?:believed|thought|said|alleged|reported|understood|presumed|supposed|suspected|rumou?red)\s+to\s+(?:(be)\s+|have\s+)?|(?:reportedly|allegedly|supposedly|purportedly|presumably)\s+)/giu;
const HEARSAY_RU =
  /(?:,\s*)?(?<![\p{L}])(?:предположительно|якобы|по-видимому|по видимости|как (?:полагают|считается|сообщается|утверждается)|по (?:некоторым|имеющимся) данным),?\s+/giu;

/** The question without its hearsay: "Who is believed to have led" reads "Who led", "is believed to be" reads "is". */
export function withoutHearsay(text: string): string {
  return text
    .replace(HEARSAY_EN, (_m, copula: string | undefined, be: string | undefined) => (be && copula ? `${copula} ` : ''))
    .replace(HEARSAY_RU, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Кто занимает пост министра …?", "Who holds the post of …?": the post's frame asks who is the one
 * holding it; a source names the holder by the title ("министр Пак"), not by "post".
 */
const POST_FRAME =
  /(?<![\p{L}])(?:(занима(?:ет|л|ла|ли|ют))\s+(?:пост|должность)|(hold(?:s)?|held|occup(?:y|ies|ied))\s+the\s+(?:post|position|office)\s+of)(?![\p{L}])/giu;

/** The question with a post's frame read as "is": "Who holds the post of minister" reads "Who is minister". */
export function withoutPostFrame(text: string): string {
  return text.replace(POST_FRAME, (_m, ru: string | undefined, en: string | undefined) =>
    ru ? (/л/.test(ru) ? 'был' : 'является') : en && /held|occupied/.test(en) ? 'was' : 'is',
  );
}

/** A name as the asker may type it: one or two capitalised words, a title before ("Mr Sarmiento"). */
const GUESSED_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|[Гг]осподин|[Гг]оспожа)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/**
 * A name the asker guesses after the question: "Who was the mediator - was it a Mr Sarmiento?", "…?
 * Benslimani or something like that?", "…? Кажется, Холвег?". A guess is half-remembered: it is no word
 * a sentence must share, and the name guessed may be the very answer.
 */
const GUESS_AFTER = new RegExp(
  String.raw`(?:\?|\s[-–—])\s*(?:(?:[Ww]as|[Ii]s)\s+(?:it|that|he|she)\s+(?:(?:a|an)\s+)?${GUESSED_NAME}|(?:[Mm]aybe|[Pp]erhaps|I think|I believe),?\s+${GUESSED_NAME}|${GUESSED_NAME}(?:,?\s+or\s+something(?:\s+like\s+that)?|,?\s+or\s+so)?|(?:[Кк]ажется|[Вв]роде(?:\s+бы)?|[Ее]сли\s+не\s+ошибаюсь|[Мм]ожет\s+быть|[Пп]о-моему|[Ээ]то\s+был[аи]?),?\s+${GUESSED_NAME}|${GUESSED_NAME},?\s+или\s+как\s+(?:его|её|ее|их)\s+там)\s*\?\s*$`,
  'u',
);

/** The question without a name guessed after it: "Who was the mediator - was it a Mr Sarmiento?" reads "Who was the mediator?". */
export function withoutGuess(text: string): string {
  const m = GUESS_AFTER.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index).trimEnd();
  // Only what follows a whole question: "Was it Vendt?" alone is the question.
  if (!/\p{L}/u.test(before)) return text;
  return `${before}?`;
}
