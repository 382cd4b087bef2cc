import { describe, expect, it } from 'vitest';
import { documentText, knowledgeBaseOfTexts } from '../../../support/knowledge-base.ts';

/**
 * A price asked ("the face value of each certificate") is answered by a sum nearly as strong as the
 * figures that count something else (the 36 families), however many of those stand before it. Sentences
 * of the us storyline (invented).
 */
const kb = knowledgeBaseOfTexts({
  'ru.md': documentText(
    [
      'Выплаты пострадавшим',
      'Выплаты первого этапа — только начало. Второй этап — ежемесячная компенсация аренды жилья, третий — жилищные сертификаты для семей, чьи квартиры разрушены полностью.',
      '36 семей, чьи квартиры полностью разрушены, должны были получить жилищные сертификаты по 25 миллионов драмов к 1 июля.',
    ].join('\n\n'),
    { lang: 'ru', published: '2026-07-20' },
  ),
  'en.md': documentText(
    [
      'Report',
      'Third stage. Provision of housing certificates to 36 families whose apartments are fully destroyed.',
      'The 36 families whose flats were destroyed are to receive housing certificates, which they can use to buy a flat anywhere in the country.',
    ].join('\n\n'),
    { lang: 'en', published: '2026-08-24' },
  ),
});

const now = new Date('2026-12-01');

describe('a sum behind the counts', () => {
  it('answers the value asked', () => {
    const a = kb.answer(
      'What is the face value of each housing certificate promised to the families whose flats were destroyed?',
      { now },
    );
    expect(a.summary, a.text).toMatch(/25 million/);
  });

  it('is no answer to a sum nobody gives', () => {
    const a = kb.answer('How much does the monthly rent compensation pay each family?', { now });
    expect(a.summary ?? '', a.text).not.toMatch(/25 million/);
  });
});
