/**
 * Questions that ask two things: "When did the envoy arrive, and from where?", "Кто возглавляет
 * завод и что он сказал?", "When and where was the round held?". This module finds the second
 * question; answer.ts answers it as a follow-up of the first (it borrows the first one's subject)
 * and adds what it says to the answer.
 */

export interface CompoundQuestion {
  /** The question up to the joint, without the conjunction. */
  first: string;
  /** The second question, from its question word on: "from where?", "что он сказал?". */
  second: string;
}

const QUESTION_WORD_EN = 'what|how|where|when|who|whom|whose|which|why|from where';
const QUESTION_WORD_RU =
  'откуда|куда|как|сколько|что|где|когда|кто|кого|кому|кем|почему|зачем|чем|с кем|каки\\p{L}+|како\\p{L}+|какая|какую|чь\\p{L}+';

/** A preposition the second question may open with: "and over what term?", "и на какую сумму?". */
const PREPOSITION = 'over|for|in|on|at|by|to|from|with|under|на|в|во|до|с|со|к|по|за|от|из|при|под';
// ", and who …", " и откуда", ", а также сколько …", ", and over what term": a conjunction, then a question word.
const JOINT = new RegExp(
  `(?:,\\s*|\\s+)(?:and|и|а также|а)\\s+(?=(?:(?:${PREPOSITION})\\s+)?(?:${QUESTION_WORD_EN}|${QUESTION_WORD_RU})(?![\\p{L}]))`,
  'giu',
);

/** A preposition opening a phrase that sets the scene: "Under the deal's second stage, …", "По условиям соглашения, …". */
const SCENE_OPENING =
  'under|in|at|on|for|after|during|before|by|following|according to|as for|regarding|в|во|на|по|после|при|согласно|что касается';

/**
 * The first part must itself be a question: a question word or an auxiliary verb begins it, or follows
 * a phrase setting the scene ("Under the deal's second stage, what tonnage …").
 */
const ASKS = new RegExp(
  `^\\s*(?:(?:${QUESTION_WORD_EN}|${QUESTION_WORD_RU}|in what|on what|at what|to what|for what|in which|on which|to which|for which|до како\\p{L}*|в како\\p{L}*|на како\\p{L}*|с как\\p{L}*|из како\\p{L}*|по как\\p{L}*|за что|was|were|is|are|did|does|do|has|have|had|will|can|could)(?![\\p{L}])|.*(?<![\\p{L}])ли(?![\\p{L}])|(?:${SCENE_OPENING})\\s[^?]{3,80}?,\\s*(?:${QUESTION_WORD_EN}|${QUESTION_WORD_RU})(?![\\p{L}]))`,
  'iu',
);

/** Words the first part needs at least: "Кто и когда …?" is one question about two slots of one event. */
const MIN_FIRST_WORDS = 3;

/** A slot word of a question: "when", "where", "how many", "на какой срок", "с кем". */
const SLOT =
  '(?:how many|how much|from where|with whom|(?:(?:на|в|до|с|со|к|по|за|от|из)\\s+)?(?:как(?:ой|ая|ое|ие|ого|ую|им|их|ом)|котор\\p{L}+)\\s+\\p{L}+|с кем|when|where|who|whom|why|what|which|когда|где|кто|кого|кому|куда|откуда|почему|зачем|сколько)';
// "When and where was the round held?", "Когда и на какой срок суд приговорил её?": two slots of one event.
const SHARED_SLOTS = new RegExp(`^\\s*(?<first>${SLOT})\\s+(?:and|и)\\s+(?<second>${SLOT})\\s+(?<rest>\\S.*)$`, 'iu');

/** The two questions of a compound one, split at its last joint; undefined for a simple question. */
export function splitCompound(text: string): CompoundQuestion | undefined {
  const shared = SHARED_SLOTS.exec(text)?.groups;
  if (shared) {
    const rest = (shared.rest as string).replace(/[?？]?\s*$/, '?');
    const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    return { first: `${capital(shared.first as string)} ${rest}`, second: `${shared.second} ${rest}` };
  }
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(JOINT)) last = m as RegExpExecArray;
  if (!last) return undefined;
  let first = text.slice(0, last.index).trim();
  const second = text.slice(last.index + last[0].length).trim();
  // "Сколько военнослужащих и сколько гражданских лиц было среди …": two counts of one event.
  if (first.split(/\s+/).length <= SHORT_COUNT_WORDS) first = withSharedRest(first, second) ?? first;
  if (first.split(/\s+/).length < MIN_FIRST_WORDS || !ASKS.test(first) || second.length === 0) return undefined;
  return { first: `${first.replace(/[,;:]$/, '')}?`, second: /[?？]$/.test(second) ? second : `${second}?` };
}

/** Words of a count asked with nothing of its own after the counted noun ("How many people died"). */
const SHORT_COUNT_WORDS = 4;
/** "how many" and "сколько", the words that open a count asked and its noun. */
const COUNT_ASKED = /^(how many|how much|сколько)\s+/iu;
/** A word that ends what a count counts: a verb of the question, a preposition, a relative word. */
const COUNTED_END =
  /^(was|were|is|are|did|do|does|has|have|had|will|would|in|on|at|among|from|of|by|between|during|было|были|был|была|будет|среди|в|во|на|из|у|от|по|за|при|которых|который|которые)$/iu;

/**
 * "How many soldiers and how many civilians were returned?": the first count borrows what follows the
 * second's counted noun ("were returned"); undefined unless both ask a count.
 */
function withSharedRest(first: string, second: string): string | undefined {
  const opening = COUNT_ASKED.exec(first);
  const secondOpening = COUNT_ASKED.exec(second);
  if (!opening || !secondOpening || opening[1]?.toLowerCase() !== secondOpening[1]?.toLowerCase()) return undefined;
  const words = second.slice(secondOpening[0].length).split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && COUNTED_END.test(w.replace(/[,;:]$/, '')));
  if (end < 1) return undefined;
  return `${first} ${words.slice(end).join(' ')}`.replace(/[?？]?\s*$/, '');
}

// ", when …", ", and when …", " and when …": where one question of a series ends and the next begins.
const SERIES_JOINT = new RegExp(
  `(?:\\s*,\\s*(?:(?:and|и|а также|а)\\s+)?|\\s+(?:and|и)\\s+)(?=(?:${QUESTION_WORD_EN}|${QUESTION_WORD_RU})(?![\\p{L}]))`,
  'giu',
);
/** A lead that introduces the series: "Trace the talks in 2026:", "Восстановите хронологию:". */
const LEAD = /^(?<lead>[^:?]{3,}):\s*(?<rest>\S.*)$/su;

/**
 * "Trace the talks: when was the commission due to meet, when did it meet, and when did the committee
 * convene?": a series of questions after a lead, each asked on its own (the lead names what they are about).
 * Undefined unless two or more questions follow a lead, or three or more make the whole question.
 */
export function splitSeries(text: string): { lead: string; questions: string[] } | undefined {
  const led = LEAD.exec(text.trim())?.groups;
  const rest = led ? (led.rest as string) : text.trim();
  if (!ASKS.test(rest)) return undefined;
  const questions = rest
    .split(SERIES_JOINT)
    .map((part) => part.trim().replace(/[,;:.?？]*$/, ''))
    .filter((part) => part.length > 0)
    .map((part) => `${part}?`);
  if (questions.length < (led ? 2 : 3) || !questions.every((part) => ASKS.test(part))) return undefined;
  return { lead: led ? (led.lead as string) : '', questions };
}
