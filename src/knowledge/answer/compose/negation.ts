/** Negation: whether a text or a sentence denies what the question asks, and the predicate a yes/no question asks. */
import type { Token } from '../../text/tokens.ts';
import type { AnalyzedQuestion, QuestionTerm } from '../analyze.ts';
import { type RankedSentence, termPositions } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';

const NEGATION = /(?<![\p{L}])(not|no|never|without|neither|nor|нет|не|ни|без|никак\p{L}*)(?![\p{L}])/iu;
/** Phrases with a negation word that deny nothing: "тем не менее", "не только", "not only", "no doubt". */
const NOT_A_DENIAL =
  /(?<![\p{L}])(тем не менее|не менее|не только|не раз|не без|ни разу не|not only|nonetheless|no doubt|no less|not least|no\.? ?\d+)(?![\p{L}])/giu;

/** Whether token k is a negation word; "No." before a number ("Order No. 17") numbers, it denies nothing. */
function negationAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // "which has yet to ratify the loan": not done so far.
  if (t.norm === 'yet') return tokens[k + 1]?.norm === 'to' && AUXILIARY.test(tokens[k - 1]?.norm ?? '');
  return NEGATION.test(t.norm) && !(t.norm === 'no' && /^\d/.test(tokens[k + 1]?.norm ?? ''));
}

/** An auxiliary: of "has yet to", "are yet to", and before a denied verb ("charges were not filed"). */
const AUXILIARY = /^(has|have|had|is|are|was|were)$/;

/** Whether a text denies something: a negation word outside the phrases that deny nothing. */
export function negates(text: string): boolean {
  return NEGATION.test(text.replace(NOT_A_DENIAL, ' '));
}

/**
 * Whether a sentence denies what the question asks: a negation just before one of the question's
 * own words in it ("Протоколов не подписано", "the passport was not returned", "без паспорта"), before
 * the word at `before` when given.
 */
export function denies(r: RankedSentence, before = Number.POSITIVE_INFINITY): boolean {
  const { tokens } = r.entry;
  if (r.matches.some((m) => !m.term.name && m.positions.some((p) => p < before && negatedAt(tokens, p)))) return true;
  // "Reports that the airline will order new aircraft could not be confirmed", "Эти сведения опровергли":
  // what the sentence reports of the question's words it says is not so.
  return UNCONFIRMED.test(r.entry.sentence.text) && r.matches.some((m) => !m.term.name && m.positions.length > 0);
}

/** A report declared untrue or unconfirmed, wherever it stands in its sentence. */
const UNCONFIRMED =
  /(?<![\p{L}])(could not be (confirmed|verified)|(was|were|is|are|has|have) not (been )?(confirmed|verified)|(denied|refuted) (the )?reports?|reports? (was|were) denied|не (удалось|могли|смогли) подтвердить|не подтвердил\p{L}*|не подтвержд\p{L}*|опроверг\p{L}*)(?![\p{L}])/iu;

/** A negation that takes a noun after it: "without charge", "без предъявления обвинения". */
const WITHOUT = /^(without|без)$/;
/** How many words after "without"/"без" its phrase reaches. */
const WITHOUT_REACH = 3;

/**
 * Whether the sentence answers a yes/no question "no": it denies something, and a "without" or "без"
 * counts only when one of the question's words follows it within WITHOUT_REACH words ("released without
 * charge" releases; it charges nobody).
 */
export function deniesAsked(r: RankedSentence): boolean {
  const { tokens } = r.entry;
  const text = r.entry.sentence.text;
  const asked = new Set(r.matches.filter((m) => !m.term.name).flatMap((m) => m.positions));
  let kept = '';
  let from = 0;
  tokens.forEach((t, k) => {
    if (!WITHOUT.test(t.norm)) return;
    const last = Math.min(k + WITHOUT_REACH, tokens.length - 1);
    for (let p = k + 1; p <= last; p++) if (asked.has(p)) return;
    kept += text.slice(from, t.start);
    from = tokens[last]?.end ?? t.end;
  });
  return negates(kept + text.slice(from)) || REFUSAL.test(text) || ABSENT.test(text);
}

/** Someone or something not there: «на скамье подсудимых отсутствует», "was absent". */
const ABSENT = /(?<![\p{L}])(absent|отсутствует|отсутствуют|отсутствовал\p{L}*)(?![\p{L}])/iu;

