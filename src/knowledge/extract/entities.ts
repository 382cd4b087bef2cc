import { FIRST_NAMES } from '../lexicon/first-names.ts';
import { GAZETTEER, WORLD_PLACES } from '../lexicon/gazetteer.ts';
import { matchConcepts } from '../text/concept-matcher.ts';
import { fold, nameKey, phoneticKey, stem, type Token, tokenize } from '../text/tokens.ts';
import type { Entity, EntityKind } from '../types.ts';

export interface EntityMention {
  entityId: string;
  /** Token index range [from, to) in the tokens given to recognize(). */
  from: number;
  to: number;
}

interface AliasForm {
  entityId: string;
  stems: string[];
  /** Short all-caps forms ("US", "EU") match only as written, so "us" the pronoun is not the United States. */
  exact?: string[];
  gender?: 'm' | 'f';
}

const FIRST_NAME_STEMS = new Set(FIRST_NAMES.map((n) => stem(n)));
const ORG_WORDS_RU =
  /^(компани|авиакомпани|банк|концерн|предприяти|завод|организаци|фонд|парти|движени|газет|издани|агентств|холдинг|корпораци|комбинат|объединени|центр|правозащитн|институт|комитет|совет|служб|министерств|ассоциаци|союз|клуб|сеть|телеканал|радио|портал|сайт)/;
const ORG_SUFFIX_EN =
  /^(bank|company|airlines?|air|airways|institute|ministry|department|council|agency|committee|fund|party|service|corporation|group|university|center|centre|commission|office|foundation|bureau|association|steel|holding|energy|credit|invest|oil|gas)$/i;
const FEMININE_ENDING = /(ая|ой|ую|ою|ва|вой|ву|вою|на|ной|ну|ская|ской|скую|aya|aia|ova|ska)$/;

function genderOf(raw: string): 'm' | 'f' {
  return FEMININE_ENDING.test(fold(raw)) ? 'f' : 'm';
}

function aliasForms(entity: { id: string; aliases: string[] }, gender?: 'm' | 'f'): AliasForm[] {
  const forms: AliasForm[] = [];
  for (const alias of entity.aliases) {
    const tokens = tokenize(alias);
    if (tokens.length === 0) continue;
    const exact =
      /^[A-ZА-Я.]{1,4}$/.test(alias.replace(/\./g, '')) && alias.length <= 4 ? tokens.map((t) => t.raw) : undefined;
    forms.push({
      entityId: entity.id,
      stems: tokens.map((t) => nameKey(t.norm)),
      ...(exact ? { exact } : {}),
      ...(gender ? { gender } : {}),
    });
  }
  return forms;
}

/** Finds entity mentions in tokens by their alias stems; the longest alias wins, ties go by grammatical gender. */
export class EntityRecognizer {
  private readonly byFirstStem = new Map<string, AliasForm[]>();

  constructor(entities: readonly Entity[], genders: ReadonlyMap<string, 'm' | 'f'> = new Map()) {
    for (const e of entities) {
      for (const form of aliasForms(e, genders.get(e.id))) {
        const key = form.stems[0] as string;
        const list = this.byFirstStem.get(key) ?? [];
        list.push(form);
        this.byFirstStem.set(key, list);
      }
    }
  }

  /** Stems that start some alias: for fuzzy matching of a user's typing against known names. */
  aliasStems(): string[] {
    return [...this.byFirstStem.keys()];
  }

