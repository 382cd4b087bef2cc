/** The person composer: "who ...?", "which judge ...?". */
import { isGivenName } from '../../lexicon/first-names.ts';
import { conceptsOfTokens, isVocabularyWord } from '../../lexicon/vocabulary.ts';
import type { Token } from '../../text/tokens.ts';
import { type AnalyzedQuestion, capitalizedInside, isPlaceTerm, type QuestionTerm } from '../analyze.ts';
import { type Candidate, isPersonLike, LEGAL_FORM, nameCandidates, ORGANISATION_WORD } from '../candidates.ts';
import { RELATION_TITLE } from '../inner-holder.ts';
import type { RankedSentence } from '../retrieve.ts';
import { HEAD_ASKED, saysHeading } from '../sentence-kinds.ts';
import { countryBeside, countryOfAskedPerson, isRoleTerm, placeOfRole, postElsewhere } from '../slot-constraints.ts';
import { TUNING } from '../tuning.ts';
import { namedKinds, speaksOfAnotherOfKind } from './another-of-kind.ts';
import { askedAct, saysAct } from './asked-act.ts';
import { listUnderIntro } from './list.ts';
import { asksMany, sameName, severalOf } from './several.ts';
import {
  type AnswerValue,
  abstained,
  answered,
  bestCandidates,
  corroborating,
  type Scored,
  type TypedAnswer,
  termFoundIn,
  termTold,
} from './shared.ts';
import { holdsAskedTitle, possessiveAfter } from './titles.ts';

/** The titles a question asks and the names beside them whose they are ("Marov's lawyer", «адвокат Марова»). */
interface OwnedTitle {
  roles: readonly string[];
  owners: readonly QuestionTerm[];
}

/** The asked title's owner, if the question names one beside the title. */
function ownedTitle(q: AnalyzedQuestion): OwnedTitle | undefined {
  const titles = q.terms.filter((t) => t.focus && !t.name && t.features.some((f) => f.startsWith('c:role_')));
  const roles = titles.flatMap((t) => t.features.filter((f) => f.startsWith('c:role_')));
  const owners = q.terms.filter(
    (t) =>
      t.name &&
      !isPlaceTerm(t) &&
      titles.some(
        (o) =>
          Math.abs(o.position - t.position) <= OWNER_REACH ||
          (t.position > o.position && t.position - o.position <= TITLED_OWNER_REACH && titledName(q, t)),
      ),
  );
  return owners.length && roles.length ? { roles, owners } : undefined;
}

/**
 * "Who is Ma's lawyer?" and "Адвокат Квона Сим Чжэ Вон", "Kwon's lawyer, Sim Jae-won": the asked title
 * is tied to another person named by it, not to the one the question names.
 */
function roleOfAnother({ roles, owners }: OwnedTitle, c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  const text = r.entry.sentence.text;
  const asked = new Set(r.matches.filter((m) => owners.includes(m.term)).flatMap((m) => m.positions));
  const ownerAt = (p: number): number | undefined => {
    // «адвокат Квона Сим Чжэ Вон»: a capitalised word between the title and the name.
    const after = tokens[p + 1];
    // "Директор ТОО «Береке Фуд»": the firm is named after its legal form.
    if (after && LEGAL_FORM.test(after.norm) && tokens[p + 2]?.capitalized && p + 2 < c.from) return p + 2;
    if (after?.capitalized && /^\s+$/.test(text.slice(tokens[p]?.end ?? 0, after.start))) {
      if (p + 1 < c.from) return p + 1;
      // «Адвокат Линса Фабиу Рейс Кунья» read as one name: its first word, a genitive of no given name, is whose.
      if (p + 1 === c.from && c.to - c.from >= 3 && !isGivenName(after) && /[аяы]$/u.test(after.norm)) return p + 1;
    }
    // "Kwon's lawyer": a possessive right before the title.
    const before = tokens[p - 1];
    if (before?.capitalized && possessiveAfter(text, before.end) && (p - 1 < c.from || p - 1 >= c.to)) return p - 1;
    return undefined;
  };
  for (const f of roles) {
    for (const p of r.entry.features.get(f) ?? []) {
      if (p >= c.from && p < c.to) continue;
      const owner = ownerAt(p);
      if (
        owner !== undefined &&
        !asked.has(owner) &&
        namesNoThing(tokens[owner] as Token) &&
        Math.abs(p - c.from) <= TITLE_REACH
      )
        return true;
    }
  }
  return false;
}

