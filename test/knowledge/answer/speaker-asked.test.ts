import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Как прокомментировал визит президент Литвы?": what someone of an office and a country said is told
 * where the text names that office of that country; passages about the visit alone do not answer it.
 */
const visit = documentText(
  [
    'Заместитель госсекретаря США Антон Лорин провёл 22 апреля переговоры в Минске.',
    'После переговоров двадцать девять освобождённых были доставлены в Литву.',
    'МИД Литвы подтвердил, что принял освобождённых иностранцев.',
  ].join(' '),
  { lang: 'ru', published: '2026-04-23' },
);
const withoutPresident = knowledgeBaseOfTexts({ 'visit.md': visit });
const withPresident = knowledgeBaseOfTexts({
  'visit.md': visit,
  'comment.md': documentText(
    'Президент Литвы назвал визит Лорина в Минск «важным шагом к освобождению всех политзаключённых».',
    {
      lang: 'ru',
      published: '2026-04-24',
    },
  ),
});
const now = new Date('2026-12-01');

describe('what a person of an office and a country said', () => {
  it.each([
    'Как прокомментировал визит Лорина президент Литвы?',
    'What did the president of Lithuania say about Lorin’s visit?',
  ])('is not stated when no sentence names that office of that country: %s', (question) => {
    const a = withoutPresident.answer(question, { now });
    expect(a.answered, a.text).toBe(false);
  });

  it('is answered where the text names them', () => {
    const a = withPresident.answer('Как прокомментировал визит Лорина президент Литвы?', { now });
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('важным шагом');
  });
});
