import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../src/cli/lines.ts';

async function lines(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of linesOf(Readable.from(chunks))) out.push(line);
  return out;
}

describe('linesOf', () => {
  it('splits on \\n only: a lone \\r stays inside its line', async () => {
    expect(await lines(['a\rb\nc\n'])).toEqual(['a\rb', 'c']);
  });
  it('drops the \\r of \\r\\n, even when the chunk boundary falls between them', async () => {
    expect(await lines(['one\r', '\ntwo\r\n'])).toEqual(['one', 'two']);
  });
  it('keeps a last line without \\n, an empty line, and a UTF-8 character split across chunks', async () => {
    const bytes = new TextEncoder().encode('\nМинск');
    expect(await lines([bytes.subarray(0, 3), bytes.subarray(3)])).toEqual(['', 'Минск']);
    expect(await lines([])).toEqual([]);
  });
});
