import { copyFile } from 'node:fs/promises';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { PrefsStore, UserPrefs } from '../deps.ts';

interface PrefsFile {
  version: 1;
  users: Record<string, UserPrefs>;
}

const EMPTY: PrefsFile = { version: 1, users: {} };

/**
 * Per-user preferences in a JSON file. lowdb writes through steno (temp file + rename), so a crash
 * leaves the old or the new file, never half of one. One writing process only (the bot).
 */
export async function openFilePrefsStore(
  file: string,
  warn: (message: string) => void = () => {},
): Promise<PrefsStore> {
  const db = new Low<PrefsFile>(new JSONFile<PrefsFile>(file), structuredClone(EMPTY));
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // Cut short (a full disk, a hand edit): losing everyone's language choice beats not starting, but
    // the bytes are kept for a person to look at, and the log says where.
    const copy = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await copyFile(file, copy);
    warn(`${file} is not valid JSON (${err.message}); kept a copy as ${copy} and started with default preferences`);
    db.data = structuredClone(EMPTY);
  }
  return openLowPrefsStore(db, file);
}

/** Same behaviour, nothing on disk: for tests and the console chat without a data dir. */
export async function openMemoryPrefsStore(): Promise<PrefsStore> {
  const db = new Low<PrefsFile>(new Memory<PrefsFile>(), structuredClone(EMPTY));
  await db.read();
  return openLowPrefsStore(db, 'memory');
}

async function openLowPrefsStore(db: Low<PrefsFile>, where: string): Promise<PrefsStore> {
  // Refuse a file we do not understand rather than overwrite someone's data with an empty store.
  if (db.data?.version !== 1 || typeof db.data.users !== 'object' || db.data.users === null) {
    throw new Error(`${where}: not a version 1 preferences file; move it away or fix PREFS_FILE`);
  }
  // Writes are chained so flush() can wait for the last one and no two overlap.
  let pending: Promise<void> = Promise.resolve();
  return {
    get: (userId) => db.data.users[String(userId)],
    set(userId, prefs) {
      db.data.users[String(userId)] = prefs;
      pending = pending.then(() => db.write()).catch(() => db.write());
      return pending;
    },
    flush: () => pending,
  };
}
