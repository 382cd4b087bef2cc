import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/** The asked person's name in the genitive runs straight into the name of their lawyer or aide. */
const LAWYER = documentText(
  [
    'Суд в Кештове продлил арест активиста Ильи Вендта ещё на два месяца.',
    'Адвокат Вендта Йелена Осварич называет обвинение «абсурдным» и обещает обжаловать.',
  ].join('\n\n'),
  { lang: 'ru', published: '2026-07-15' },
);

describe('a name of the question before another full name', () => {
  it.each([['Who is the lawyer representing Ilya Vendt?'], ['Кто адвокат Ильи Вендта?']])(
    'is whose the other is, and the other answers: %s',
    (question) => {
      const a = knowledgeBaseOfTexts({ 'a.md': LAWYER }).answer(question, { now: new Date('2026-12-01') });
      expect(a.answered).toBe(true);
      expect(a.summary).toMatch(/Осварич/);
      expect(a.summary).not.toMatch(/Вендт/);
    },
  );
});
