/** The yes/no composer, a date with it when asked "and when?". */
import type { AnalyzedQuestion } from '../analyze.ts';
import { asksInterviewee } from '../interview-answers.ts';
import { type RankedSentence, termPositions } from '../retrieve.ts';
import { TUNING } from '../tuning.ts';
import { composeDate, POSTPONED } from './date.ts';
import { askedPredicate, denies, deniesAsked, negates } from './negation.ts';
import { type AnswerValue, answered, corroborating, type TypedAnswer } from './shared.ts';

export function composeYesNo(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  // A sentence that says the asked predicate (or denies it) answers before one that only names the rest.
  const predicate = askedPredicate(q);
  // "gave the authority seven days to pay" says a demand, not a payment: an infinitive after "to" is none.
  const says = (r: RankedSentence) =>
    r.matches.some((m) => m.term === predicate && m.positions.some((p) => r.entry.tokens[p - 1]?.norm !== 'to'));
  // "Did they sign it in September?" and a sentence says the signing was put off (a word of putting off
  // within six words of the asked one): no.
  const putsOff = (r: RankedSentence) => {
    const at = predicate ? termPositions(r, predicate) : [];
    return r.entry.tokens.some((t, k) => POSTPONED.test(t.norm) && at.some((p) => Math.abs(p - k) <= 6));
  };
  const first = ranked[0] as RankedSentence;
  const top =
    predicate && !says(first)
      ? (ranked.slice(0, 8).find((r) => says(r) && r.score >= TUNING.predicateShare * first.score) ?? first)
      : first;
  // A sentence nearly as good that denies it outweighs one that does not: news says what did not happen.
  const denial = negates(q.text)
    ? undefined
    : ranked.slice(0, 4).find((r) => r.score >= TUNING.denialShare * top.score && (denies(r) || putsOff(r)));
  // "Did the trial open on 24 August as planned?" and the best sentence is the plan itself ("is due to
  // open on August 24"): a plan tells nothing of what came of it. A sentence further down that puts it
  // off or denies it says no; none, and the documents do not say.
  const planOnly = !denial && ON_TIME_ASKED.test(q.text) && PLAN.test(top.entry.sentence.text);
  const putOffLater = planOnly
    ? ranked
        .slice(0, TUNING.planOutcomeDepth)
        .find(
          (r) =>
            r !== top &&
            (denies(r) || putsOff(r) || (r.dateFit === 'exact' && r.entry.tokens.some((t) => POSTPONED.test(t.norm)))),
        )
    : undefined;
  // "— Вопрос: Писали, что сгорела лиственница. — Ответ: Нет, это неправда.": the one asked says no (or yes).
  const reply = ranked
    .slice(0, TUNING.interviewQuestionDepth)
    .filter((r) => r.score >= TUNING.predicateShare * first.score)
    .map((r) => replyTo(r, ranked))
    .find((x) => x !== undefined);
  const best = denial ?? putOffLater ?? reply?.r ?? top;
  // "Was X lifted in September?" answered by a sentence that dates it otherwise: no, not then.
  const otherDate = q.dates.length > 0 && best.dateFit === 'conflict';
  const deniesAnswer = deniesAsked(best);
  // "Have freight services begun?" answered by "services are promised from January": not yet. (A sentence
  // that says the asked act itself, "expected since spring, began on 5 May", tells that it happened.)
  const expected =
    !negates(q.text) &&
    !FUTURE_ASKED.test(q.text) &&
    predicate !== undefined &&
    !says(best) &&
    EXPECTED.test(best.entry.sentence.text);
  // "Was the first train run on the promised date?" and the sentence puts the run off: no.
  const lateForPlan =
    (ON_TIME_ASKED.test(q.text) && best.entry.tokens.some((t) => POSTPONED.test(t.norm))) || putOffLater !== undefined;
  // "Удалось ли компании добиться отмены предписания?" and the best sentence says the appeal was rejected: no.
  const turnedDown = SUCCESS_ASKED.test(q.text) && !REJECTED.test(q.text) && REJECTED.test(best.entry.sentence.text);
  // "Все ли помилованные вернулись?" and the sentence says "трое вернулись, двое остались": not all.
  const partOnly =
    ALL_ASKED.test(q.text) && PART_ONLY.test(best.entry.sentence.text) && !ALL_SAID.test(best.entry.sentence.text);
  const negated =
    (reply?.no && best === reply.r) ||
    (deniesAnswer && !negates(q.text)) ||
    otherDate ||
    (best === denial && putsOff(best)) ||
    expected ||
    lateForPlan ||
    turnedDown ||
    partOnly;
  // "Has Varnel named an ambassador?" and the best evidence never says the naming: a yes would be a
  // guess, and a no too; the answer says the documents do not say so and shows what they come closest to.
  // A predicate no document writes at all ("appointed" where they only say "headed") is said by none.
  // (An interviewee's "yes" says it, in words of the question or not.)
  const unsaid =
    !negated &&
    !negates(q.text) &&
    best !== reply?.r &&
    (planOnly || (predicate ? !says(best) : askedPredicate(q, true)?.unknown === true));
  const values: AnswerValue[] = [{ kind: negated ? 'no' : unsaid ? 'unstated' : 'yes', text: '', from: best }];
  // "Was he released, and when?": a yes comes with the date, read as a when-question would be.
  if (
    !negated &&
    !unsaid &&
    /(?<![\p{L}])(and when|if so,? when|и когда|когда именно|если да,? (то )?когда)(?![\p{L}])/iu.test(q.text)
  ) {
    const when = composeDate({ ...q, type: 'date' }, ranked);
    const date = when.answered ? when.values[0] : undefined;
    if (date) return answered(q, [...values, date], [date.from, best, ...corroborating(ranked, best)]);
  }
  const quotes = [best, ...corroborating(ranked, best)];
  // A yes or a no is told with when it came to be: a dated sentence nearly as strong joins the quotes
  // when none of them gives a day.
  const dated = (r: RankedSentence) => r.entry.annotation.dates.some((m) => m.date.precision === 'day');
  if (!quotes.some(dated)) {
    const floor = TUNING.yesNoDatedShare * best.score;
    const more = ranked
      .slice(0, TUNING.yesNoDatedDepth)
      .find((r) => !quotes.includes(r) && r.score >= floor && dated(r));
    if (more) quotes.push(more);
  }
  // "Открылся ли участок 12 мая, как объявили?" No, and the sentence telling when it did open joins the quotes.
  if (negated && predicate) {
    const floor = TUNING.yesNoOutcomeShare * best.score;
    const done = ranked.slice(0, TUNING.yesNoOutcomeDepth).find(
      (r) =>
        !quotes.includes(r) &&
        // (Its date is not the asked one, which the ranking holds against it: its share of the question's
        // words counts too.)
        (r.score >= floor || r.coverage >= TUNING.yesNoOutcomeCoverage * best.coverage) &&
        dated(r) &&
        says(r) &&
        !denies(r) &&
        !putsOff(r) &&
        !deniesAsked(r),
    );
    if (done) quotes.push(done);
  }
  return answered(q, values, quotes);
}