/** Titles of heading an organisation: its head, chief executive, director, chairman, president, commander. */
const HEAD_OF_ORGANISATION =
  /^c:role_(head|ceo|director|executive_director|chairman|board_chairman|president|commander|leader)$/;
/** How far after such a title the organisation's name may stand ("the chief executive of the auditing firm Kastel Audit"). */
const HEADED_REACH = 6;

/**
 * The names after an asked title of heading that say what is headed ("the head of Velmar Invest", "генеральный
 * директор «Орлена»"); no place ("director of the Vilnus-based think tank": a place however misspelt).
 */
function headedOrganisations(q: AnalyzedQuestion): QuestionTerm[] {
  const titles = q.terms.filter((t) => t.focus && !t.name && t.features.some((f) => HEAD_OF_ORGANISATION.test(f)));
  return q.terms.filter(
    (t) =>
      t.name &&
      !isPlaceTerm(t) &&
      !/-based$/i.test(t.raw) &&
      titles.some((o) => t.position > o.position && t.position - o.position <= HEADED_REACH),
  );
}

/** How far from a title of the question the name of its holder's owner stands ("Ilkin Marov's lawyer"). */
const OWNER_REACH = 3;
/** …and a titled owner after it: "the lawyer representing the operations director Ilkin Marov" (5). */
const TITLED_OWNER_REACH = 6;

/** A name right after a title word ("the operations director Ilkin Marov"), its words walked back to it. */
function titledName(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  let k = t.position - 1;
  while (k >= 0 && q.tokens[k]?.capitalized) k--;
  const before = q.tokens[k];
  return before !== undefined && conceptsOfTokens([before]).some((h) => h.concept.startsWith('role_'));
}

/** How far from the name a title may stand to be its title. */
const TITLE_REACH = 6;

/** A word no vocabulary knows, neither a country ("посол Болгарии") nor a court ("судья Окружного суда"). */
function namesNoThing(t: Token): boolean {
  return !isVocabularyWord(t.norm) && conceptsOfTokens([t]).length === 0;
}

/** The word right after the candidate is the question's verb: the candidate is its subject. */
function doesAskedAct(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const verb = (t: QuestionTerm) => !t.name && QUESTION_SUBJECT.test(q.tokens[t.position - 1]?.norm ?? '');
  return termFoundIn(r, verb, c.to, c.to + 1);
}

/**
 * The place right after a name's "of" ("Marta Vendt of Northgate"): one the question names ('asked'),
 * another ('other'), or none.
 */
function placeAfterName(c: Candidate, r: RankedSentence): 'asked' | 'other' | undefined {
  const of = r.entry.tokens[c.to];
  const place = r.entry.tokens[c.to + 1];
  if (!of || !place || !/^(of|from)$/.test(of.norm) || !place.capitalized) return undefined;
  return r.matches.some((m) => m.term.name && m.positions.includes(c.to + 1)) ? 'asked' : 'other';
}

/** The question word that stands for the subject: the verb right after it is what the subject did. */
const QUESTION_SUBJECT = /^(who|кто)$/;

/** "Which journalist ...?": a name right after the asked role ("журналист Тимур Вендт") is one of them. */
function titledByFocus(c: Candidate, r: RankedSentence): boolean {
  return termFoundIn(r, (t) => Boolean(t.focus) && isRoleTerm(t), c.from - 2, c.from);
}

/**
 * "Who confirmed that the foreign minister accepted?": the person the question names by a role
 * ("Foreign Minister Vendt", or "Vendt" whom a document titles so) is its subject, not its answer.
 */
