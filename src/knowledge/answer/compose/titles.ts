/** The titles a question asks a person by ("which judge", "кто из экспертов") and whether a candidate holds one. */
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { isOnlyPlural } from '../../text/morphology.ts';
import type { AnalyzedQuestion, QuestionTerm } from '../analyze.ts';
import { type Candidate, DESCRIBING, isPersonLike } from '../candidates.ts';
import type { RankedSentence } from '../retrieve.ts';
import { HEAD_ASKED } from '../sentence-kinds.ts';
import { isVerbForm } from './shared.ts';

/**
 * Titles too general to tell one person from another (anyone may be called an official), and what
 * people are rather than titles they hold (a detainee, a citizen, a relative): none is asked as a title.
 */
const GENERAL_TITLE =
  /^c:role_(official|representative|person|member|leader|head|deputy|former|participant|source|partner|counterpart|ally|supporter|opponent|critic|rival|predecessor|successor|incumbent|friend|observer|defendant|suspect|convict|detainee|hostage|prisoner_of_war|witness|victim|criminal|citizen|resident|local_resident|civilian|compatriot|foreigner|migrant|refugee|displaced_person|asylum_seeker|pensioner|elderly|woman|man|child|teenager|youth|family|relative|parent|mother|father|son|daughter|brother|sister|wife|husband|widow|wounded|customer|passenger|tourist|employee|worker|volunteer)$/;

/**
 * The titles a question's word asks by its title f: the titles of its kind ("кто из экспертов": an
 * analyst too), or, asked by a verb ("Кто командует …"), the title itself.
 */
function askedTitles(t: QuestionTerm, f: string): readonly string[] {
  return isVerbForm(t.raw.toLowerCase()) ? [f] : titlesOfKind(f);
}

/** Whether anyone a document names may hold a title the word asks: one of a kind (an analyst is an expert) or a general title. */
export function anyMayHoldAsked(t: QuestionTerm): boolean {
  return t.features.some((f) => askedTitles(t, f).length > 1 || (GENERAL_TITLE.test(f) && !RELATION_TITLE.test(f)));
}

/** Titles that relate one person to another: nobody is one unless a document says whose. */
const RELATION_TITLE = /^c:role_(predecessor|successor|counterpart|rival|ally|partner|friend|relative)$/;

/** The titles of those a document quotes for their expertise. */
const EXPERT_TITLES = [
  'analyst',
  'political_scientist',
  'fellow',
  'researcher',
  'economist',
  'sociologist',
  'historian',
  'professor',
  'think_tank',
  'columnist',
];

/** Titles one asks about as a kind: "кто из экспертов" is answered by an analyst or a fellow. */
const TITLE_KINDS: ReadonlyArray<readonly string[]> = [
  ['expert', ...EXPERT_TITLES],
  // News calls any think-tank expert an analyst: "which analyst" is answered by a researcher or a fellow too.
  ['analyst', 'expert', ...EXPERT_TITLES.filter((t) => t !== 'analyst')],
  // A spokesperson is a press secretary by another name: «пресс-секретарь министерства» is "Ministry spokesperson".
  ['spokesperson', 'press_secretary'],
  ['press_secretary', 'spokesperson'],
  ['journalist', 'correspondent', 'editor', 'editor_in_chief', 'columnist', 'blogger', 'photographer', 'publisher'],
  [
    'diplomat',
    'ambassador',
    'ambassador_at_large',
    'special_envoy',
    'special_representative',
    'charge_d_affaires',
    'consul',
    'consul_general',
    'attache',
    'embassy_counselor',
    'first_secretary',
    'permanent_representative',
  ],
  // "Кто из командования", "which commander": an officer of any rank or a chief of staff.
  [
    'commander',
    'commander_in_chief',
    'chief_of_general_staff',
    'chief_of_staff',
    'general',
    'admiral',
    'marshal',
    'colonel',
    'major',
    'lieutenant',
  ],
  [
    'politician',
    'lawmaker',
    'senator',
    'congressman',
    'party_leader',
    'opposition_leader',
    'president',
    'prime_minister',
    'minister',
  ],
].map((kind) => kind.map((r) => `c:role_${r}`));

