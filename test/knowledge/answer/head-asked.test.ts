import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../support/knowledge-base.ts';

/**
 * "Who heads …?", "Кто возглавлял …?" asks who is at the head of something: a sentence saying so
 * answers ("led by", "глава", "возглавил"), a person merely named near the body does not.
 */
const kb = knowledgeBaseOfTexts({
  'report.md': documentText(
    [
      'The Varnel Coast Guard stopped the bulk carrier Amber Kestrel the next day.',
      'The ship was released after the Varnel prosecutor, Ulrika Halden, concluded that its anchor chain had parted in a storm.',
      'The Northgate cable investigation is being led by Detective Superintendent Sanna Lorin of the national police.',
      'The Northgate Consumers Association wants the tariff cut, said the president of the association, Tudor Brandt.',
      // Paragraphs of their own: a third sentence of one paragraph tells more of its first.
    ].join('\n\n'),
    { lang: 'en', published: '2026-03-02' },
  ),
  'chronology.md': documentText(
    [
      '• 21 мая — в Кештове прошло заседание комиссии; делегацию Нортгейта возглавил заместитель министра Ян Ковальчик.',
      // Words of heading are common in any corpus: one more keeps them as weak as they are there.
      '• 22 мая — глава комиссии Илья Вендт заявил, что следующее заседание пройдёт в Лорине.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-06-01' },
  ),
});

const first = (question: string) => kb.answer(question, { now: new Date('2026-12-01') }).text.split('\n')[0];

describe('who heads something', () => {
  it.each([
    ['Who leads the Northgate cable investigation?', 'Lorin'],
    ['Кто возглавлял делегацию Нортгейта на заседании комиссии в Кештове?', 'Ковальчик'],
    ['Who heads the Northgate Consumers Association?', 'Brandt'],
  ])('is who the text says heads it: %s', (question, name) => {
    expect(first(question)).toContain(name);
  });

  it('is not stated when the body is only named beside someone else', () => {
    const a = kb.answer('Who heads the Varnel Coast Guard?', { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(false);
  });
});

/** The body is named in the best sentence; who heads it, in a sentence just after that repeats few of the question's words. */
describe('who heads the body the sentence before names', () => {
  const report = knowledgeBaseOfTexts({
    'wire.md': documentText(
      [
        "Some 600 lorries were stranded on both sides of the frontier on Friday, the Kestov Hauliers' Guild told the reporter Marta Vendt.",
        "The association's president, Anton Lorin, said that loads of fruit would start to rot within days and that many drivers had run out of food, water and diesel.",
      ].join(' '),
      { lang: 'en', published: '2026-03-02' },
    ),
  });
  it.each([
    "Who heads the Kestov hauliers' guild that reported the lorries stranded at the frontier?",
    'Кто возглавляет гильдию перевозчиков Кестова, сообщившую о застрявших на границе грузовиках?',
  ])('%s', (question) => {
    const a = report.answer(question, { now: new Date('2026-12-01') });
    expect(a.answered, a.text).toBe(true);
    expect(a.summary).toContain('Anton Lorin');
  });
});
