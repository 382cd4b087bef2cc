import { describe, expect, it } from 'vitest';
import { agreeWithNumber } from '../../../src/knowledge/text/morphology.ts';

describe('agreeWithNumber: a Russian noun in the form a number takes', () => {
  it.each([
    ['компания', 1, 'компания'],
    ['компания', 21, 'компания'],
    ['компания', 3, 'компании'],
    ['компания', 5, 'компаний'],
    ['компания', 12, 'компаний'],
    ['военнослужащий', 4, 'военнослужащих'],
    ['заключённый', 52, 'заключённых'],
    // A participle as a noun keeps its voice: "13 задержанных", not "задержавших".
    ['задержанный', 13, 'задержанных'],
    ['задержанные', 1, 'задержанный'],
    ['освобождённые', 21, 'освобождённый'],
    ['человек', 3, 'человека'],
    ['человек', 5, 'человек'],
    ['грузовик', 400, 'грузовиков'],
    // Indeclinable currencies: "3000 лари", not the plural of "ларь".
    ['лари', 3000, 'лари'],
    ['евро', 5, 'евро'],
    ['truck', 5, 'truck'],
    ['кештовск', 5, 'кештовск'],
  ])('%s × %i → %s', (word, n, form) => {
    expect(agreeWithNumber(word, n)).toBe(form);
  });
});
