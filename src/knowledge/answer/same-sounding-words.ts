/**
 * A body a Latin-script question names as a proper noun that Russian documents write as a common word
 * in lower case ("Carabineros" / "карабинеры", "Majlis" / "меджлис", "Bundestag" / "бундестаг"): no
 * name key of the documents finds it, for they key only capitalised words. The documents' Cyrillic
 * stems are keyed by sound once per index, and the question word's stem is looked up among them.
 */
import { isCyrillic, phoneticKey, stem } from '../text/tokens.ts';
import type { SentenceIndex } from './sentence-index.ts';

/** A stem's sound key this short ("rd" of рада, "sm" of сейм) matches too many words to mean one. */
const MIN_KEY = 4;
/** More stems than this of one sound are different words, none of them the one asked. */
const MAX_STEMS = 3;

const byIndex = new WeakMap<SentenceIndex, Map<string, string[]>>();

function cyrillicStemsBySound(index: SentenceIndex): Map<string, string[]> {
  let map = byIndex.get(index);
  if (map) return map;
  map = new Map();
  for (const feature of index.stemsStartingWith('s:')) {
    const word = feature.slice(2);
    if (word.length < 5 || !isCyrillic(word)) continue;
    const key = phoneticKey(word);
    if (key.length < MIN_KEY) continue;
    const stems = map.get(key);
    if (stems) stems.push(feature);
    else map.set(key, [feature]);
  }
  byIndex.set(index, map);
  return map;
}

/** The documents' Cyrillic stems that sound as the Latin word does, or none. */
export function sameSoundingStems(index: SentenceIndex, latinWord: string): string[] {
  if (isCyrillic(latinWord) || latinWord.length < 5) return [];
  const key = phoneticKey(stem(latinWord));
  if (key.length < MIN_KEY) return [];
  const stems = cyrillicStemsBySound(index).get(key) ?? [];
  return stems.length <= MAX_STEMS ? stems : [];
}