  /** @param requireCapital in documents a name is capitalised; in a user's question it may not be. */
  recognize(tokens: readonly Token[], requireCapital = true): EntityMention[] {
    const mentions: EntityMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.matchAt(tokens, i, requireCapital);
      if (best) {
        mentions.push(best);
        i = best.to;
      } else i++;
    }
    return mentions;
  }

  private matchAt(tokens: readonly Token[], i: number, requireCapital: boolean): EntityMention | undefined {
    const first = tokens[i] as Token;
    const candidates = this.byFirstStem.get(nameKey(first.norm));
    if (!candidates) return undefined;
    let best: { form: AliasForm; length: number }[] = [];
    for (const form of candidates) {
      const n = form.stems.length;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && nameKey(t.norm) === form.stems[k] && (!form.exact || t.raw === form.exact[k]);
      }
      if (!ok) continue;
      if (requireCapital && !first.capitalized && !isCommonNounEntity(form.entityId)) continue;
      if (best.length === 0 || n > (best[0] as { length: number }).length) best = [{ form, length: n }];
      else if (n === (best[0] as { length: number }).length) best.push({ form, length: n });
    }
    if (best.length === 0) return undefined;
    const ids = [...new Set(best.map((b) => b.form.entityId))];
    let chosen = best[0] as { form: AliasForm; length: number };
    if (ids.length > 1) {
      const g = genderOf((tokens[i + chosen.length - 1] as Token).raw);
      chosen = best.find((b) => b.form.gender === g) ?? best.find((b) => !b.form.gender) ?? chosen;
    }
    return { entityId: chosen.form.entityId, from: i, to: i + chosen.length };
  }
}

/** Places also appear as lower-case adjectives ("американский", "белорусских"). */
function isCommonNounEntity(id: string): boolean {
  return id.startsWith('place:');
}

export function gazetteerEntities(): Entity[] {
  return [...GAZETTEER, ...WORLD_PLACES].map((g) => ({
    id: g.id,
    kind: g.kind,
    names: { en: g.en, ru: g.ru },
    aliases: [...new Set([g.en, g.ru, ...g.aliases, ...(g.kind === 'place' ? placeAdjectives(g) : [])])],
    discovered: false,
  }));
}

/** "Вашингтон" → "вашингтонский": Russian place adjectives built by the regular suffix. */
function placeAdjectives(g: { ru: string; aliases: readonly string[] }): string[] {
  return [g.ru, ...g.aliases]
    .filter((a) => /^[А-ЯЁ][а-яё]+$/.test(a) && /[бвгджзклмнпрстфхцчшщ]$/.test(a) && !/ск$/.test(a))
    .map((a) => `${a.toLowerCase()}ский`);
}

export function gazetteerGenders(): Map<string, 'm' | 'f'> {
  return new Map(GAZETTEER.filter((g) => g.gender).map((g) => [g.id, g.gender as 'm' | 'f']));
}

interface Candidate {
  id: string;
  kind: EntityKind;
  forms: Map<string, number>;
  /** A form with the given name in its dictionary form ("Максим Рыженков" rather than "Максима Рыженкова"). */
  nominative?: string;
  surnameForms: Set<string>;
  cyrillic: boolean;
}

/**
 * Discovers names the gazetteer lacks: a given name followed by a capitalised surname, an organisation
 * in «quotes», a capitalised word built on "банк", an English run of capitalised words ending in
 * an organisation word ("... Bank", "... Institute").
 */
export function discoverEntities(texts: readonly string[], known: EntityRecognizer): Entity[] {
  return entitiesFromSightings(texts.map((text) => nameSightings(text, known)));
}

/**
 * What one text contributes to discovery, found on its own (so ingest workers can do it per document):
 * the keys of its «quoted» phrases, and the name forms seen, in text order. A lone quoted word counts
 * only if its key comes back across all texts (`needsRecurrence`), which only the whole corpus can tell.
 */
export interface NameSightings {
  quoteKeys: string[];
  seen: NameSighting[];
}

export interface NameSighting {
  id: string;
  kind: EntityKind;
  form: string;
  surname?: string;
  nominative?: boolean;
  /** The quoteKey that must occur more than once in all texts for this sighting to count. */
  needsRecurrence?: string;
}

