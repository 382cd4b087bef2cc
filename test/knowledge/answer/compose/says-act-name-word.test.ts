import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * "When was the leader of the Free Varnel movement released on bail?": "Free" is a word of the movement's
 * name, not the release, so a sentence that says the release («отпустил под залог») says the asked act.
 */
describe('a word of a name in the question says no act', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'ru.md': documentText(
      [
        'Суд в Орске отпустил Вендта под залог',
        'А в прошлую пятницу суд в Орске отпустил под залог активиста Илкина Вендта, лидера движения «Свободный Варнел».',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-06-26' },
    ),
    'en.md': documentText(
      [
        'Vendt trial resumes',
        'Vendt, the leader of the Free Varnel movement who spent 77 days in custody before being released on bail in June, appeared in court in Orsk on 14 September.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-09-15' },
    ),
  });

  it('dates the release, not the later hearing', () => {
    const a = kb.answer('On what date was the leader of the Free Varnel movement released on bail?', { now });
    expect(a.text.split('\n')[0]).toMatch(/19 June/);
  });
});