function namedByQuestionRole(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  const tokens = r.entry.tokens;
  // Before the name, a title word counts; another name there ("Vendt meets Kestov") speaks of that one.
  const titles = (p: number) =>
    p >= c.from - 3 && p < c.to && (p >= c.from || isVocabularyWord((tokens[p] as Token).norm));
  // A word of the asked title is no subject: "Which US Secretary *of State* ...?".
  const asked = new Set(
    q.terms.filter((t) => t.focus).flatMap((t) => t.features.filter((f) => f.startsWith('c:role_'))),
  );
  return r.matches.some(
    (m) =>
      !m.term.focus &&
      isRoleTerm(m.term) &&
      !insideOrganisationName(q, m.term) &&
      !m.term.features.some((f) => asked.has(f)) &&
      // Every position of its roles, not only those of the feature it matched by: a title word may match
      // as "envoy" where the name holds the role.
      m.term.features.some((f) => f.startsWith('c:role_') && r.entry.features.get(f)?.some(titles)),
  );
}

/**
 * A title in the plural inside a body's name ("the Lorin Port *Workers'* Union"): its members, nobody's
 * title. (A singular one may be the head's: "the Varnel Police Command", "the Kestov Prosecutor's Office".)
 */
function insideOrganisationName(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  if (!capitalizedInside(t) || !/s'?$/.test(t.raw) || /'s$/.test(t.raw)) return false;
  for (let k = t.position + 1; k < q.tokens.length && (q.tokens[k] as Token).capitalized; k++)
    if (ORGANISATION_WORD.test((q.tokens[k] as Token).norm)) return true;
  return false;
}

