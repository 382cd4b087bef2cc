import { GAZETTEER, WORLD_PLACES } from '../lexicon/gazetteer.ts';
import { fold, nameKey, type Token, tokenize } from '../text/tokens.ts';
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

const FEMININE_ENDING = /(ая|ой|ую|ою|ва|вой|ву|вою|на|ной|ну|ская|ской|скую|aya|aia|ova|ska)$/;

function genderOf(raw: string): 'm' | 'f' {
  return FEMININE_ENDING.test(fold(raw)) ? 'f' : 'm';
}

function aliasForms(
  entity: { id: string; kind: EntityKind; aliases: string[]; discovered?: boolean },
  gender?: 'm' | 'f',
): AliasForm[] {
  const forms: AliasForm[] = [];
  for (const alias of entity.aliases) {
    const tokens = tokenize(alias);
    if (tokens.length === 0) continue;
    // A discovered person's forms carry the gender they are written in, so that "Залесская" and
    // "Залесский", one surname stem, go to the two people the text named.
    const formGender =
      gender ?? (entity.discovered && entity.kind === 'person' ? genderOf((tokens.at(-1) as Token).raw) : undefined);
    const exact =
      /^[A-ZА-Я.]{1,4}$/.test(alias.replace(/\./g, '')) && alias.length <= 4 ? tokens.map((t) => t.raw) : undefined;
    forms.push({
      entityId: entity.id,
      stems: tokens.map((t) => nameKey(t.norm)),
      ...(exact ? { exact } : {}),
      ...(formGender ? { gender: formGender } : {}),
    });
  }
  return forms;
}

const FIRST_WORD_CACHE_SIZE = 200_000;

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

  /**
   * The alias forms a word may start, by the word (a token's norm, a string already hashed): one lookup
   * where its name key and then the forms were two, for every token. Null for none; emptied when large.
   */
  private readonly byFirstWord = new Map<string, AliasForm[] | null>();

  private candidatesOf(norm: string): AliasForm[] | null {
    let candidates = this.byFirstWord.get(norm);
    if (candidates === undefined) {
      candidates = this.byFirstStem.get(nameKey(norm)) ?? null;
      if (this.byFirstWord.size >= FIRST_WORD_CACHE_SIZE) this.byFirstWord.clear();
      this.byFirstWord.set(norm, candidates);
    }
    return candidates;
  }

  private matchAt(tokens: readonly Token[], i: number, requireCapital: boolean): EntityMention | undefined {
    const first = tokens[i] as Token;
    const candidates = this.candidatesOf(first.norm);
    if (!candidates) return undefined;
    // The longest forms that match, in the candidates' order: the first, and any others as long (most
    // matches have one; no list is made for them).
    let best: AliasForm | undefined;
    let length = 0;
    let ties: AliasForm[] | undefined;
    for (const form of candidates) {
      const n = form.stems.length;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && nameKey(t.norm) === form.stems[k] && (!form.exact || t.raw === form.exact[k]);
      }
      if (!ok) continue;
      if (requireCapital && !first.capitalized && !isCommonNounEntity(form.entityId)) continue;
      if (best === undefined || n > length) {
        best = form;
        length = n;
        ties = undefined;
      } else if (n === length) {
        if (ties) ties.push(form);
        else ties = [form];
      }
    }
    if (best === undefined) return undefined;
    let chosen = best;
    const id = best.entityId;
    if (ties?.some((f) => f.entityId !== id)) {
      // Forms of different entities: the one written in the gender of the last word, else one without a gender.
      const all = [best, ...ties];
      const g = genderOf((tokens[i + length - 1] as Token).raw);
      chosen = all.find((f) => f.gender === g) ?? all.find((f) => !f.gender) ?? best;
    }
    return { entityId: chosen.entityId, from: i, to: i + length };
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
