import { describe, expect, it } from 'vitest';
import { authorAsked, bylineOf, findByline } from '../../../src/knowledge/answer/authorship.ts';

describe('authorAsked', () => {
  it.each([
    ['Who wrote the analysis of the Kestov decree?', 'author'],
    ['Who is the author of the brief on Decision No. 12?', 'author'],
    ['Кто автор аналитической записки о постановлении № 12?', 'author'],
    ['Кто написал статью о переговорах в Кештове?', 'author'],
    ['Which journalist interviewed the deputy prime minister in April?', 'interviewer'],
    ['Кто брал интервью у министра Вендта?', 'interviewer'],
    // Whose a document is: its author.
    ['Чья аналитическая записка про решение № 17?', 'author'],
    ['Whose policy brief argues for the new crossing?', 'author'],
    // A word between the verb and "interview": "the April interview", "большое интервью".
    ['Who conducted the April interview with the deputy prime minister?', 'interviewer'],
    ['Кто записал большое интервью с министром Вендтом?', 'interviewer'],
    ['Какой журналист беседовал с посланником?', 'interviewer'],
    ['Who wrote to the minister in March?', 'author'],
    ['Who met the minister in Kestov?', undefined],
    ['Кто возглавил делегацию?', undefined],
    ['Which journalist was freed in April?', undefined],
  ])('%s → %s', (question, role) => {
    expect(authorAsked(question)).toBe(role);
  });
});

describe('bylineOf: a byline or an interviewer’s signature, nothing else', () => {
  it.each([
    ['By Ilse Brandt', 'author', ['Ilse Brandt']],
    ['By Ilse Brandt and Piet Varga', 'author', ['Ilse Brandt', 'Piet Varga']],
    ['Author: Ilse Brandt, Senior Fellow, Economic Programme', 'author', ['Ilse Brandt']],
    ['24.07.2026, 18:42 | Автор: Анна Кештова | Просмотров: 3 418', 'author', ['Анна Кештова']],
    ['Беседовала Анна Кештова', 'interviewer', ['Анна Кештова']],
    ['Беседовал Ян Ковальчик.', 'interviewer', ['Ян Ковальчик']],
    // A brief's author line: the name, then its post.
    ['Ilse Brandt, Visiting Fellow, Caribbean Migration Programme', 'author', ['Ilse Brandt']],
    ['Анна Кештова, старший научный сотрудник Института Варнела', 'author', ['Анна Кештова']],
  ])('%s', (line, role, names) => {
    expect(bylineOf(line)).toEqual({ role, names });
  });

  it.each([
    'By March, the ministry had approved the plan.',
    'By 2028 the route should carry 400 trucks a day.',
    'The decree was signed by Prime Minister Vendt on 25 March after a long debate in the cabinet.',
    'Беседа автора с В. Вендтом, Кештов, 20 августа 2026 года.',
    'By Monday the talks had stalled.',
    // A sentence of the story naming someone by post is no author line.
    'Anna Varnel, director of the Kestov Institute, said the talks had failed.',
    'Kestov, the capital, was quiet on Monday',
  ])('none in "%s"', (line) => {
    expect(bylineOf(line)).toBeUndefined();
  });
});

describe('findByline: the line and its offsets, to quote it verbatim', () => {
  it('finds the interviewer under the lead and quotes the line exactly', () => {
    const text =
      'Title\n\nThe lead of the interview.\n\n  Беседовала Анна Кештова  \n\n— Вопрос: Как прошла встреча?\n';
    const found = findByline(text, 'interviewer');
    expect(found?.names).toEqual(['Анна Кештова']);
    expect(text.slice(found?.start, found?.end)).toBe('Беседовала Анна Кештова');
    expect(findByline(text, 'author')).toBeUndefined();
  });
});
