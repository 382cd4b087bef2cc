import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Which information …?" is kept back by a sentence saying it did not make public *what information*;
 * the same sentence keeps back nothing of "Which court …?", though it speaks of the court.
 */
describe('a list kept back by "did not say what …"', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'trial.md': documentText(
      [
        'Kestov court jails Varnel trader',
        'The Kestov City Court sentenced Ilkin Vendt to seven years on 14 May.',
        'The court did not make public what information Vendt was accused of passing on, or to whom.',
        'Vendt was tried behind closed doors at the Kestov City Court.',
      ].join('\n\n'),
      { lang: 'en', published: '2026-05-15' },
    ),
  });

  it('abstains for the information kept back', () => {
    const a = kb.answer('What information was Vendt accused of passing on?', { now });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/not disclosed/);
  });

  it('answers for another thing the sentence names', () => {
    const a = kb.answer('Which court tried Vendt?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Kestov City Court/);
  });
});

/**
 * "Which consortium …?" is kept back by a sentence saying the consortium's name was not disclosed,
 * in either language; a name kept back of another thing near it keeps back nothing of the asked one.
 */
describe('a list kept back by "whose name was not disclosed"', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'posts.md': documentText(
      [
        'На тендер на строительство моста поступило пять заявок, победил консорциум Varnel Build.',
        'Второе место — у киевского консорциума, название которого организаторы не раскрыли.',
        'Мост построит подрядчик Kestov Stal, имя субподрядчика не раскрывается.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-10-05' },
    ),
  });

  it.each([
    'Which Kyiv consortium came second in the bridge tender?',
    'Какой киевский консорциум занял второе место в тендере на мост?',
  ])('abstains for the name kept back: %s', (question) => {
    const a = kb.answer(question, { now });
    expect(a.answered).toBe(false);
  });

  it('answers for the thing whose name is given', () => {
    const a = kb.answer('Which consortium won the bridge tender?', { now });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Varnel Build/);
  });
});

/**
 * "What is the real name of …?" asks who someone is: a source saying he has not been identified answers
 * that the documents do not give it; one naming him answers.
 */
describe('a name asked of someone not identified', () => {
  const now = new Date('2026-12-01');
  const kb = knowledgeBaseOfTexts({
    'analysis.md': documentText(
      [
        'Третий участник группы, известный под псевдонимом Raven, до сих пор не установлен.',
        'Второй участник, известный как Falcon, — 31-летний программист Ильмар Вендток.',
      ].join('\n\n'),
      { lang: 'ru', published: '2026-06-10' },
    ),
  });

  it.each([
    'What is the real name of the hacker known as Raven?',
    'Как зовут на самом деле участника группы по прозвищу Raven?',
  ])('abstains: %s', (question) => {
    expect(kb.answer(question, { now }).answered).toBe(false);
  });

  it('answers for the one named', () => {
    const a = kb.answer('What is the real name of the hacker known as Falcon?', { now });
    expect(a.text).toMatch(/Vendtok|Вендток/);
  });
});
