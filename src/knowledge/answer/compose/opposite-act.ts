/**
 * Acts that undo one another: stopping and resuming, detaining and releasing, putting up and taking down,
 * imposing and lifting, refusing and allowing. "When did crude flow again?" is not answered by the day the
 * flow was halted, nor "when were the posts dismantled?" by the day they went up.
 */
import type { AnalyzedQuestion } from '../analyze.ts';
import type { RankedSentence } from '../retrieve.ts';
import { askedAct } from './asked-act.ts';

/** Each pair: the concepts of one act, then those of the act that undoes it. */
const PAIRS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = (
  [
    [
      [
        'gen_stop',
        'gen_suspend',
        'gen_close',
        'trn_border_closure',
        'trn_road_closure',
        'trn_traffic_suspended',
        'dip_suspend_talks',
        'dip_close_embassy',
        'nrg_supply_cut',
      ],
      [
        'gen_resume',
        'gen_open',
        'gen_restore',
        'phr_open_up',
        'nrg_supply_resume',
        'nrg_power_restored',
        'dip_resume_talks',
        'dip_open_embassy',
        'trn_border_opening',
        'trn_flight_resumption',
        'trn_rail_service_resumption',
      ],
    ],
    [
      ['jus_arrest', 'phr_detained'],
      ['jus_release', 'jus_release_from_custody', 'jus_release_from_prison'],
    ],
    [['act_install'], ['act_remove', 'phr_tear_down']],
    // The day a contract was signed is no day it was terminated.
    [['dip_sign', 'gen_sign'], ['dip_withdraw_agreement']],
    [
      ['eco_impose', 'phr_impose_ban'],
      ['eco_lift', 'phr_lift_ban'],
    ],
    // A court that authorised an extradition did not refuse it: the day of one is no day of the other.
    [
      ['gen_refuse', 'gen_reject', 'phr_turn_down'],
      ['gen_approve', 'gen_allow', 'rep_authorize'],
    ],
  ] as const
).map(([a, b]) => [a.map((c) => `c:${c}`), b.map((c) => `c:${c}`)] as const);

/** "again", "снова": a verb of starting asks the act's resumption ("start flowing again"). */
const AGAIN = /(?<![\p{L}])(again|снова|вновь|опять)(?![\p{L}])/iu;
const STARTING = 'c:gen_begin';

/** One side of a pair: the concepts of an act and those of its undoing. */
interface ActSide {
  own: readonly string[];
  undoing: readonly string[];
}

/** The side of a pair the question's act is on, when it names one side only. */
export function askedActSide(q: AnalyzedQuestion): ActSide | undefined {
  // The act asked, not one the question dates it by ("again after the June shutdown").
  const features = new Set(askedAct(q)?.features ?? []);
  const sides: ActSide[] = [];
  for (const [a, b] of PAIRS) {
    const saysA = a.some((f) => features.has(f));
    const saysB = b.some((f) => features.has(f));
    if (saysA !== saysB) sides.push(saysA ? { own: a, undoing: b } : { own: b, undoing: a });
  }
  // "When did crude begin moving again?": the starting again is a resumption.
  if (sides.length === 0 && q.terms.some((t) => t.features.includes(STARTING)) && AGAIN.test(q.text)) {
    const [stopping, resuming] = PAIRS[0] as readonly [readonly string[], readonly string[]];
    sides.push({ own: resuming, undoing: stopping });
  }
  return sides.length === 1 ? sides[0] : undefined;
}

/** Whether the sentence tells of the undoing of the asked act and not of the act itself. */
export function saysOnlyUndoing(side: ActSide, r: RankedSentence): boolean {
  const has = (f: string) => r.entry.features.has(f);
  return side.undoing.some(has) && !side.own.some(has);
}

/** Whether the sentence tells of the asked act. */
export function saysOwnAct(side: ActSide, r: RankedSentence): boolean {
  return side.own.some((f) => r.entry.features.has(f));
}
