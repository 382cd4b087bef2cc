import { copyFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { decodedSideFilePath } from '../../../src/knowledge/store/decoded-side-file.ts';
import { FileFactStore } from '../../../src/knowledge/store/file-store.ts';
import type { FactStoreData } from '../../../src/knowledge/types.ts';

const document = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });
const DATA: FactStoreData = ingestDocuments([
  document(
    'in/minsk.txt',
    '21 июня 2025 года Кит Келлог прибыл в Минск. В тот же день освобождены 14 человек.\n\nЗатем он уехал.',
  ),
  document('in/port.txt', 'On June 3, 2025 the port handled 2,000 tonnes of grain. Prices rose by 5 % in May 2025.'),
]).data;
const OTHER: FactStoreData = ingestDocuments([document('in/other.txt', 'On 4 May 2024 the talks in Riga ended.')]).data;

/** What a reader sees of a store: its annotations read through, the facts decoded. */
function seen(data: FactStoreData) {
  return {
    sourcesDigest: data.sourcesDigest,
    sources: data.sources,
    texts: data.texts,
    sentences: data.sentences,
    entities: data.entities,
    annotations: data.sentences.map((s) => data.annotations[s.id]),
    facts: data.facts,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-side-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readLogged(file: string): Promise<{ data: FactStoreData | null; lines: string[] }> {
  const lines: string[] = [];
  const data = await new FileFactStore(file, { log: (line) => lines.push(line) }).read();
  return { data, lines };
}

describe('the decoded side file of a store', () => {
  it('is written with the store, and a read with it gives what the JSON gives', async () => {
    const file = join(dir, 'first.json');
    await new FileFactStore(file).write(DATA);
    const withSide = await readLogged(file);
    expect(withSide.lines).toEqual([]);
    // A store written before there were side files: the first read writes it.
    await rm(decodedSideFilePath(file));
    const fromJson = await readLogged(file);
    expect(fromJson.lines.join('\n')).toMatch(/not usable \(missing\)/);
    await stat(decodedSideFilePath(file));
    const again = await readLogged(file);
    expect(again.lines).toEqual([]);
    expect(seen(withSide.data as FactStoreData)).toEqual(seen(fromJson.data as FactStoreData));
    expect(seen(again.data as FactStoreData)).toEqual(seen(fromJson.data as FactStoreData));
    expect(seen(again.data as FactStoreData)).toEqual(seen(DATA));
  });

  it('is left for later when the writer asks, and written then from the store as written', async () => {
    const file = join(dir, 'later.json');
    await new FileFactStore(file).write(DATA, { sideFile: false });
    await expect(stat(decodedSideFilePath(file))).rejects.toThrow(/ENOENT/);
    await new FileFactStore(file).writeSideFileOfWritten();
    const read = await readLogged(file);
    expect(read.lines).toEqual([]);
    expect(seen(read.data as FactStoreData)).toEqual(seen(DATA));
  });

  it('made from another version of the store is rebuilt, and the JSON read', async () => {
    const file = join(dir, 'stale.json');
    const other = join(dir, 'other.json');
    await new FileFactStore(other).write(OTHER);
    await new FileFactStore(file).write(DATA);
    await copyFile(decodedSideFilePath(other), decodedSideFilePath(file));
    const read = await readLogged(file);
    expect(read.lines.join('\n')).toMatch(/another version of the store/);
    expect(seen(read.data as FactStoreData)).toEqual(seen(DATA));
    const again = await readLogged(file);
    expect(again.lines).toEqual([]);
    expect(seen(again.data as FactStoreData)).toEqual(seen(DATA));
  });

  it.each([
    ['cut short', async (side: string) => truncate(side, (await stat(side)).size - 20)],
    ['of garbage', async (side: string) => writeFile(side, 'not a side file at all')],
    [
      'with a damaged header',
      async (side: string) => {
        const bytes = await readFile(side);
        bytes.write('{{', 8, 'latin1');
        await writeFile(side, bytes);
      },
    ],
    [
      'with columns that do not fit together',
      async (side: string) => {
        const bytes = await readFile(side);
        const header = bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4));
        await writeFile(
          side,
          Buffer.concat([
            bytes.subarray(0, 8),
            Buffer.from(
              header.replace(
                /"dateStart":\[(\d+),(\d+)\]/,
                (_, at, length) => `"dateStart":[${at},${Number(length) - 8}]`,
              ),
            ),
            bytes.subarray(8 + header.length),
          ]),
        );
      },
    ],
  ])('that is corrupt (%s) is rebuilt, and the JSON read', async (_, corrupt) => {
    const file = join(dir, 'corrupt.json');
    await new FileFactStore(file).write(DATA);
    await corrupt(decodedSideFilePath(file));
    const read = await readLogged(file);
    expect(read.lines.join('\n')).toMatch(/not usable/);
    expect(seen(read.data as FactStoreData)).toEqual(seen(DATA));
    const again = await readLogged(file);
    expect(again.lines).toEqual([]);
    expect(seen(again.data as FactStoreData)).toEqual(seen(DATA));
  });

  it('that cannot be written costs nothing but a warning', async () => {
    const file = join(dir, 'unwritable.json');
    await new FileFactStore(file).write(DATA);
    // A folder where the side file should be: the rename over it fails.
    await rm(decodedSideFilePath(file), { force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(join(decodedSideFilePath(file), 'x'), { recursive: true }));
    const read = await readLogged(file);
    expect(read.lines.join('\n')).toMatch(/could not be written/);
    expect(seen(read.data as FactStoreData)).toEqual(seen(DATA));
  });
});
