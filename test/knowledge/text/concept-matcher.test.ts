import { describe, expect, it } from 'vitest';
import { conceptIds, matchConcepts } from '../../../src/knowledge/text/concept-matcher.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

const concepts = (text: string) => conceptIds(tokenize(text));

describe('matchConcepts: bilingual concepts from word beginnings', () => {
  it.each([
    ['освобождены 52 человека', ['person-count', 'release']],
    ['52 prisoners were released', ['prisoner', 'release']],
    ['политзаключённых', ['prisoner']],
    ['визит в Минск', ['visit']],
    ['the envoy arrived', ['envoy', 'official', 'visit']],
    ['телефонный разговор', ['call']],
    ['spoke by phone', ['call']],
    ['подарил золотые часы', ['gift', 'gold']],
    ['снять санкции', ['lift', 'sanctions']],
    ['sanctions were eased', ['ease', 'sanctions']],
    ['посольство США', ['ambassador', 'embassy']],
    ['the consulate reopened', ['embassy', 'return']],
    ['может посетить Минск', ['hedge', 'visit']],
    ['the envoy may visit Minsk', ['envoy', 'hedge', 'official', 'visit']],
    // The month is no hedge, inside a sentence or before its day.
    ['the envoy visited Minsk on 27 May', ['envoy', 'official', 'visit']],
    ['May 5: the envoy visited Minsk', ['envoy', 'official', 'visit']],
  ])('%j → %j', (text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  it.each([
    ['"free$" matches "free"', 'set them free', ['release']],
    ['"met$" is not "method"', 'a new method', []],
    ['"met$" matches "met"', 'they met', ['meeting']],
    ['"лиц$" is not "лицензия"', 'лицензия', []],
    ['"мир$" is not "мировой"', 'мировой рынок', []],
  ])('%s', (_name, text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  // The release patterns hold "freed" (a prefix), so "freedom" is a release.
  it('"freedom of speech" is not a release', () => {
    expect(concepts('freedom of speech')).toEqual([]);
  });

  // The visit patterns hold "приезжа", "приехал", "приедет" but not the infinitive "приехать".
  it('"может приехать" is a (hedged) visit', () => {
    expect(concepts('Келлог может приехать в Минск')).toEqual(['hedge', 'visit']);
  });

  it('matches two-word patterns on consecutive tokens only', () => {
    expect(concepts('в тот день он был на свободе')).toContain('release');
    expect(concepts('на лавочке, свободной от людей')).not.toContain('release');
  });

  it('gives token ranges', () => {
    const hits = matchConcepts(tokenize('они вышли на свободу'));
    const release = hits.filter((h) => h.concept.id === 'release');
    expect(release.map((h) => [h.from, h.to])).toContainEqual([2, 4]);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(concepts('')).toEqual([]);
    expect(concepts('погода хорошая')).toEqual([]);
  });
});
