import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/knowledge/ingest/front-matter.ts';

describe('parseFrontMatter', () => {
  it('reads the known keys and where the body starts', () => {
    const text =
      '---\ntitle: Астана и Брюссель\nauthor: Айгерим Сатпаева\npublished: 2024-03-18\nlang: ru\n---\n\n# Body';
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({
      title: 'Астана и Брюссель',
      author: 'Айгерим Сатпаева',
      published: '2024-03-18',
      lang: 'ru',
    });
    expect(text.slice(fm.bodyStart)).toBe('\n# Body');
    expect(fm.problem).toBeUndefined();
  });

  it.each([
    ['no front matter', 'Just text.\n---\nmore', {}, 'Just text.\n---\nmore'],
    ['CRLF line ends', '---\r\ntitle: T\r\n---\r\nBody', { title: 'T' }, 'Body'],
    ['quoted values lose their quotes', '---\ntitle: "US envoy\'s trip"\n---\nB', { title: "US envoy's trip" }, 'B'],
    ['a value with a colon', '---\nurl: https://example.org/a\n---\nB', { url: 'https://example.org/a' }, 'B'],
    ['unknown keys are ignored', '---\ntitle: T\ntags: a, b\n---\nB', { title: 'T' }, 'B'],
    ['upper-case keys are folded', '---\nTitle: T\n---\nB', { title: 'T' }, 'B'],
    ['comments and blank lines are skipped', '---\n# a comment\n\ntitle: T\n---\nB', { title: 'T' }, 'B'],
  ])('%s', (_name, text, fields, body) => {
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual(fields);
    expect(text.slice(fm.bodyStart)).toBe(body);
    expect(fm.problem).toBeUndefined();
  });

  it('an unclosed block is read as text, with a problem that says so', () => {
    const fm = parseFrontMatter('---\ntitle: T\n\nСтатья без конца шапки.');
    expect(fm.bodyStart).toBe(0);
    expect(fm.fields).toEqual({});
    expect(fm.problem).toMatch(/never closed/);
  });

  it('lines that are not key: value are named in the problem, the rest is kept', () => {
    const fm = parseFrontMatter('---\ntitle: T\nthis is not a field\n---\nB');
    expect(fm.fields).toEqual({ title: 'T' });
    expect(fm.problem).toMatch(/not understood: this is not a field/);
    expect(fm.bodyStart).toBe('---\ntitle: T\nthis is not a field\n---\n'.length);
  });
});
