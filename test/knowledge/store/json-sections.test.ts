import { describe, expect, it } from 'vitest';
import { topLevelSpans } from '../../../src/knowledge/store/json-sections.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
/** Each key with its value's text, as the spans delimit it. */
const parts = (s: string) => {
  const b = bytes(s);
  return Object.fromEntries(
    [...topLevelSpans(b)].map(([k, span]) => [k, new TextDecoder().decode(b.subarray(span.start, span.end))]),
  );
};

describe('topLevelSpans', () => {
  it('delimits every kind of value of the top level, in file order', () => {
    const value = { n: -1.5e3, t: true, z: null, s: 'x', list: [1, [2], { a: 3 }], o: { b: [] } };
    const found = parts(JSON.stringify(value));
    expect(Object.keys(found)).toEqual(Object.keys(value));
    for (const [k, text] of Object.entries(found)) expect(JSON.parse(text)).toEqual(value[k as keyof typeof value]);
  });

  it('is not misled by brackets, quotes and backslashes inside strings, nor by non-ASCII text', () => {
    const value = { texts: { 'doc#1': 'Скобки ] } [ { и "кавычки" \\ в тексте «Тарска»' }, after: [1] };
    expect(JSON.parse(parts(JSON.stringify(value)).texts as string)).toEqual(value.texts);
    expect(parts(JSON.stringify(value)).after).toBe('[1]');
  });

  it('allows white space anywhere JSON does', () => {
    expect(parts(' {\n "a" : [ 1 ,2 ] ,\t"b":{} }\n')).toEqual({ a: '[ 1 ,2 ]', b: '{}' });
    expect(parts('{}')).toEqual({});
  });

  it.each([
    ['a list', '[1]'],
    ['a truncated object', '{"a": [1, 2'],
    ['an unterminated string', '{"a": "b'],
    ['a missing colon', '{"a" 1}'],
    ['bytes after the object', '{"a": 1} x'],
    ['a missing value', '{"a": }'],
  ])('refuses %s', (_, text) => {
    expect(() => topLevelSpans(bytes(text))).toThrow();
  });
});