/** A Russian verb of refusing: «отказался», «отказываются». */
const RU_REFUSAL = String.raw`отказ(ал|ыва)\p{L}*`;
/** A refusal anywhere in the sentence: "refused to pay", «платить отказалось». */
const REFUSAL = new RegExp(String.raw`(?<![\p{L}])(refused|refuses|declined to|${RU_REFUSAL})(?![\p{L}])`, 'iu');

/** A negation at most `TUNING.negationReach` words before the word at p ("not yet been signed", "не подписано"). */
function negatedAt(tokens: readonly Token[], p: number): boolean {
  for (let k = Math.max(0, p - TUNING.negationReach); k < p; k++) if (negationAt(tokens, k)) return true;
  return refusedAt(tokens, p) || deniedAfterNoun(tokens, p) || deniedAsSubject(tokens, p);
}

/**
 * «Обвинения не предъявлялись», "charges were not filed": a noun of the act, then a verb that only says it
 * happened ("brought", «состоялась»), denied. (A verb of its own, "the arrest did not stop the protests",
 * denies something else.)
 */
function deniedAfterNoun(tokens: readonly Token[], p: number): boolean {
  let k = p + 1;
  if (AUXILIARY.test(tokens[k]?.norm ?? '')) k++;
  if (!NOT.test(tokens[k]?.norm ?? '')) return false;
  k++;
  if (tokens[k]?.norm === 'been') k++;
  const verb = tokens[k]?.norm ?? '';
  // «Выкуп заплачен не был»: a participle's own copula denied.
  if (COPULA_PAST.test(verb) && SHORT_PARTICIPLE.test(tokens[p]?.norm ?? '')) return true;
  // «без предъявления обвинений» names the act by a noun: it denies nothing of the word before.
  return HAPPENING_VERB.test(verb) && !NOUN_OF_ACT.test(verb);
}

/** «был», «была», «было», «были»: after a short participle and «не», its act denied. */
const COPULA_PAST = /^был[аои]?$/u;
/** A Russian short passive participle: «заплачен», «подписано», «открыта», «взяты». */
const SHORT_PARTICIPLE = /^[а-яё]{3,}(ен|ён|ан|ян|ин|ын|ут|ыт|от|ит)[аоы]?$/u;

/**
 * «Ожидавшийся визит министра в Сорвалло так и не состоялся», "the minister's visit to the town did not
 * take place": a noun of the act, the words that name whose and where, then its taking place denied. Only
 * verbs of taking place reach so far; "the deal signed in May was not ratified" denies another act.
 */
function deniedAsSubject(tokens: readonly Token[], p: number): boolean {
  const last = Math.min(tokens.length - 2, p + SUBJECT_REACH);
  for (let k = p + 1; k <= last; k++) {
    const t = (tokens[k] as Token).norm;
    if (!NOT.test(t)) continue;
    const verb = `${tokens[k + 1]?.norm} ${tokens[k + 2]?.norm ?? ''}`;
    return TAKING_PLACE.test(verb);
  }
  return false;
}
/** How many words from the noun of the act its denied "taking place" may stand. */
const SUBJECT_REACH = 9;
/** Taking place, as the word after a denial: "не состоялся", "did not take place", "never happened". */
const TAKING_PLACE =
  /^(состоял\p{L}*|состоится|состоятся|прош[её]л|прошл[аио]|произош\p{L}*|случил\p{L}*|take place|took place|happen\p{L}*|occur\p{L}*|go ahead|went ahead|materiali[sz]e\p{L}*)(?![\p{L}])/u;

/** A plain "not": "without" and «без» deny a noun's act, not a word before them. */
const NOT = /^(not|never|не)$/;
/** A Russian noun of an act: «предъявления», «проведение». */
const NOUN_OF_ACT = /(ние|ния|нию|нием|нии|тие|тия)$/u;

/** Verbs that say only that their noun's act happened: charges brought, a meeting held, «обвинения предъявлены». */
const HAPPENING_VERB =
  /^(filed|brought|laid|pressed|held|made|issued|signed|opened|given|granted|предъявл\p{L}*|выдвин\p{L}*|выдвигал\p{L}*|состоял\p{L}*|состоится|состоятся|проводил\p{L}*|проведен\p{L}*|проведён\p{L}*|прош[её]л|прошл[аио]|подписан\p{L}*|заведен\p{L}*|заведён\p{L}*|возбужд\p{L}*|открыт\p{L}*|выдан\p{L}*)$/u;

