/**
 * A name as the documents spell it in the other script: "Илкин Вендт" is "Ilkin Vendt" where an
 * English document names him, "Anna Varnel" is "Анна Варнел" where a Russian one does. Found by
 * the cross-script key of the name's last word (the feature `k:` every sentence is indexed by).
 */
import { editDistance } from '../text/edit-distance.ts';
import { nominative } from '../text/morphology.ts';
import { fold, isCyrillic, type Token } from '../text/tokens.ts';
import type { Lang } from '../types.ts';
import { altKeyFeatures, nameKeyOf } from './sentence-features.ts';
import type { SentenceIndex } from './sentence-index.ts';

/** Sentences read at most: a name's spelling is settled by its first few mentions. */
const MENTIONS_READ = 40;

export function spelledIn(index: SentenceIndex, name: string, lang: Lang): string | undefined {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1];
  if (!last || last.length < 3) return undefined;
  // Each asked word's keys, worked out once for every mention compared with them; the last word's key and
  // its other readings' keys ("Kanzaki" as Russian spells Japanese: "Кандзаки") find the mentions.
  const wordKeys = words.map(keysOf);
  const features = (wordKeys[wordKeys.length - 1] as string[]).map((k) => `k:${k}`);
  const seen = new Map<string, number>();
  for (const feature of features) {
    const sentences = index.postings.get(feature);
    if (!sentences) continue;
    for (const n of sentences.subarray(0, MENTIONS_READ)) {
      const entry = index.sentences[n];
      if (!entry) continue;
      const { tokens } = entry;
      const text = entry.sentence.text;
      for (const at of entry.features.get(feature) ?? []) {
        const form = nameEndingAt(tokens, text, at, words.length, lang);
        // Word for word the same name: "Марта Вендт" is not "Ilkin Vendt".
        if (form && sameWords(form, wordKeys)) seen.set(form, (seen.get(form) ?? 0) + 1);
      }
    }
  }
  // In Russian the nominative first; then the most written.
  const ranked = [...seen].sort(
    ([a, ca], [b, cb]) =>
      Number(lang === 'ru' && isNominative(b)) - Number(lang === 'ru' && isNominative(a)) || cb - ca,
  );
  return ranked[0]?.[0];
}

/** A word's cross-script key and its other readings' keys. */
function keysOf(word: string): string[] {
  return [nameKeyOf(fold(word)), ...altKeyFeatures(fold(word)).map((f) => f.slice(2))];
}

/** The same words by their cross-script keys (or their other readings'), one sound apart at most ("Юнас"/"Junas": y/j). */
function sameWords(form: string, wordKeys: readonly string[][]): boolean {
  const own = form.split(' ');
  return (
    own.length === wordKeys.length &&
    own.every((w, i) => {
      const theirs = wordKeys[i] as string[];
      return keysOf(w).some((k) => theirs.some((t) => editDistance(k, t) <= 1));
    })
  );
}

/** The capitalised words of the asker's script ending at token `at`, at most `max`, one space apart. */
function nameEndingAt(tokens: readonly Token[], text: string, at: number, max: number, lang: Lang): string | undefined {
  const inScript = (t: Token | undefined) => !!t && t.capitalized && isCyrillic(t.raw) === (lang === 'ru');
  if (!inScript(tokens[at])) return undefined;
  let from = at;
  while (
    from > at - max + 1 &&
    inScript(tokens[from - 1]) &&
    text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start) === ' '
  )
    from--;
  return text.slice((tokens[from] as Token).start, (tokens[at] as Token).end);
}

function isNominative(form: string): boolean {
  return form.split(' ').every((w) => nominative(w) === w);
}
