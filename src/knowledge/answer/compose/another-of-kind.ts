/**
 * "the trawler Marlow Bay", "танкер Aster Dawn": a question naming a thing by its class word. A sentence
 * naming another thing right after that class word ("the trawler Lorin Star", "танкер Coral Meridian")
 * and not the asked one tells of that other thing: its captain, its date, are not the asked one's.
 */
import { type AnalyzedQuestion, isPlaceTerm, type QuestionTerm } from '../analyze.ts';
import { isPersonLike, nameCandidates } from '../candidates.ts';
import { type RankedSentence, termPositions } from '../retrieve.ts';

/** A name of the question and the class word before it ("trawler" of "the trawler Marlow Bay"). */
export interface NamedKind {
  name: QuestionTerm;
  classWord: QuestionTerm;
}

export function namedKinds(q: AnalyzedQuestion): NamedKind[] {
  const names = q.terms.filter((t) => t.name && !isPlaceTerm(t) && !t.unknown);
  return names.flatMap((name) => {
    // Between them only an article or the name's other words ("компанией Kivu Lakeside"): a preposition
    // says where, not what kind ("сошедшего с рельсов у Речане" names no rail).
    const classWord = q.terms.find(
      (o) =>
        !o.name &&
        o.position < name.position &&
        o.position >= name.position - 2 &&
        q.tokens
          .slice(o.position + 1, name.position)
          .every((w, k) => ARTICLE.test(w.norm) || names.some((n) => n.position === o.position + 1 + k)),
    );
    return classWord ? [{ name, classWord }] : [];
  });
}

/** An article, which may stand between a class word and its name ("the trawler the Lorin Star"). */
const ARTICLE = /^(the|a|an)$/;

/** How many words after its class word another thing's name may begin: "the trawler, the Lorin Star". */
const CLASS_REACH = 3;

/**
 * Whether the sentence names another thing of an asked kind, and not the asked one; `except` is a name
 * the caller weighs itself (the candidate answer).
 */
export function speaksOfAnotherOfKind(
  q: AnalyzedQuestion,
  kinds: readonly NamedKind[],
  r: RankedSentence,
  except?: string,
): boolean {
  const others = kinds.filter(({ name }) => !r.matches.some((m) => m.term === name));
  if (others.length === 0) return false;
  return nameCandidates(q, r).some(
    (c) =>
      c.kind === 'name' &&
      c.text !== except &&
      !isPersonLike(c, r) &&
      others.some(({ classWord }) => termPositions(r, classWord).some((p) => c.from > p && c.from <= p + CLASS_REACH)),
  );
}