/**
 * "The government refused to pay", «Правительство платить отказалось»: a refusal of the act says it was
 * not done, as a "not" before it does.
 */
function refusedAt(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 2];
  if (before && REFUSED.test(before.norm) && tokens[p - 1]?.norm === 'to') return true;
  if (refusedRequestFor(tokens, p)) return true;
  const after = tokens[p + 1];
  return after !== undefined && INFINITIVE.test(tokens[p]?.norm ?? '') && REFUSED_AFTER.test(after.norm);
}
/**
 * "суд отказал Квону в освобождении под залог", "the court refused Kwon's request for release on bail":
 * what a refusal's request asked for was not granted.
 */
function refusedRequestFor(tokens: readonly Token[], p: number): boolean {
  for (let k = Math.max(0, p - REQUEST_REACH); k < p - 1; k++) {
    const t = (tokens[k] as Token).norm;
    const between = tokens.slice(k + 1, p).map((x) => x.norm);
    // «отказал Квону в освобождении под залог»: the refused thing after «в».
    if (RU_REFUSED_TO.test(t) && between.includes('в')) return true;
    // "refused Kwon's request for release": after "request for".
    const request = between.findIndex((w) => REQUEST.test(w));
    if (REFUSED_REQUEST.test(t) && request >= 0 && between[request + 1] === 'for') return true;
  }
  return false;
}
/** From a refusal to what its request asked for: "refused Kwon's request for release". */
const REQUEST_REACH = 6;
/** «отказал … в», «отказано в». */
const RU_REFUSED_TO = /^отказа(л|ла|ли|ло|но|на|ны|н)$/;
const REQUEST = /^(request|requests|application|applications|bid|motion|petition|plea)$/;
const REFUSED_REQUEST = /^(refused|rejected|denied|dismissed|turned)$/;
/** A refusal before "to" and the act: "refused to pay". */
const REFUSED = /^(refused|refuses|refuse|refusing|declined|declines|decline|declining)$/;
/** A Russian infinitive, which a refusal follows: «платить отказалось». */
const INFINITIVE = /(ть|ти|чь|ться)$/;
/** A Russian refusal after the act: «отказалось», «отказываются». */
const REFUSED_AFTER = new RegExp(`^${RU_REFUSAL}$`, 'u');

/**
 * The question's verb ("sign" in "when did they sign …") is denied by a sentence scoring at least half the
 * best ("has not yet been signed"), and the answer's own sentence does not say it, or says it only as
 * announced ("would visit on Thursday"). A verb found by the
 * dictionary rather than after an auxiliary ("Какого числа транш поступил …?") is denied only in the past
 * ("третий не поступил"), by the best sentence, which gives no date of its own: "без которого не бывает подписей"
 * denies no visit, and "должно было пройти 21 апреля, но так и не состоялось" only the planned day.
 */
export function deniedAct(
  verb: QuestionTerm | undefined,
  answer: RankedSentence,
  ranked: readonly RankedSentence[],
  byDictionary = false,
  answerOnlyAnnounces = false,
): boolean {
  // "said the minister would visit on Thursday" tells the act only announced, «выкуп заплачен не был» denies
  // it: a denial still stands.
  if (!verb) return false;
  const says = answer.matches.some(
    (m) => m.term === verb && m.positions.some((p) => !negatedAt(answer.entry.tokens, p)),
  );
  if (!answerOnlyAnnounces && says) return false;
  // By coverage: the ranking has raised the sentences with a date, which a denial has none of.
  const lead = Math.max(...ranked.slice(0, TUNING.denialDepth).map((r) => r.coverage));
  return ranked.slice(0, TUNING.denialDepth).some((r) => {
    if (r.coverage < TUNING.eventWordShare * lead) return false;
    const { tokens } = r.entry;
    // "визит так и не состоялся" says outright that the act did not take place, wherever it ranks.
    if (termPositions(r, verb).some((p) => deniedAsSubject(tokens, p))) return true;
    if (byDictionary && (r !== ranked[0] || r.entry.annotation.dates.length > 0)) return false;
    return termPositions(r, verb).some(
      (p) => negatedAt(tokens, p) && (!byDictionary || PAST_VERB.test((tokens[p] as Token).norm)),
    );
  });
}

