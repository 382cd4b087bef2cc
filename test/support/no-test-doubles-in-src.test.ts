import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('test doubles', () => {
  it('live in test/support, not in src (they would ship with the bot)', async () => {
    const doubles = (await filesUnder(join(ROOT, 'src'))).filter((f) => /(^|\/)(fake|simulated|mock|stub)[-.]/.test(f));
    expect(doubles).toEqual([]);
  });
});
