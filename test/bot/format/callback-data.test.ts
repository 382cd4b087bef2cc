import { describe, expect, it } from 'vitest';
import {
  type CallbackAction,
  decodeCallback,
  encodeCallback,
  sourceIdFromKey,
  sourceKey,
} from '../../../src/bot/format/callback-data.ts';

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

describe('callback data', () => {
  const actions: CallbackAction[] = [
    { kind: 'example', lang: 'ru', index: 2 },
    { kind: 'context', sourceKey: sourceKey('000'), start: 0, end: 1 },
    { kind: 'context', sourceKey: sourceKey('x'.repeat(300)), start: 2 ** 40, end: 2 ** 40 + 9999 },
    { kind: 'more', answerKey: 'AbC-_123' },
    { kind: 'lang', choice: 'auto' },
    { kind: 'source', sourceKey: sourceKey('Документ с длинным именем.txt') },
  ];

  it.each(actions)('round-trips %j within 64 bytes', (action) => {
    const data = encodeCallback(action);
    expect(byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeCallback(data)).toEqual(action);
  });

  it.each([
    ['an older layout version', '0|c|000|0|1'],
    ['a future version', '2|q|en|0'],
    ['no data', undefined],
    ['garbage', 'hello'],
    ['an unknown kind', '1|z|1'],
    ['a bad language', '1|l|de'],
    ['a non-number offset', '1|c|000|zz!|1'],
  ])('decodes %s as expired', (_name, data) => {
    expect(decodeCallback(data)).toEqual({ kind: 'expired' });
  });

  it('refuses to build callback data longer than 64 bytes', () => {
    expect(() => encodeCallback({ kind: 'more', answerKey: 'k'.repeat(80) })).toThrow(/64/);
  });

  it('maps a long source id to a stable short key and back', () => {
    const ids = ['000', 'a-very-long-source-file-name-from-an-import', 'Документ'];
    for (const id of ids) expect(sourceIdFromKey(sourceKey(id), ids)).toBe(id);
    expect(sourceKey(ids[1] as string)).toBe(sourceKey(ids[1] as string));
    expect(sourceIdFromKey('~nothing', ids)).toBeUndefined();
  });
});