export function composePerson(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  const listed = asksMany(q.text) ? listedPeople(q, ranked) : undefined;
  if (listed) return listed;
  const scored = bestCandidates(
    q,
    ranked,
    (r) => nameCandidates(q, r),
    (c, r) =>
      (isPersonLike(c, r) ? 1 : 0.35) *
      (namedByQuestionRole(q, c, r) ? TUNING.questionRoleFactor : 1) *
      (titledByFocus(c, r) ? TUNING.focusTitleFactor : 1),
  );
  // "Who heads the Coast Guard?", "Кто руководит расследованием?": the answer's sentence says who heads
  // or leads something ("who is leading the investigation", "глава расследования", "president of the
  // association"), not only who is there. (Requiring it to name what is headed lost more than it won:
  // a body is often named only in the sentence before or by another word.)
  const headAsked = TUNING.strictSlots && HEAD_ASKED.test(q.text);
  const best = ranked[0];
  const lead = best?.score ?? 0;
  // A sentence just after the best one, in its paragraph, speaks of what it names ("… the Kestov
  // Hauliers' Guild. The association's president, Lorin, said …"): it says who heads that, however few
  // of the question's words it repeats.
  const followsBest = (r: RankedSentence) =>
    best !== undefined &&
    r.entry.source === best.entry.source &&
    r.entry.sentence.paragraph === best.entry.sentence.paragraph &&
    r.entry.n > best.entry.n &&
    r.entry.n <= best.entry.n + TUNING.followingSentences;
  const headsSomething = (r: RankedSentence) =>
    saysHeading(r) && (r.score >= TUNING.eventWordShare * lead || followsBest(r));
  // "Who is the Qatari official …?": not a name the sentence gives another country.
  const country = TUNING.strictSlots ? countryOfAskedPerson(q) : undefined;
  // "Who was the captain of the trawler Marlow Bay?": a sentence naming another trawler ("the trawler
  // Lorin Star and its captain Vendt") and not the asked one speaks of another's captain.
  const kinds = namedKinds(q);
  const speaksOfAnother = (s: Scored) => speaksOfAnotherOfKind(q, kinds, s.r, s.c.text);
  // A name its own sentence ties to no country is tied by another sentence of the ranking that names it
  // ("former Tanzanian foreign minister Ambrose Mutendi"), unless one ties it to the asked country.
  const countriesOf = (s: Scored) =>
    new Set(scored.filter((o) => sameName(o.c.text, s.c.text)).flatMap((o) => countryBeside(o.c, o.r) ?? []));
  const ofOtherCountry = (s: Scored) => {
    if (!country) return false;
    const own = countryBeside(s.c, s.r);
    if (own) return own !== country;
    const elsewhere = countriesOf(s);
    return elsewhere.size > 0 && !elsewhere.has(country);
  };
  // "Who is Marov's lawyer?": not a lawyer the sentence ties to another person.
  const owned = ownedTitle(q);
  const eligible = (s: Scored) =>
    !speaksOfAnother(s) &&
    holdsAskedTitle(q, s.c, s.r) &&
    (!headAsked || headsSomething(s.r)) &&
    !ofOtherCountry(s) &&
    !(owned && roleOfAnother(owned, s.c, s.r));
  let top = scored.find(eligible);
  if (!top) return abstained(q, 'not-stated', ranked);
  // "Who is the chief executive of the auditing firm Kastel Audit?": a chief executive of a sentence that
  // nowhere names Kastel Audit, not even in the sentence before, heads something else.
  const headed = headedOrganisations(q);
  const headedTold = (s: Scored) => termTold(s.r, (t) => headed.includes(t));
  if (TUNING.strictSlots && headed.length && !headedTold(top)) return abstained(q, 'not-stated', ranked);
  // "Кто адвокат Зарипова?": a lawyer of a sentence that names Zaripov, rather than one named where he is
  // not ("мы поговорили с адвокатом Гузель Рашидовой"), when it is nearly as strong.
  const namesOwner = (s: Scored) =>
    owned !== undefined && s.r.matches.some((m) => owned.owners.includes(m.term) && m.positions.length > 0);
  if (owned?.roles.some((f) => RELATION_TITLE.test(f)) && !namesOwner(top)) {
    const floor = TUNING.eventWordShare * top.score;
    const own = scored.find((s) => namesOwner(s) && eligible(s) && s.score >= floor);
    if (own) top = own;
  }
  // "Osvar Lindqvist of Harbour Point and Marta Vendt of Northgate": of names listed in one sentence, the
  // one of the place the question names.
  const chosen = top;
  if (placeAfterName(chosen.c, chosen.r) === 'other') {
    const ofAsked = scored.find((s) => s.r === chosen.r && eligible(s) && placeAfterName(s.c, s.r) === 'asked');
    if (ofAsked) top = ofAsked;
  }
  // "Who signed the loan agreement?": the name of a sentence that says the signing, rather than of one
  // that names only the agreement, when it is nearly as strong.
  const act = askedAct(q);
  if (act && !saysAct(act, top.r)) {
    const doing = scored.find((s) => saysAct(act, s.r) && eligible(s));
    if (doing && doing.score >= TUNING.eventWordShare * top.score) top = doing;
  }
  // "Кто прокурор …?": a person nearly as strong answers rather than the body the best sentence names.
  if (!isPersonLike(top.c, top.r) && !(top.c.quoted && doesAskedAct(q, top.c, top.r))) {
    const floor = TUNING.personOverBodyShare * top.score;
    const covered = TUNING.personOverBodyCoverage * top.r.coverage;
    const person = scored.find(
      (s) => isPersonLike(s.c, s.r) && eligible(s) && s.score >= floor && s.r.coverage >= covered,
    );
    if (person) top = person;
  }
  // "Who is the ambassador ...?": a sentence that speaks of no ambassador does not say who is one.
  // A bare title ("Northgate Energy CEO?") asks its head alone: "coast guard chief" asks a chief, not a guard.
  // "Who is the Romanian man …?": a man, a woman or a citizen holds no post the sentence must name.
  const bare = q.bareTitle !== undefined;
  const holderAsked = bare || HOLDER_ASKED.test(q.text);
  // "What is the name of the teenage shop assistant …?" opens with five words where "who is" has two.
  const titleReach = NAME_OF_ASKED.test(q.text) ? 9 : 6;
  const roles = holderAsked
    ? q.terms.filter(
        (t) =>
          t.position <= titleReach &&
          t.features.some((f) =>
            /^c:role_(?!official|representative|person|member|leader|man$|woman$|citizen$)/.test(f),
          ) &&
          !t.name &&
          (!bare || t.focus),
      )
    : [];
  const unowned = roles.filter((t) => !titlesOwner(q, t));
  const asked = unowned.length ? unowned : roles;
  if (TUNING.roleMustMatch && asked.length && !asked.some((t) => top.r.matches.some((m) => m.term === t))) {
    return abstained(q, 'not-stated', ranked);
  }
  // A "who" question answered by no person-like name: the documents do not name one.
  // An organisation answers only as the doer of the question's own verb ("«Дала-Права» насчитал 35"):
  // a body that counted, reported or demanded something is who did it.
  if (TUNING.strictSlots && !isPersonLike(top.c, top.r) && !(top.c.quoted && doesAskedAct(q, top.c, top.r)))
    return abstained(q, 'not-stated', ranked);
  // "Кто именно вошёл в совет директоров от Sahm?" and the best sentence says only "вошли три
  // представителя Sahm": a name from a far weaker sentence is someone else's.
  if (
    TUNING.strictSlots &&
    best &&
    top.r !== best &&
    top.r.score < TUNING.unnamedLeadShare * best.score &&
    !scored.some((s) => s.r === best && isPersonLike(s.c, s.r)) &&
    // A given name in it names someone, though not as an answer ("About the authors: … Vladimir Simić").
    !best.entry.tokens.some((t) => t.capitalized && isGivenName(t))
  )
    return abstained(q, 'not-stated', ranked);
  // "Who is the ambassador to Varnelia?": an ambassador somewhere else is no answer.
  const post = TUNING.strictSlots ? placeOfRole(q) : undefined;
  if (post && !top.r.matches.some((m) => m.term === post)) return abstained(q, 'not-stated', ranked);
  // "Посол Беларуси при ООН" holds a post at the UN, not in Belarus: the sentence's own place of the post.
  if (post && postElsewhere(q, top.r, post)) return abstained(q, 'not-stated', ranked);
  const values: AnswerValue[] = [{ kind: 'name', text: top.c.text, from: top.r }];
  if (asksMany(q.text)) {
    // "Which officials did she meet?": every person nearly as well supported, from any sentence.
    const many = severalOf(scored.filter((s) => isPersonLike(s.c, s.r) && !namedByQuestionRole(q, s.c, s.r)));
    return answered(
      q,
      many.map((s) => ({ kind: 'name' as const, text: s.c.text, from: s.r })),
      many.map((s) => s.r),
    );
  }
  // "Which analyst ..., and which think tank does he head?": a second name from the same sentence.
  const more = scored
    .filter(
      (s) =>
        s.r === top.r &&
        !sameName(s.c.text, top.c.text) &&
        s.score >= 0.5 * top.score &&
        isPersonLike(s.c, s.r) &&
        !namedByQuestionRole(q, s.c, s.r) &&
        // "Which judge …?": a second name holds the asked title too, and is of the asked country.
        holdsAskedTitle(q, s.c, s.r) &&
        !ofOtherCountry(s),
    )
    .slice(0, 2);
  for (const s of more) values.push({ kind: 'name', text: s.c.text, from: s.r });
  return answered(q, values, [top.r, ...corroborating(ranked, top.r)]);
}