export function nameSightings(text: string, known: EntityRecognizer): NameSightings {
  const quoteKeys: string[] = [];
  for (const m of text.matchAll(/«([^«»]{2,60})»/g)) quoteKeys.push(quoteKey(m[1] as string));
  const seen: NameSighting[] = [];
  const add = (id: string, kind: EntityKind, form: string, surname?: string, nominative?: boolean) => {
    seen.push({ id, kind, form, ...(surname ? { surname } : {}), ...(nominative ? { nominative } : {}) });
  };
  const tokens = tokenize(text);
  const knownSpans = new Set<number>();
  for (const m of known.recognize(tokens)) for (let k = m.from; k < m.to; k++) knownSpans.add(k);
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (knownSpans.has(i) || !t.capitalized || !FIRST_NAME_STEMS.has(t.stem)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j <= i + 2 &&
      (tokens[j] as Token).capitalized &&
      !knownSpans.has(j) &&
      /^\p{L}/u.test((tokens[j] as Token).raw) &&
      !FIRST_NAME_STEMS.has((tokens[j] as Token).stem)
    )
      j++;
    if (j === i + 1) continue;
    // Reject a sentence-initial pair that is really "Name Verb"? Surnames are not concepts.
    const surname = tokens[j - 1] as Token;
    if (matchConcepts([surname]).length > 0) continue;
    const form = text.slice(t.start, surname.end);
    add(`person:${phoneticKey(nameKey(surname.norm))}`, 'person', form, surname.raw, FIRST_NAMES.includes(t.norm));
    i = j - 1;
  }
  for (const m of text.matchAll(/«([^«»]{2,60})»/g)) {
    const inner = (m[1] as string).trim();
    const words = tokenize(inner);
    if (words.length === 0 || words.length > 3 || !words[0]?.capitalized || /[?!.,…:]/.test(inner)) continue;
    const before = tokenize(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)).slice(-2);
    const orgWordBefore = before.some((b) => ORG_WORDS_RU.test(b.norm));
    if (!orgWordBefore && (words.length > 1 || matchConcepts(words).length > 0)) continue;
    if (known.recognize(words).length > 0) continue;
    seen.push({
      id: `org:${phoneticKey(words.map((w) => w.stem).join(''))}`,
      kind: 'org',
      form: inner,
      ...(orgWordBefore ? {} : { needsRecurrence: quoteKey(inner) }),
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (knownSpans.has(i) || !t.capitalized) continue;
    if (/банк/.test(t.norm) && t.norm.length > 5 && !/^банк/.test(t.norm))
      add(`org:${phoneticKey(t.stem)}`, 'org', t.raw);
    if (ORG_SUFFIX_EN.test(t.raw) && i > 0) {
      let s = i - 1;
      while (
        s >= 0 &&
        ((tokens[s] as Token).capitalized || /^(of|for|the)$/.test((tokens[s] as Token).norm)) &&
        !knownSpans.has(s) &&
        s > i - 6
      )
        s--;
      s++;
      while (s < i && /^(of|for|the)$/.test((tokens[s] as Token).norm)) s++;
      if (s < i)
        add(
          `org:${phoneticKey(
            tokens
              .slice(s, i + 1)
              .map((x) => x.stem)
              .join(''),
          )}`,
          'org',
          text.slice((tokens[s] as Token).start, t.end),
        );
    }
  }
  return { quoteKeys, seen };
}

/** The discovered entities from every text's sightings, in text order: the same as discoverEntities on the texts. */
export function entitiesFromSightings(all: readonly NameSightings[]): Entity[] {
  // A lone capitalised word in «quotes» is a name only when it comes back («Белавиа» again and again), not «Привет».
  const quoted = new Map<string, number>();
  for (const one of all) for (const key of one.quoteKeys) quoted.set(key, (quoted.get(key) ?? 0) + 1);
  const found = new Map<string, Candidate>();
  for (const one of all) {
    for (const { id, kind, form, surname, nominative, needsRecurrence } of one.seen) {
      if (needsRecurrence !== undefined && (quoted.get(needsRecurrence) ?? 0) <= 1) continue;
      const c: Candidate = found.get(id) ?? {
        id,
        kind,
        forms: new Map(),
        surnameForms: new Set(),
        cyrillic: /[а-яё]/i.test(form),
      };
      c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
      if (surname) c.surnameForms.add(surname);
      if (nominative && !c.nominative) c.nominative = form;
      found.set(id, c);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => {
      const byCount = [...c.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const display = c.nominative ?? (byCount[0] as [string, number])[0];
      const aliases = [...new Set([...c.forms.keys(), ...c.surnameForms])].sort();
      return {
        id: c.id,
        kind: c.kind,
        names: c.cyrillic ? { ru: display } : { en: display },
        aliases,
        discovered: true,
      };
    });
}

function quoteKey(inner: string): string {
  return tokenize(inner)
    .map((t) => nameKey(t.norm))
    .join(' ');
}