/** A verb in the past: "поступил", "состоялась", "signed". */
const PAST_VERB = /(л|ла|ло|ли|лся|лась|лось|лись|ed)$/;

/**
 * What a yes/no question asks holds: "Остаётся ли Беларусь …?" the verb before "ли"; "Был ли обмен …?"
 * the first word after a copula's "ли"; "Did the boundary commission set a date …?" the verb, the first
 * word after the auxiliary that an object, a preposition or a name follows (the subject's words are
 * followed by more of the subject or by the verb); "Has the price been published?" the word after "been".
 */
export function askedPredicate(q: AnalyzedQuestion, unknownToo = false): QuestionTerm | undefined {
  const plain = (t: QuestionTerm | undefined) => (t && (unknownToo || !t.unknown) && !t.name ? t : undefined);
  const termAt = (k: number) => q.terms.find((t) => t.position === k);
  const li = q.tokens.findIndex((t) => t.norm === 'ли');
  if (li > 0) {
    if (!COPULA_BEFORE_LI.test(q.tokens[li - 1]?.norm ?? '')) return plain(termAt(li - 1));
    for (let k = li + 1; k < Math.min(q.tokens.length, li + 5); k++) {
      const term = plain(termAt(k));
      if (term) return term;
    }
    return undefined;
  }
  const aux = q.tokens.findIndex((t) => ENGLISH_AUXILIARY.test(t.norm));
  if (aux < 0) return passivePredicate(q, termAt, unknownToo);
  // "Have freight services begun?": a perfect asks its participle, wherever the subject ends.
  if (/^(has|have|had)$/.test(q.tokens[aux]?.norm ?? '')) {
    const participle = q.tokens.findIndex((t, k) => k > aux && t.norm !== 'been' && PARTICIPLE.test(t.norm));
    const term = participle > 0 ? plain(termAt(participle)) : undefined;
    if (term) return term;
  }
  const been = q.tokens.findIndex((t, k) => k > aux && t.norm === 'been');
  const from = been > 0 ? been + 1 : aux + 1;
  // "did the deputy mayor for transport propose": a subject opened by an article runs through its titles.
  const subjectIsPhrase = DETERMINER.test(q.tokens[from]?.norm ?? '');
  for (let k = from; k < Math.min(q.tokens.length, from + 8); k++) {
    const term = termAt(k);
    // Names ("the White House") and adverbs ("officially") are no predicate.
    if (!term || term.name || q.tokens[k]?.capitalized || /ly$/.test(q.tokens[k]?.norm ?? '')) continue;
    if (been > 0) return plain(term);
    // "When did the trawler Nordvik Star arrive?": a word after an article is a noun, whatever follows it.
    if (DETERMINER.test(q.tokens[k - 1]?.norm ?? '')) continue;
    const next = q.tokens[k + 1];
    // "Did Kenya end up paying …?", "Did they manage to sign …?": the verb after is the act asked.
    if (next && LEADS_TO_VERB.test(`${q.tokens[k]?.norm} ${next.norm}`)) {
      k++;
      continue;
    }
    // "When did the wire supplier Nitrotec file …?": a title before a name is the name's, no verb.
    if (next?.capitalized && term.features.some((f) => f.startsWith('c:role_'))) continue;
    // "When did the deputy mayor for transport propose …?": a title before "for" or "of" is a noun (a title
    // before its object, "head the talks", may be the verb).
    if (subjectIsPhrase && next && !DETERMINER.test(next.norm) && term.features.some((f) => f.startsWith('c:role_')))
      continue;
    if (!next || next.capitalized || /^\d/.test(next.norm) || AFTER_VERB.test(next.norm)) return plain(term);
    // "… visit the detained driver": a word before its object's article is the verb.
    if (DETERMINER.test(next.norm)) return plain(term);
  }
  return undefined;
}

/** Words that open a noun phrase: a word after one is a noun, and a verb's object starts with one. */
const DETERMINERS = 'the|a|an|its|his|her|their|this|that|these|those';
const DETERMINER = new RegExp(`^(${DETERMINERS})$`, 'u');

