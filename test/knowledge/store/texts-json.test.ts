import { describe, expect, it } from 'vitest';
import { textsFromJson } from '../../../src/knowledge/store/texts-json.ts';

/** The texts as textsFromJson reads them from a store's `"texts":{...}`, with the bytes around them it must leave alone. */
function read(json: string): Record<string, string> | undefined {
  const bytes = Buffer.from(`{"texts":${json},"after":1}`, 'utf8');
  const start = '{"texts":'.length;
  const end = bytes.length - ',"after":1}'.length;
  const texts = textsFromJson(bytes, start, end);
  expect(bytes.subarray(end).toString('utf8')).toBe(',"after":1}');
  return texts;
}

describe('textsFromJson', () => {
  const texts: Record<string, string> = {
    'doc-a.md': 'Line one.\nLine "two" \\ three\ttabbed.\r\n',
    'док-б.txt': 'Визит в Минск 21 июня 2025 года — «Кеннеди»; emoji 😀 and \u2028 separator.',
    '10': 'an id that reads as a number',
    '2': '',
    'x\\"y': 'an id with escapes',
  };

  it('reads what JSON.parse reads, texts and ids, in the same key order', () => {
    const json = JSON.stringify(texts);
    const got = read(json);
    expect(got).toEqual(JSON.parse(json));
    expect(Object.keys(got ?? {})).toEqual(Object.keys(JSON.parse(json)));
  });

  it('reads escapes JSON.stringify does not write (\\u escapes, a surrogate pair)', () => {
    const json = '{"a":"\\u0041\\ud83d\\ude00\\/","b":"plain"}';
    expect(read(json)).toEqual(JSON.parse(json));
  });

  it('reads no texts', () => {
    expect(read('{}')).toEqual({});
  });

  it('leaves to JSON.parse texts holding NUL, white space between entries, and values that are not strings', () => {
    expect(read('{"a":"x\\u0000y","b":"z"}')).toBeUndefined();
    expect(read('{"a": "x"}')).toBeUndefined();
    expect(read('{"a":5}')).toBeUndefined();
    expect(read('{"__proto__":"x"}')).toBeUndefined();
  });

  it('throws on a text that is not valid JSON', () => {
    expect(() => read('{"a":"bad \u0001 control","b":"c"}')).toThrow(SyntaxError);
  });
});
