/**
 * Greetings and thanks: not questions about the documents. Searching the documents for "спасибо"
 * finds a quote that says «Спасибо», which is not what the person meant.
 * Recognised only when the whole message is small talk ("thanks!", "привет, бот"), never inside a question.
 */
export type SmallTalk = 'greeting' | 'thanks';

export function smallTalk(text: string): SmallTalk | undefined {
  const t = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(?:[\s!.,)(:;-]|\p{Extended_Pictographic}|\uFE0F)+/gu, ' ')
    .trim();
  if (t === '') return undefined;
  if (THANKS.test(t)) return 'thanks';
  if (GREETING.test(t)) return 'greeting';
  return undefined;
}

// Whole-message patterns; an optional "bot"/"a lot"/"very much" tail.
const TAIL = '(?: (?:you|bot|a lot|so much|very much|большое|огромное|бот|тебе|вам|again|ещё раз|еще раз))*';
const THANKS = new RegExp(
  `^(?:thanks|thank you|thx|ty|cheers|great thanks|спасибо|спс|благодарю|пасиб|мерси)${TAIL}$`,
  'u',
);
const GREETING = new RegExp(
  `^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|привет|приветствую|здравствуй|здравствуйте|добрый (?:день|вечер)|доброе утро|хай)${TAIL}$`,
  'u',
);