/**
 * "Which Varnel sailors were freed?" and a strong sentence introduces a list of them ("Those freed were
 * six deckhands and the cook:"): the first person each item names, every item quoted.
 */
function listedPeople(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer | undefined {
  const list = listUnderIntro(ranked);
  if (!list) return undefined;
  const items = list.slice(1);
  const values: AnswerValue[] = [];
  for (const item of items) {
    const person = nameCandidates(q, item).find((c) => isPersonLike(c, item));
    if (person) values.push({ kind: 'name', text: person.text, from: item });
  }
  // Most items name someone: a list of people, not of places or figures.
  if (values.length < Math.max(2, Math.ceil(items.length / 2))) return undefined;
  return answered(q, values, list);
}

/**
 * "Как зовут адвоката капитана Мквавы?": a later title right before a name ("капитана Мквавы") is the
 * owner's, not the one asked; a sentence with only the captain does not say who the lawyer is.
 */
function titlesOwner(q: AnalyzedQuestion, t: QuestionTerm): boolean {
  return q.terms.some((n) => n.name && n.position === t.position + 1);
}

/** A question opening by asking a name: "what is the name of", "name the". */
const NAME_OF_ASKED = /^\s*(what (is|was) the name of|name the)\s/i;

/** A question asking who holds a post, by name: "who is the ambassador", "как зовут посла". */
const HOLDER_ASKED =
  /^\s*(who is|who's|who are|who was|who were|кто (является|являлся|была?|сейчас|теперь)|как (зовут|звали)|what (is|was) the name of|name the)\s/iu;
