import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
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

  it('starts with defaults from a truncated file, keeping a copy and naming the file in the warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prefs-'));
    const file = join(dir, 'prefs.json');
    const truncated = '{"version":1,"users":{"7":{"lang":"r';
    await writeFile(file, truncated);
    const warnings: string[] = [];
    const store = await openFilePrefsStore(file, (m) => warnings.push(m));
    expect(store.get(7)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    const copies = (await readdir(dir)).filter((n) => n.startsWith('prefs.json.unreadable-'));
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, copies[0] as string), 'utf8')).toBe(truncated);
    await store.set(8, { lang: 'en' });
    await store.flush();
    expect((await openFilePrefsStore(file)).get(8)).toEqual({ lang: 'en' });
  });
});