/** The interviewee's answer to the interviewer's question `asking`, when it opens with a yes or a no. */
function replyTo(asking: RankedSentence, ranked: RankedSentence[]): { r: RankedSentence; no: boolean } | undefined {
  if (!asksInterviewee(asking.entry.sentence.text)) return undefined;
  const answer = ranked.find((r) => r.entry.n === asking.entry.next);
  const opening = answer ? REPLY_OPENING.exec(answer.entry.sentence.text) : null;
  return answer && opening ? { r: answer, no: /^(нет|no)$/iu.test(opening[1] as string) } : undefined;
}
/** An answer's first word after its label: "— Ответ: Нет, это неправда", "A: Yes, we did". */
const REPLY_OPENING = /^[\s—–-]*(?:(?:ответ|a|answer)\s*:\s*)?(да|нет|yes|no)(?![\p{L}])/iu;

/**
 * Asked whether something happened when it was meant to: "on time", "as planned", "by the original
 * deadline", "в обещанный срок", "к первоначальному сроку".
 */
const ON_TIME_ASKED =
  /(?<![\p{L}])(on time|on schedule|as planned|as scheduled|as promised|in time|on the (promised|planned|scheduled|set|original|initial) (date|day)|by the (original |initial |planned |set |promised )?(deadline|date|due date)|(к|в) (первоначальн\p{L}*|изначальн\p{L}*|намеченн\p{L}*|назначенн\p{L}*|установленн\p{L}*|обещанн\p{L}*) (срок\p{L}*|дат\p{L}*)|к сроку|в срок|вовремя|в (обещанный|намеченный|назначенный|установленный|запланированный) (срок|день)|по плану|по графику|как (планировалось|обещали|обещано))(?![\p{L}])/iu;

/** Words that put an event in the future: planned, promised, expected. */
const EXPECTED =
  /(?<![\p{L}])(expected to|is due to|are due to|will|scheduled to|planned to|обеща\p{L}*|ожида\p{L}*|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|должн\p{L}* (начаться|начать|открыться|заработать|состояться))(?![\p{L}])/iu;
/** A plan's words: what is set, due or scheduled has not happened yet in the sentence that says so. */
const PLAN = new RegExp(`${EXPECTED.source}|(?<![\\p{L}])(set (to|for)|назначен\\p{L}*|должен был)(?![\\p{L}])`, 'iu');

/** A question about the future: a plan is then no "no". */
const FUTURE_ASKED =
  /(?<![\p{L}])(will|is (it |he |she |they )?(going|due|expected|planned|scheduled)|are (going|due|expected|planned|scheduled)|будет|будут|станет|планиру\p{L}*|ожида\p{L}*|намечен\p{L}*|должн\p{L}*)(?![\p{L}])/iu;

/** A question asking whether someone got what they sought: an appeal won, a ban overturned. */
const SUCCESS_ASKED =
  /(?<![\p{L}])(удалось|удастся|добил\p{L}*|добиться|добьётся|succeed\p{L}*|manage[ds]?|win|won|overturn\p{L}*)(?![\p{L}])/iu;
/** What was sought turned down: an appeal rejected, a request refused. */
const REJECTED =
  /(?<![\p{L}])(отклонил\p{L}*|отклонен\p{L}*|отклонён\p{L}*|отказал\p{L}*|отказано|отверг\p{L}*|rejected|dismissed|turned down|refused|denied|threw out)(?![\p{L}])/iu;
/** A question whether all of them did it: "were all …", «все ли …». */
const ALL_ASKED = /(?<![\p{L}])(все ли|всех ли|всё ли|were all|are all|have all|had all|did all|all of)(?![\p{L}])/iu;
/** Only some of them: "two of the three", «двум из трёх», "four others still held", «двое остались». */
const PART_ONLY =
  /(?<![\p{L}])(из (них|\d+|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)|of (the |its |their )?(\d+|two|three|four|five|six|seven|eight|nine|ten)|остал\p{L}*|остальн\p{L}*|still held|still detained|the rest|others)(?![\p{L}])/iu;
/** All of them said done: "all 118 markers", «все 118». */
const ALL_SAID = /(?<![\p{L}])(all|все|всех)\s+\d/iu;
