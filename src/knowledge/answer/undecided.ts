/**
 * "Квоты на 2028 год пока не обсуждались", "the rules for the crossing had not yet been agreed": the
 * best source says the asked thing is not decided yet. Then nothing the documents give elsewhere is it.
 */
import { negates } from './compose/negation.ts';
import type { RankedSentence } from './retrieve.ts';
import { TUNING } from './tuning.ts';

const UNDECIDED = new RegExp(
  [
    '(has|have|had) not (yet )?been (discussed|decided|agreed|determined|settled|finali[sz]ed|approved)',
    '(is|are|was|were) (still )?(yet )?to be (discussed|decided|agreed|determined|settled|finali[sz]ed|approved)',
    'no decision (has|had) (yet )?been (taken|made)',
    String.raw`(пока|ещё|еще) не (обсуждал\p{L}*|обсужда\p{L}*|решен\p{L}*|решён\p{L}*|согласован\p{L}*|определен\p{L}*|определён\p{L}*|утвержден\p{L}*|утверждён\p{L}*)`,
    String.raw`решени\p{L}* (пока |ещё |еще )?не (принят\p{L}*|принимал\p{L}*)`,
    // "Сроки рассмотрения апелляции пока не известны", "the timing is not yet known".
    String.raw`(пока|ещё|еще) не известн\p{L}*|(пока|ещё|еще) неизвестн\p{L}*|(is|are|was|were) not (yet )?known|not known yet`,
  ].join('|'),
  'iu',
);

/** A year, which a sentence may name of what it leaves open ("квоты на 2028 год"). */
const YEAR = /(?<!\d)\d{4}(?!\d)/gu;

/**
 * One of the best sentences, nearly as strong as the best, says the asked thing is not decided or not
 * known yet, and gives no figure of its own; a question about what is still open ("which issues remain
 * unresolved?") is answered by it instead.
 */
export function undecidedAmong(question: string, ranked: readonly RankedSentence[]): RankedSentence | undefined {
  const best = ranked[0];
  if (!best || negates(question) || OPEN_ASKED.test(question)) return undefined;
  // A figure other than a year: a sentence that gives one decides something, whatever it leaves open.
  const undecided = (r: RankedSentence) => {
    const text = r.entry.sentence.text;
    return UNDECIDED.test(text) && !/\d/u.test(text.replace(YEAR, ''));
  };
  return ranked
    .slice(0, TUNING.undecidedDepth)
    .find((r) => r.score >= TUNING.undecidedShare * best.score && undecided(r));
}

/** A question about what is still open: "remain", "unresolved", «остаются», «нерешённые». */
const OPEN_ASKED =
  /(?<![\p{L}])(remain\p{L}*|unresolved|outstanding|open|pending|still|yet|остал\p{L}*|оста[её]т\p{L}*|нерешённ\p{L}*|нерешенн\p{L}*|открыт\p{L}*|пока|ещё|еще)(?![\p{L}])/iu;