/** A participle: what a passive question asks was done ("charged", "held", "given"). */
const PARTICIPLE =
  /^(\p{L}{2,}(ed|en)|held|met|sent|made|built|cut|set|put|hit|shot|kept|left|paid|sold|told|won|lost|let|brought|bought|caught|sought|fought|found|led|fled|struck|done|seen|shown|drawn|spoken|stolen|thrown|grown|flown|begun|run|come|become|gone)$/u;

/**
 * "Was the engineer detained in Assosa ever charged?", "Were the sanctions lifted in May?": after
 * "was" / "were" the last participle is what is asked; one before it describes the subject.
 */
function passivePredicate(
  q: AnalyzedQuestion,
  termAt: (k: number) => QuestionTerm | undefined,
  unknownToo: boolean,
): QuestionTerm | undefined {
  const be = q.tokens.findIndex((t) => /^(was|were|is|are)$/.test(t.norm));
  if (be < 0) return undefined;
  // "Were trains halted while the crossings were closed?": a clause after "while" only dates the asked act.
  const clause = q.tokens.findIndex((t, k) => k > be && SUBORDINATOR.test(t.norm));
  // The last participle of the main clause, else of the clause ("Was the crossing open when the trucks
  // were turned back?"); one that no document writes is said by none, unless the caller asks for it.
  // "let go", "set free": a participle that is no term of its own is asked by the word after it.
  const termOf = (k: number) => termAt(k) ?? termAt(k + 1);
  const isParticiple = (k: number) => {
    const term = termOf(k);
    return term !== undefined && !term.name && PARTICIPLE.test(q.tokens[k]?.norm ?? '');
  };
  const last = (from: number, to: number) => {
    for (let k = to - 1; k > from; k--) if (isParticiple(k)) return k;
    return -1;
  };
  const end = clause > 0 ? clause : q.tokens.length;
  const inMain = last(be, end);
  const at = inMain >= 0 ? inMain : last(end - 1, q.tokens.length);
  const term = at >= 0 ? termOf(at) : undefined;
  return term && (unknownToo || !term.unknown) ? term : undefined;
}

/**
 * A word that opens a subordinate clause (not "after" or "before", which also head a noun): what it says
 * frames the question, it is not what is asked.
 */
const SUBORDINATOR = /^(when|while|because|although|though|whereas)$/;
/** Before "ли", a copula or a verb of managing ("Успел ли Кештов убрать …?"): the asked act follows. */
const COPULA_BEFORE_LI =
  /^(был|была|было|были|есть|будет|будут|успел|успела|успели|удалось|смог|смогла|смогли|сумел|сумела|сумели)$/;
const ENGLISH_AUXILIARY = /^(did|does|do|has|have|had|will|would|can|could)$/;
/**
 * Verbs that lead to the act asked, which follows them: "end up paying", "managed to sign", "go on strike"
 * ("come to" and "get to" are not: "come to an agreement", "get to Kabul" name the act or the place).
 */
const LEADS_TO_VERB = /^(end|ended|wind|wound) up$|^(manage|managed) to$|^(go|went) on$/;
/** What follows a verb rather than a subject's word: its object's determiner, a preposition, a particle. */
const AFTER_VERB = new RegExp(`^(${DETERMINERS}|any|to|for|in|on|at|with|from|out|back|up|off|into|of|about|by|over)$`);

/** A word that says the event after it did not happen: "несостоявшийся визит", "the cancelled summit". */
const UNDONE_BEFORE =
  /^(несостоявш\p{L}*|сорванн\p{L}*|отменённ\p{L}*|отмененн\p{L}*|cancell?ed|aborted|called-off)$/iu;
/** How many words before the event such a word may stand ("несостоявшийся визит еврокомиссара"). */
const UNDONE_REACH = 2;

/** Whether the sentence calls one of the question's words an event that did not happen. */
export function tellsUndone(r: RankedSentence): boolean {
  const { tokens } = r.entry;
  return r.matches.some(
    (m) =>
      !m.term.name &&
      m.positions.some((p) => tokens.slice(Math.max(0, p - UNDONE_REACH), p).some((t) => UNDONE_BEFORE.test(t.norm))),
  );
}