function titlesOfKind(title: string): readonly string[] {
  return TITLE_KINDS.find((kind) => kind[0] === title) ?? [title];
}

/**
 * "Which judge ordered …?": the answer holds the asked title, written by the name ("Judge Vendt",
 * "Vendt, a district judge") or given to it in any document (a role holder). A question asking no
 * title, or a general one, takes any person.
 */
export function holdsAskedTitle(q: AnalyzedQuestion, c: Candidate, r: RankedSentence): boolean {
  // "Who chairs the committee?": the verb of heading asks who heads it, not who holds a chair's title
  // (the heading itself the person composer asks of the sentence).
  const headVerb = HEAD_ASKED.test(q.text) ? 1 : -1;
  const asked = q.terms
    // "the CARICOM-brokered meeting": a word describing by an act names no title of its holder.
    .filter((t) => t.focus && t.position !== headVerb && !DESCRIBING.test(t.raw))
    .flatMap((t) =>
      t.features.filter((f) => f.startsWith('c:role_') && !GENERAL_TITLE.test(f)).flatMap((f) => askedTitles(t, f)),
    );
  // Organisations ("which co-financiers") hold no personal title.
  if (!asked.length || !isPersonLike(c, r)) return true;
  // "President Vendt's special envoy": the title after a possessive is someone else's, held by another.
  const owner = possessiveAfter(r.entry.sentence.text, r.entry.tokens[c.to - 1]?.end ?? 0);
  const last = owner ? c.from : c.to + 4;
  return asked.some((f) =>
    r.entry.features
      .get(f)
      ?.some(
        (p) =>
          p < last &&
          (p >= c.from - 4 ||
            ((p >= c.from - 8 || (p >= c.from - LIST_REACH && namesListed(r, p, c.from))) &&
              !titleBetween(r, p, c.from))),
      ),
  );
}

/** How far a plural title reaches into the names listed after it. */
const LIST_REACH = 20;

/**
 * "the mayors of the two cities, Adriano Kessler of Foz and Claudia Benítez of Franco": a plural title,
 * then a comma or a colon and its holders listed, each name one of them.
 */
function namesListed(r: RankedSentence, p: number, from: number): boolean {
  const title = r.entry.tokens[p];
  const first = r.entry.tokens[from];
  if (!title || !first || !PLURAL_TITLE.test(title.norm)) return false;
  return /[,:—–]/.test(r.entry.sentence.text.slice(title.end, first.start));
}

/** A plural title word: "mayors", "judges", "мэры", "судьи", "мэров". */
const PLURAL_TITLE = /(?:[^s]s|ы|и|ов|ев)$/u;

/**
 * Whether another title stands between a title at `p` and a name at `from`. A title reaches past the body
 * it serves ("эксперт центра Northgate Vendt Илинка Телмеску"), not past another
 * person's title ("Judge Ostrel freed activist Vendt": Vendt is no judge).
 */
function titleBetween(r: RankedSentence, p: number, from: number): boolean {
  const tokens = r.entry.tokens.slice(p + 1, from);
  const hits = conceptsOfTokens(tokens);
  // "the United Arab Emirates" holds no emir: a word inside a country's name is no title.
  const places = hits.filter((h) => h.concept.startsWith('geo_'));
  // "председатель Профсоюза портовых рабочих Берберы": members in the plural name the body served.
  const plural = (h: { from: number; to: number }) => tokens.slice(h.from, h.to).every((t) => isOnlyPlural(t.raw));
  return hits.some(
    (h) => h.concept.startsWith('role_') && !places.some((g) => g.from <= h.from && h.to <= g.to) && !plural(h),
  );
}

/** Whether the word ending at `end` is in the possessive ("Vendt's"): tokens leave the "'s" out. */
export function possessiveAfter(text: string, end: number): boolean {
  return /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
}
