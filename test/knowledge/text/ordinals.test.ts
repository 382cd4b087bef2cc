import { describe, expect, it } from 'vitest';
import { ordinalsIn } from '../../../src/knowledge/text/ordinals.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

const valuesIn = (text: string) => ordinalsIn(tokenize(text), text).map((o) => o.value);

describe('ordinals in text', () => {
  it.each([
    ['The second round of talks opened in Northgate.', [2]],
    ['16-е заседание комиссии прошло в Кештове.', [16]],
    ['Третий раунд переговоров назначен на октябрь.', [3]],
    ['Varnel held its 3rd session on 2 May.', [3]],
  ])('%s → %j', (text, values) => {
    expect(valuesIn(text)).toEqual(values);
  });

  // A part of a year is a period, not the second of some events: "the second round" must not be asked of it.
  it.each([
    'Kestov will buy 1.6 TWh in the second half of 2026.',
    'Контракт на второе полугодие подписан 30 июня.',
    'В первом квартале экспорт вырос.',
    'First-quarter exports grew; in the first quarter Varnel sold more.',
  ])('%s → none', (text) => {
    expect(valuesIn(text)).toEqual([]);
  });
});
