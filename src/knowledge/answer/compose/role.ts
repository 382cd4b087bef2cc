/** The role composer: "who is ...?" asked of a name, answered by the role words beside it. */
import { conceptsOfTokens } from '../../lexicon/vocabulary.ts';
import { isCyrillic } from '../../text/tokens.ts';
import type { AnalyzedQuestion } from '../analyze.ts';
import type { RankedSentence } from '../retrieve.ts';
import { answered, corroborating, type TypedAnswer } from './shared.ts';

export function composeRole(q: AnalyzedQuestion, ranked: RankedSentence[]): TypedAnswer {
  // The sentence naming the person; its role words next to the name are the answer.
  for (const r of ranked.slice(0, 6)) {
    const at = r.matches.filter((m) => m.term.name).flatMap((m) => m.positions);
    if (!at.length) continue;
    const from = Math.max(0, Math.min(...at) - 6);
    const to = Math.min(r.entry.tokens.length, Math.max(...at) + 6);
    const hits = conceptsOfTokens(r.entry.tokens).filter(
      (h) => h.concept.startsWith('role_') && h.from >= from && h.to <= to,
    );
    if (!hits.length) continue;
    // The role word nearest the name, with the role words joined to it ("special envoy of the US").
    const name = Math.min(...at);
    const nearest = hits.reduce((best, h) =>
      Math.abs(h.from - name) < Math.abs(best.from - name) || (h.from === best.from && h.to > best.to) ? h : best,
    );
    const joined = hits.filter((h) => h.to >= nearest.from - 1 && h.from <= nearest.to + 1);
    const a = Math.min(...joined.map((h) => h.from));
    const b = Math.max(...joined.map((h) => h.to));
    const tokens = r.entry.tokens;
    const text = r.entry.sentence.text.slice(
      (tokens[a] as { start: number }).start,
      (tokens[b - 1] as { end: number }).end,
    );
    const of = organisationAfter(r.entry.sentence.text, (tokens[b - 1] as { end: number }).end, q.lang);
    // The person as the question names him: the answer says whose role it is.
    const holder = nameAsAsked(q);
    return answered(
      q,
      [{ kind: 'role', text, concept: nearest.concept, ...(of ? { of } : {}), ...(holder ? { holder } : {}), from: r }],
      [r, ...corroborating(ranked, r)],
    );
  }
  return answered(q, [], ranked.slice(0, 2));
}

/** The name a question asks about as it writes it: its capitalised words around a known name ("John Vendt"). */
function nameAsAsked(q: AnalyzedQuestion): string {
  const at = q.terms.find((t) => t.name && !t.unknown)?.position;
  if (at === undefined) return '';
  // The words of the name: capitalised, or names however typed ("who is ilkin vendt?").
  const nameWord = (i: number) =>
    i > 0 && (Boolean(q.tokens[i]?.capitalized) || q.terms.some((t) => t.position === i && t.name));
  let from = at;
  let to = at + 1;
  while (nameWord(from - 1)) from--;
  while (nameWord(to)) to++;
  return q.tokens
    .slice(from, to)
    .map((t) => t.raw.charAt(0).toUpperCase() + t.raw.slice(1))
    .join(' ');
}

/** A quoted name ("«Кешт Строй»", "“Northgate Institute”") or one in brackets, as written. */
const ORGANISATION_NAME = /[«“"]([^«»“”"]{2,60})[»”"]|\((\p{Lu}[^()]{1,60})\)/gu;

/**
 * "директор аналитического центра «Северная обсерватория» (Northgate Institute)": the body a
 * role is held in, read from the clause after the role (to its comma); the name in the asker's script
 * when the text gives both.
 */
function organisationAfter(text: string, from: number, lang: 'en' | 'ru'): string | undefined {
  const clause = text.slice(from, from + 120).split(/[,;.!?—–]\s|\s[—–]\s/u)[0] ?? '';
  const names = [...clause.matchAll(ORGANISATION_NAME)]
    .map((m) => (m[1] ?? m[2] ?? '').trim())
    .filter((n) => n && !/^\d/.test(n));
  return names.find((n) => isCyrillic(n) === (lang === 'ru')) ?? names[0];
}
