/** The list composer: passages, with the countries named first when countries are asked. */
import { INTRO_DEPTH, INTRODUCES, itemsAfter } from '../list-items.ts';
import type { RankedSentence } from '../retrieve.ts';
import { COUNTRY_CLASS } from '../sentence-features.ts';
import { TUNING } from '../tuning.ts';
import { composePassages } from './passages.ts';
import { composePlace } from './place.ts';
import { asksMany } from './several.ts';
import type { Composer } from './shared.ts';

/**
 * "Which companies won …?": passages, or the list a strong sentence introduces. "To which countries
 * were they taken?": the countries named first, from every sentence that names one, then the passages.
 */
export const composeList: Composer = (q, ranked) => {
  const passages = composePassages(q, ranked, TUNING.listQuotes);
  // ("Flown to which city?" asks one item: a list of people is no answer to it.)
  const listed = asksMany(q.text) ? listUnderIntro(ranked) : undefined;
  if (listed) {
    // Other sources' passages after it, a few: the list itself is long.
    const rest = passages.quotes.filter((p) => !listed.includes(p.from)).slice(0, LIST_PASSAGES_AFTER);
    return { ...passages, quotes: [...listed.map((from) => ({ from })), ...rest] };
  }
  const asksCountries = q.terms.some((t) => t.focus && t.features.includes(COUNTRY_CLASS));
  const places = asksCountries ? composePlace(q, ranked) : undefined;
  if (!places?.answered) return passages;
  const more = passages.quotes.filter((p) => !places.quotes.some((shown) => shown.from === p.from));
  return { ...passages, values: places.values, quotes: [...places.quotes, ...more] };
};

const LIST_PASSAGES_AFTER = 2;

/**
 * "Which Americans were freed?" and a strong sentence introduces a list ("Those freed were five U.S.
 * citizens and one permanent resident:"): the list is the answer, its intro and every item.
 */
export function listUnderIntro(ranked: RankedSentence[]): RankedSentence[] | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  // (withListItems put every item of a strong intro's list in the ranking.)
  const byNumber = new Map(ranked.map((r) => [r.entry.n, r]));
  for (const r of ranked.slice(0, INTRO_DEPTH)) {
    if (r.score < TUNING.listIntroShare * best.score) break;
    if (!INTRODUCES.test(r.entry.sentence.text)) continue;
    const items = itemsAfter(
      r.entry,
      (n) => byNumber.get(n),
      (item) => item.entry,
    );
    if (items.length >= 2) return [r, ...items];
  }
  return undefined;
}
