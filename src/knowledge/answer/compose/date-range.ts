/**
 * "From 17 February to 6 April the crossing was closed", "с 17 февраля по 6 апреля": a span of days
 * whose first date is when the state began (the closing) and whose last is when it ended (the
 * reopening). Asked when something was shut, the span's end is the other act's date, and the reverse.
 */
import type { QuestionTerm } from '../analyze.ts';
import type { Candidate } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { mentionStart } from './shared.ts';

/** Acts that begin a state: closing, suspending, banning, blocking, detaining, cutting off. */
const BEGINNING_ACT =
  /^c:(gen_(close|begin|suspend|stop)|eco_(ban|impose|embargo)|pol_ban|act_block|jus_detention|nrg_supply_cut|trn_(blockade|road_closure|flight_suspension|transit_ban)|phr_(cut_off|put_on_hold|impose_ban)|dip_suspend_\w+)$/;

/** Acts that end one: opening again, resuming, lifting, releasing, ending. */
const ENDING_ACT =
  /^c:(gen_(open|resume|end)|eco_(lift|unfreeze)|phr_(lift_ban|open_up)|jus_release|trn_(border_opening|flight_resumption|rail_service_resumption)|dip_(resume_talks|unblocking)|nrg_supply_resume)$/;

/** A span's first date begins with "from" / "с" / "between" (in the mention or right before it). */
const FROM_WORD = /^(from|between|с|со)\s/iu;
const FROM_BEFORE = /(?:^|[\s(])(from|between|с|со)\s*$/iu;
/** …and its last follows it after "to" / "по" / "до" / a dash. */
const TO_AFTER = /^\s*(to|until|till|through|and|по|до|[-–—])\s*(\d|\p{L}+\.?\s+\d)/iu;
/** Words that end a stretch at the date after them: "until Saturday", «до 14 февраля». */
const UNTIL_WORDS = 'until|till|по|до';
const TO_WORD = new RegExp(`^(to|through|${UNTIL_WORDS})\\s`, 'iu');
const UNTIL_BEFORE = new RegExp(`(?<![\\p{L}])(through|${UNTIL_WORDS})\\s*$`, 'iu');
const UNTIL_WORD = new RegExp(`^(${UNTIL_WORDS})\\s`, 'iu');
const TO_BEFORE = /(?:^|\s)(to|until|till|through|and|по|до|[-–—])\s*$/iu;
/** Before the last date, its first: "from 17 February to", "с 17 февраля по". */
const SPAN_BEFORE =
  /(?:^|[\s(])(from|between|с|со)\s+[\p{L}\d.,' ]{1,32}?\s*(to|until|till|through|and|по|до|[-–—])?\s*$/iu;

type SpanSide = 'first' | 'last';

export function otherSide(side: SpanSide): SpanSide {
  return side === 'first' ? 'last' : 'first';
}

/** Whether the candidate is the first or the last date of a span the sentence gives, if it is either. */
export function spanSide(c: Candidate, r: RankedSentence): SpanSide | undefined {
  const text = r.entry.sentence.text;
  const start = c.start ?? mentionStart(r, c);
  const end = c.end ?? start + c.text.length;
  const before = text.slice(Math.max(0, start - 48), start);
  if ((FROM_WORD.test(c.text) || FROM_BEFORE.test(before)) && TO_AFTER.test(text.slice(end, end + 40))) return 'first';
  if ((TO_WORD.test(c.text) || TO_BEFORE.test(before)) && SPAN_BEFORE.test(before)) return 'last';
  return undefined;
}

/** A date said as where a stretch ends: "will stay closed at least until Saturday", «до 14 февраля». */
export function saysUntil(c: Candidate, r: RankedSentence): boolean {
  const start = c.start ?? mentionStart(r, c);
  return UNTIL_BEFORE.test(r.entry.sentence.text.slice(Math.max(0, start - 16), start)) || UNTIL_WORD.test(c.text);
}

/** The side of a span the question's act (asked-act.ts) dates: the first for a closing, the last for a reopening. */
export function askedSpanSide(act: QuestionTerm): SpanSide | undefined {
  if (act.features.some((f) => BEGINNING_ACT.test(f))) return 'first';
  if (act.features.some((f) => ENDING_ACT.test(f))) return 'last';
  return undefined;
}
