/** The list composer: passages, with the countries named first when countries are asked. */
import { COUNTRY_CLASS } from '../sentence-features.ts';
import { TUNING } from '../tuning.ts';
import { composePassages } from './passages.ts';
import { composePlace } from './place.ts';
import type { Composer } from './shared.ts';

/**
 * "Which companies won …?": passages. "To which countries were they taken?": the countries named
 * first, from every sentence that names one, then the passages.
 */
export const composeList: Composer = (q, ranked) => {
  const passages = composePassages(q, ranked, TUNING.listQuotes);
  const asksCountries = q.terms.some((t) => t.focus && t.features.includes(COUNTRY_CLASS));
  const places = asksCountries ? composePlace(q, ranked) : undefined;
  if (!places?.answered) return passages;
  const more = passages.quotes.filter((p) => !places.quotes.some((shown) => shown.from === p.from));
  return { ...passages, values: places.values, quotes: [...places.quotes, ...more] };
};
