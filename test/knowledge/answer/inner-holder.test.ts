import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/knowledge/answer/analyze.ts';
import { innerHolderOf, innerHolderQuestion, withHolderName } from '../../../src/knowledge/answer/inner-holder.ts';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Кто адвокат бывшего председателя комиссии?": a person asked by a relation (a lawyer, a wife) to someone
 * asked by a title only. The documents name the lawyer by the client's name, so the client is found first.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'The chairman of the Kestov port authority, Ilmar Vendtok, signed the lease without reading it.',
      'Vendtok remains in custody; his lawyer, Oskar Pelleg, says his client is innocent.',
      'The company also hired a lawyer, Dana Ristow, to deal with the insurers.',
      'The technician Arvo Kestrin was questioned for nine hours.',
      "Vendtok's lawyer, Oskar Pelleg, said the technician had never been to the port office.",
    ].join('\n\n'),
    { lang: 'en', published: '2026-04-02' },
  ),
  'chronology.md': documentText(
    [
      '• 12 марта — директор завода «Нортгейт Пласт» Ринат Зарипов задержан.',
      '• 14 марта — адвокат Зарипова Тимур Асланов обжаловал арест.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-06-01' },
  ),
  // An interview whose title names the director: its lawyer is the families', not his.
  'interview.md': documentText(
    'О компенсациях мы поговорили с адвокатом Гузель Рашидовой, которая представляет интересы семей пострадавших.',
    { lang: 'ru', published: '2026-06-03', title: 'Дело Рината Зарипова: чего ждут семьи' },
  ),
});

const first = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).text.split('\n')[0];

describe('innerHolderOf: the phrase asking another person by a title', () => {
  it.each([
    ['Who is the lawyer of the former chairman of the port authority?', 'the former chairman of the port authority'],
    ['Кто адвокат бывшего директора завода «Нортгейт Пласт»?', 'бывшего директора завода «Нортгейт Пласт»'],
    // A clause after the comma tells of the one asked.
    ['Как зовут адвоката директора завода, который был задержан?', 'директора завода'],
  ])('%s → %s', (question, phrase) => {
    expect(innerHolderOf(analyzeQuestion(question, kb.index))?.phrase).toBe(phrase);
  });

  it.each([
    // The other is named: nothing to find first.
    'Кто адвокат техника Арво Кестрина?',
    'Who is the lawyer of technician Arvo Kestrin?',
    // A verb asks who acts, not whose lawyer.
    'Кто защищает бывшего директора завода?',
    // No relation: a title of a body.
    'Who is the chairman of the port authority?',
  ])('none in "%s"', (question) => {
    expect(innerHolderOf(analyzeQuestion(question, kb.index))).toBeUndefined();
  });

  it('asks the other alone and puts the name in the phrase’s place', () => {
    const question = 'Кто адвокат бывшего директора завода?';
    const inner = innerHolderOf(analyzeQuestion(question, kb.index));
    if (!inner) throw new Error('no inner holder found');
    expect(innerHolderQuestion(inner.phrase, 'ru')).toBe('Кто бывшего директора завода?');
    expect(withHolderName(question, inner, 'Ринат Зарипов')).toBe('Кто адвокат Ринат Зарипов ?');
  });
});

describe('a lawyer asked by the client’s title', () => {
  it.each([
    ['Who is the lawyer of the former chairman of the port authority?', 'Pelleg'],
    ['Кто адвокат бывшего директора завода «Нортгейт Пласт»?', 'Асланов'],
  ])('%s → %s', (question, name) => {
    expect(first(question)).toContain(name);
  });

  it('is not the lawyer of another, however many words stand between the title and the client', () => {
    const a = kb.answer('Who is the lawyer representing the plant technician Arvo Kestrin?', {
      now: new Date('2026-12-01'),
    });
    expect(a.answered).toBe(false);
  });

  it('is the lawyer of a sentence that names the client, not one named where the client is not', () => {
    expect(first('Кто адвокат Зарипова?')).toContain('Асланов');
  });
});
