import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFilePrefsStore } from '../../src/bot/stores/prefs-store.ts';

describe('file prefs store', () => {
  it('persists a choice across reopening', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'prefs-')), 'prefs.json');
    const store = await openFilePrefsStore(file);
    await store.set(7, { lang: 'ru' });
    await store.set(8, { lang: 'auto' });
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      users: { '7': { lang: 'ru' }, '8': { lang: 'auto' } },
    });
    expect((await openFilePrefsStore(file)).get(7)).toEqual({ lang: 'ru' });
  });

  it('refuses a file of another version instead of overwriting it', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'prefs-')), 'prefs.json');
    await writeFile(file, JSON.stringify({ version: 9, users: {} }));
    await expect(openFilePrefsStore(file)).rejects.toThrow(/not a version 1 preferences file/);
  });
});
