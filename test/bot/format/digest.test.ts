import { describe, expect, it } from 'vitest';
import { renderDigestHtml, TELEGRAM_TEXT_LIMIT } from '../../../src/bot/format/digest.ts';
import { composeDigest } from '../../../src/knowledge/digest/compose-digest.ts';
import { formatFuzzyDate } from '../../../src/knowledge/digest/fuzzy-date-order.ts';
import type { FuzzyDate, Lang } from '../../../src/knowledge/types.ts';
import { makeFact, makeKb, quoteOf, TEXT_A } from '../../knowledge/digest/fixture.ts';

describe('renderDigestHtml', () => {
  it('shows each item with its date, summary, verbatim quote and source', () => {
    const html = renderDigestHtml(composeDigest(makeKb(), { topics: ['t:meeting'], lang: 'en' }, { kind: 'none' }));
    expect(html).toContain('<b>Briefing: key developments</b>');
    expect(html).toContain('<i>21 Jun 2025</i> — Talks (Keith Kellogg, Alexander Lukashenko)');
    expect(html).toContain(
      '<blockquote>On 21 June 2025 Kellogg met Lukashenko in Minsk.</blockquote>— Source B, 2025-06-22',
    );
  });

  it('escapes HTML in quotes', () => {
    const fact = makeFact({ id: 'x', type: 'statement', evidence: [quoteOf(TEXT_A, '<b>Тег</b> & прочее.', 'a')] });
    const html = renderDigestHtml(composeDigest(makeKb([fact]), { topics: ['all'], lang: 'ru' }, { kind: 'none' }));
    expect(html).toContain('&lt;b&gt;Тег&lt;/b&gt; &amp; прочее.');
    expect(html).not.toContain('<b>Тег');
  });

  it('stays within one Telegram message and says how many did not fit', () => {
    const facts = Array.from({ length: 200 }, (_, i) =>
      makeFact({ id: `f${String(i).padStart(3, '0')}`, type: 'statement', evidence: [quoteOf(TEXT_A, TEXT_A, 'a')] }),
    );
    const digest = composeDigest(
      makeKb(facts),
      { topics: ['all'], lang: 'en' },
      { kind: 'known-ids', factIds: new Set() },
    );
    const html = renderDigestHtml(digest);
    expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    const shown = html.split('<blockquote>').length - 1;
    expect(html).toContain(`Everything: ${200 - shown} more — /timeline Everything`);
  });

  it('folds markdown link syntax and hard line breaks in quotes for display (issue 11)', () => {
    const text = 'Делегация [привезла](#) решение\nо снятии санкций.';
    const fact = makeFact({ id: 'md', type: 'statement', evidence: [{ ...quoteOf(text, text, 'a') }] });
    const kb = makeKb([fact]);
    (kb.data.texts as Record<string, string>).a = text;
    const digest = composeDigest(kb, { topics: ['all'], lang: 'ru' }, { kind: 'none' });
    expect(digest.sections[0]?.items[0]?.citation.quote).toBe(text); // the data stays verbatim
    expect(renderDigestHtml(digest)).toContain('<blockquote>Делегация привезла решение о снятии санкций.</blockquote>');
  });

  it('renders nothing-new as one short line', () => {
    const html = renderDigestHtml({ kind: 'nothing-new', lang: 'ru', sections: [] });
    expect(html).toBe('<b>С прошлого дайджеста ничего нового.</b>');
  });
});

describe('formatFuzzyDate', () => {
  const cases: [FuzzyDate | undefined, Lang, string | undefined][] = [
    [{ year: 2025, month: 9, day: 11, precision: 'day' }, 'en', '11 Sep 2025'],
    [{ year: 2025, month: 9, day: 11, precision: 'day' }, 'ru', '11 сент. 2025'],
    [{ year: 2025, month: 11, part: 'early', precision: 'part-of-month' }, 'en', 'early Nov 2025'],
    [{ year: 2025, month: 11, part: 'early', precision: 'part-of-month' }, 'ru', 'начало нояб. 2025'],
    [{ year: 2025, month: 3, precision: 'month' }, 'ru', 'март 2025'],
    [{ year: 2024, season: 'autumn', precision: 'season' }, 'ru', 'осень 2024'],
    [{ year: 2024, precision: 'year' }, 'en', '2024'],
    [{ month: 6, day: 21, precision: 'day' }, 'en', '21 Jun'],
    [undefined, 'en', undefined],
  ];
  it.each(cases)('%j in %s → %j', (date, lang, expected) => {
    expect(formatFuzzyDate(date, lang)).toBe(expected);
  });
});
