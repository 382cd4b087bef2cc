import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** "кабина № 1", "pylon No. 4", "#3": a number after a number sign names one of a series, it counts nothing. */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'На кабине № 1 вилки не было, её тормоз исправен.',
      'С конца февраля тормоз кабины № 2 одиннадцать раз самопроизвольно останавливал кабину на линии.',
      'The cabin came off the line at pylon No. 4 and fell onto the slope.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-05-02' },
  ),
});

const answer = (question: string) => kb.answer(question, { now: new Date('2026-12-01') });

describe('a number after a number sign', () => {
  it('is no count: the count is the one the sentence gives', () => {
    const a = answer('Сколько раз кабина № 2 самопроизвольно останавливалась из-за тормоза?');
    expect(a.summary).toMatch(/одиннадцать|11/);
  });

  it('answers no count of forks', () => {
    const a = answer('Сколько вилок поставили на кабины?');
    expect(a.answered).toBe(false);
  });
});
