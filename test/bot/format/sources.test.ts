import { describe, expect, it } from 'vitest';
import { formatSource } from '../../../src/bot/format/sources.ts';
import { translate } from '../../../src/bot/i18n.ts';
import type { Fact, SourceMeta } from '../../../src/knowledge/index.ts';

const SOURCE: SourceMeta = {
  id: '004',
  file: '004.txt',
  title: 'Потепление',
  published: '2025-09-15',
  estimated: [],
  lang: 'ru',
  sha256: 'x',
};
const QUOTE = '11 сентября в Минске Лукашенко [встретился](#) с Коулом.';
const fact = (id: string, type: Fact['type'], extra: Partial<Fact> = {}): Fact => ({
  id,
  type,
  date: { year: 2025, month: 9, day: 11, precision: 'day' },
  participants: [],
  places: [],
  counts: [],
  concepts: [],
  sentenceIds: ['004#3'],
  evidence: [{ sourceId: '004', sentenceId: '004#3', start: 100, end: 100 + QUOTE.length, quote: QUOTE }],
  ...extra,
});

describe('formatSource (issue 11)', () => {
  const facts = [
    fact('a', 'meeting'),
    fact('b', 'visit'),
    fact('c', 'meeting'),
    fact('d', 'sanctions', { sanctionAction: 'lifted' }),
  ];

  it('lists a sentence once, with everything read from it, in the reader’s language', () => {
    const html = formatSource(SOURCE, facts, (k, p) => translate('ru', k, p), 'ru');
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
    expect(html).toContain('<b>11 сент. 2025</b> — переговоры, визит, санкции сняты\n<blockquote>');
    // Markdown link syntax folded for display.
    expect(html).toContain('<blockquote>11 сентября в Минске Лукашенко встретился с Коулом.</blockquote>');
    expect(html).not.toMatch(/meeting|visit|lifted/);
  });

  it('keeps two lines when the same sentence dates two facts differently', () => {
    const other = fact('e', 'release', { date: { year: 2020, precision: 'year' } });
    const html = formatSource(SOURCE, [...facts, other], (k, p) => translate('en', k, p), 'en');
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain('<b>2020</b> — prisoner release');
  });
});
