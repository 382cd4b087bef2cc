/**
 * "Квоты на 2028 год пока не обсуждались", "the rules for the crossing had not yet been agreed": the
 * best source says the asked thing is not decided yet. Then nothing the documents give elsewhere is it.
 */
import type { QuestionTerm } from './analyze.ts';
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

/** Where one clause of a sentence ends and another begins: a semicolon or a colon. */
const CLAUSE_BREAK = /[;:]/u;

/**
 * «Решение об отзыве лицензии не принято», «решение о её возобновлении или отзыве министерство пока не
 * приняло», "no decision on revoking the licence has been taken": an act not decided, so not done. It
 * keeps a date from a "when" question; asked what was decided, the decision it leaves open is not the answer.
 */
const ACT_UNDECIDED = new RegExp(
  [
    String.raw`решени\p{L}* (о|об|по)\s+(\S+\s+){0,7}?(пока |ещё |еще )?не (принят\p{L}*|принимал\p{L}*|принял\p{L}*)`,
    String.raw`no decision (on|about|over|whether)\s+(\S+\s+){0,6}?(has|had) (yet )?been (taken|made)`,
    '(has|have|had) (not (yet )?|yet to )decided? (whether|on)',
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
export function undecidedAmong(
  question: string,
  ranked: readonly RankedSentence[],
  datedAct?: QuestionTerm,
): RankedSentence | undefined {
  const best = ranked[0];
  if (!best || negates(question) || OPEN_ASKED.test(question)) return undefined;
  // A figure other than a year: a sentence that gives one decides something, whatever it leaves open.
  // (Of the clause that says so: "the suspension ran out on 2 October; no decision on revoking it has been taken".)
  const undecided = (r: RankedSentence) => {
    let at = 0;
    return r.entry.sentence.text.split(CLAUSE_BREAK).some((clause) => {
      const start = at;
      at += clause.length + 1;
      if (/\d/u.test(clause.replace(YEAR, ''))) return false;
      if (UNDECIDED.test(clause)) return true;
      // The act left open is the one asked: a suspension asked is not undone by an open revocation.
      if (!datedAct) return false;
      const open = ACT_UNDECIDED.exec(clause);
      return open !== null && saidBetween(r, datedAct, start + open.index, start + open.index + open[0].length);
    });
  };
  return ranked
    .slice(0, TUNING.undecidedDepth)
    .find((r) => r.score >= TUNING.undecidedShare * best.score && undecided(r));
}

/** Whether the sentence says the term at a word within characters [from, to) of its text. */
function saidBetween(r: RankedSentence, term: QuestionTerm, from: number, to: number): boolean {
  const { tokens } = r.entry;
  return r.matches.some(
    (m) =>
      m.term === term && m.positions.some((p) => (tokens[p]?.start ?? -1) >= from && (tokens[p]?.start ?? to) < to),
  );
}

/** A question about what is still open: "remain", "unresolved", «остаются», «нерешённые». */
const OPEN_ASKED =
  /(?<![\p{L}])(remain\p{L}*|unresolved|outstanding|open|pending|still|yet|остал\p{L}*|оста[её]т\p{L}*|нерешённ\p{L}*|нерешенн\p{L}*|открыт\p{L}*|пока|ещё|еще)(?![\p{L}])/iu;
