import { describe, expect, it } from 'vitest';
import { agreeing } from '../../../src/knowledge/answer/render.ts';

describe('agreeing: the counted noun in the form its number takes', () => {
  it.each([
    ['company', 4, 'en', 'companies'],
    ['driver', 23, 'en', 'drivers'],
    ['truck', 1, 'en', 'truck'],
    ['people', 52, 'en', 'people'],
    ['person', 3, 'en', 'people'],
    ['political prisoner', 5, 'en', 'political prisoners'],
    ['box', 2, 'en', 'boxes'],
    ['fisherman', 19, 'en', 'fishermen'],
    ['policewoman', 2, 'en', 'policewomen'],
    // A nationality is a name: "Germans", and "human" is no man.
    ['German', 3, 'en', 'Germans'],
    ['human', 2, 'en', 'humans'],
    ['военнослужащий', 4, 'ru', 'военнослужащих'],
    ['компания', 5, 'ru', 'компаний'],
    ['человек', 52, 'ru', 'человека'],
    // The noun and its adjectives agree; the words after the noun stay as they are.
    ['лодка с мигрантами', 2, 'ru', 'лодки с мигрантами'],
    ['политический заключённый', 5, 'ru', 'политических заключённых'],
    ['пункт пропуска', 3, 'ru', 'пункта пропуска'],
    // A fraction takes the genitive singular.
    ['гектар', 1.5, 'ru', 'гектара'],
    ['hectare', 1.5, 'en', 'hectares'],
    // A participle standing for people takes no plural ending; a noun in -eed does.
    ['killed', 2, 'en', 'killed'],
    ['injured', 14, 'en', 'injured'],
    ['seed', 3, 'en', 'seeds'],
  ] as const)('%s × %s (%s) → %s', (noun, n, lang, form) => {
    expect(agreeing(noun, n, lang)).toBe(form);
  });
});
