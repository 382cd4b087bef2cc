import { describe, expect, it } from 'vitest';
import { namesPossessor } from '../../../src/knowledge/answer/possessor.ts';
import { tokenize } from '../../../src/knowledge/text/tokens.ts';

/** Whether a name in an invented sentence says whose someone is (a possessor) or who acts. */
function possessor(sentence: string, name: string): boolean {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.norm === name.toLowerCase());
  if (i < 0) throw new Error(`${name} not in ${sentence}`);
  return namesPossessor(tokens, sentence, i);
}

describe('namesPossessor', () => {
  it.each<[string, string]>([
    ['11 мая в Кештове глава МИД встретился с заместителем спецпредставителя Вендта Ильёй Марцевым.', 'Вендта'],
    ['Визит заместителя спецпредставителя Вендта прошёл без огласки.', 'Вендта'],
    ['В Кештов прибыл спецпосланник Вендта Илья Марцев.', 'Вендта'],
    ['Адвокат Марцева подал апелляцию.', 'Марцева'],
    ["Vendt's deputy John Marsh arrived on Tuesday.", 'Vendt'],
    ['The deputy of Ilka Vendt arrived on Tuesday.', 'Vendt'],
    ['An aide to Vendt confirmed the visit.', 'Vendt'],
  ])('%s: %s is whose', (sentence, name) => {
    expect(possessor(sentence, name)).toBe(true);
  });

  it.each<[string, string]>([
    // The title in the name's own case is the name's: the envoy is Vendt.
    ['Визит спецпредставителя Вендта стал новостью.', 'Вендта'],
    ['Встреча Марцева и Вендта длилась два часа.', 'Вендта'],
    ['Глава МИД встретился с Вендтом.', 'Вендтом'],
    ['В Кештов прибыл спецпосланник Вендта Илья Марцев.', 'Марцев'],
    ['Vendt met the deputy in Kestov.', 'Vendt'],
    ['The visit of Vendt to Kestov was short.', 'Vendt'],
  ])('%s: %s acts', (sentence, name) => {
    expect(possessor(sentence, name)).toBe(false);
  });
});
