/** The act a "when" or "who" question asks about, and whether a sentence says it in words of its own. */
import { partOfSpeech } from '../../text/morphology.ts';
import { type AnalyzedQuestion, capitalizedInside, type QuestionTerm } from '../analyze.ts';
import type { RankedSentence } from '../retrieve.ts';
import { askedPredicate } from './negation.ts';

/** A meeting, talks or a call: an event of two parties at once. */
export const JOINT_EVENT = /^c:(dip_meeting|gen_meet|dip_talks|dip_phone_call|dip_conversation)$/;

/**
 * The question's act: the verb after its auxiliary ("When was the decree signed?"), else its own verb
 * as the dictionary knows it ("Когда подписали указ?", which has no auxiliary to find it by). A verb of
 * meeting or talking is none: a meeting is told by many words ("was received by", "held talks"), and
 * the parties' names find it better.
 */
export function askedAct(q: AnalyzedQuestion): QuestionTerm | undefined {
  return questionVerb(q, (t) => !t.features.some((f) => JOINT_EVENT.test(f)));
}

/** The question's verb: its predicate, else its first verb the dictionary knows that `also` keeps (a meeting's too by default). */
export function questionVerb(
  q: AnalyzedQuestion,
  also: (t: QuestionTerm) => boolean = () => true,
): QuestionTerm | undefined {
  // A predicate no document uses ("take down") still says its act by the concept the dictionary gives it.
  const predicate = askedPredicate(q, true);
  const known = predicate && (!predicate.unknown || predicate.features.some((f) => f.startsWith('c:')));
  return (
    (known ? predicate : undefined) ??
    q.terms.find((t) => !t.name && !t.unknown && partOfSpeech(q.tokens[t.position]?.norm ?? '') === 'VERB' && also(t))
  );
}

/**
 * Acts one person undergoes or does in their own name: detained, charged, convicted, freed, extradited,
 * resigned, dismissed. Told of a named person, they are told with the name (or the sentence is of another).
 */
const PERSONAL_ACTS: ReadonlySet<string> = new Set(
  [
    'jus_arrest',
    'jus_house_arrest',
    'jus_detention',
    'jus_bail',
    'jus_release',
    'jus_release_from_custody',
    'jus_release_from_prison',
    'jus_released_list',
    'jus_early_release',
    'jus_pardon',
    'jus_amnesty',
    'jus_deportation',
    'jus_extradition',
    'jus_verdict',
    'jus_sentence',
    'jus_conviction',
    'jus_acquittal',
    'jus_charges',
    'pol_resignation',
    'dip_resignation',
    'pol_dismissal',
    'phr_step_down',
    'phr_freed',
    'phr_detained',
    'phr_press_charges',
    'phr_on_bail',
    'phr_house_arrest',
    'phr_bail_out',
    'phr_drop_charges',
  ].map((c) => `c:${c}`),
);

/** Whether the act is one a person undergoes or does in their own name (a known verb, not a guess). */
export function isPersonalAct(act: QuestionTerm): boolean {
  return !act.unknown && act.features.some((f) => PERSONAL_ACTS.has(f));
}

/**
 * Whether the sentence says the act at a word of its own: a word another term of the question stands
 * for is not the act's ("подписали указ" is a phrase of decrees too, and "по указу" says no signing).
 */
export function saysAct(act: QuestionTerm, r: RankedSentence): boolean {
  // A term of one phrase with the act ("hold" and "talks" of "hold talks") says it with the act, not instead.
  const ownPhrase = (t: QuestionTerm) => t.features.some((f) => f.startsWith('c:phr_') && act.features.includes(f));
  // A capitalised word inside the question is a name's ("the Free Varnel movement"): it says no act, though
  // a vocabulary word ("free") matches the act's word in the sentence.
  const others = new Set(
    r.matches
      .filter((m) => m.term !== act && !ownPhrase(m.term) && !capitalizedInside(m.term))
      .flatMap((m) => m.positions),
  );
  return r.matches.some((m) => m.term === act && m.positions.some((p) => !others.has(p)));
}
