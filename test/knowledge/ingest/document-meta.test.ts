import { describe, expect, it } from 'vitest';
import { detectLang, docDateOf, documentMeta } from '../../../src/knowledge/ingest/document-meta.ts';
import { type FrontMatter, parseFrontMatter } from '../../../src/knowledge/ingest/front-matter.ts';
import type { SourceMeta } from '../../../src/knowledge/types.ts';

describe('detectLang', () => {
  it.each([
    ['Лукашенко принял делегацию.', 'ru'],
    ['Lukashenko received the delegation.', 'en'],
    ['Встреча с John Coale прошла в Минске.', 'ru'],
    ['The Belavia («Белавиа») sanctions were lifted by the US Treasury in September.', 'en'],
    ['', 'en'],
    ['12345 !!!', 'en'],
    // A letter outside the basic plane counts once, an emoji not at all.
    ['𝒜𝒜𝒜 я', 'en'],
    ['я 😀😀😀😀', 'ru'],
  ])('%j → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

function meta(text: string, extra: { sidecar?: Record<string, unknown>; firstLine?: string } = {}) {
  const front: FrontMatter = parseFrontMatter(text);
  const warnings: string[] = [];
  const m = documentMeta({
    id: 'doc',
    file: 'dir/doc.md',
    sha256: 'abc',
    text,
    bodyStart: front.bodyStart,
    front,
    ...(extra.sidecar ? { sidecar: extra.sidecar } : {}),
    firstLine: extra.firstLine,
    warn: (w) => warnings.push(w),
  });
  return { m, warnings };
}

describe('documentMeta', () => {
  it('takes front matter first', () => {
    const { m, warnings } = meta(
      '---\ntitle: Front\npublished: 2024-03-18\nlang: en\nauthor: A\n---\nТекст по-русски.',
      {
        sidecar: { title: 'Sidecar', published: '2020-01-01', lang: 'ru' },
        firstLine: 'Текст по-русски.',
      },
    );
    expect(m).toMatchObject({ title: 'Front', published: '2024-03-18', lang: 'en', author: 'A', estimated: [] });
    expect(warnings).toEqual([]);
  });

  it('falls back to the sidecar, keeping its estimated fields', () => {
    const { m } = meta('Текст.', {
      sidecar: { title: 'Sidecar', published: '2025-07', lang: 'ru', estimated: ['published'] },
      firstLine: 'Текст.',
    });
    expect(m).toMatchObject({ title: 'Sidecar', published: '2025-07', lang: 'ru', estimated: ['published'] });
  });

  it('without metadata: title from the first line (estimated), language detected, date unknown', () => {
    const { m, warnings } = meta('Казахстан и Евросоюз\n\nВторой раунд диалога прошёл в Астане.', {
      firstLine: 'Казахстан и Евросоюз',
    });
    expect(m).toMatchObject({
      title: 'Казахстан и Евросоюз',
      published: null,
      lang: 'ru',
      author: null,
      publisher: null,
      url: null,
    });
    expect(m.estimated).toEqual(['title']);
    expect(warnings).toEqual([]);
  });

  it.each([['21.06.2025'], ['June 2025'], ['2025/06/21'], ['2025-6-1']])(
    'a published date %j that is not YYYY[-MM[-DD]] is dropped with a warning',
    (date) => {
      const { m, warnings } = meta(`---\npublished: ${date}\n---\nText.`);
      expect(m.published).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`"${date}"`);
    },
  );

  it.each([['2025'], ['2025-07'], ['2025-07-01']])('%j is accepted', (date) => {
    expect(meta(`---\npublished: ${date}\n---\nText.`).m.published).toBe(date);
  });

  it('"date:" and "source:" are aliases of published and url', () => {
    const { m } = meta('---\ndate: 2024-10-21\nsource: https://example.org\n---\nText.');
    expect(m.published).toBe('2024-10-21');
    expect(m.url).toBe('https://example.org');
  });

  it('an unknown lang value is ignored and the language detected', () => {
    expect(meta('---\nlang: de\n---\nДокумент на русском языке.').m.lang).toBe('ru');
  });
});

describe('docDateOf', () => {
  const of = (published: string | null) => docDateOf({ published } as SourceMeta);
  it.each<[string | null, ReturnType<typeof docDateOf>]>([
    ['2025-09-15', { year: 2025, month: 9, day: 15 }],
    ['2025-07', { year: 2025, month: 7 }],
    ['2025', { year: 2025 }],
    [null, null],
  ])('%j → %j', (published, expected) => {
    expect(of(published)).toEqual(expected);
  });
});
