import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { ingestDirectories, ingestDocuments } from '../../../src/knowledge/ingest/ingest.ts';
import { decodeStore, encodeStore } from '../../../src/knowledge/store/lean-format.ts';
import type { FactStoreData } from '../../../src/knowledge/types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let corpus: FactStoreData;
beforeAll(async () => {
  corpus = (await ingestDirectories([join(ROOT, 'data', 'sources'), join(ROOT, 'test', 'fixtures', 'sources')])).data;
});

/** Through JSON as the file store does it. */
const roundTrip = (data: FactStoreData) => decodeStore(JSON.parse(JSON.stringify(encodeStore(data))));

describe('the lean store format', () => {
  it('gives back the corpus data exactly, key order included', () => {
    expect(JSON.stringify(roundTrip(corpus))).toBe(JSON.stringify(corpus));
  });

  it('gives back a generated corpus exactly', () => {
    const { data } = ingestDocuments(generateCorpus(20));
    expect(JSON.stringify(roundTrip(data))).toBe(JSON.stringify(data));
  });

  it("keeps a sentence dated by its post's stamp", () => {
    const channel = '📅 11.06.2026 10:20\nПосты на мосту у Орска демонтированы.\n👁 20,4K\n';
    const { data } = ingestDocuments([{ file: 'in/channel.txt', bytes: Buffer.from(channel) }]);
    const stamped = Object.values(data.annotations).filter((a) => a.dateStamped);
    expect(stamped).toHaveLength(1);
    expect(Object.values(roundTrip(data).annotations).filter((a) => a.dateStamped)).toEqual(stamped);
  });

  it('stores the corpus in at most four times the size of its texts', () => {
    const lean = Buffer.byteLength(JSON.stringify(encodeStore(corpus)));
    const texts = Object.values(corpus.texts).reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(lean / texts).toBeLessThanOrEqual(4);
  });

  it('shares a repeated value between sentences after decoding, frozen: changing it throws instead of changing them all', () => {
    const back = roundTrip(corpus);
    const dates = Object.values(back.annotations).flatMap((a) => (a.date ? [a.date] : []));
    expect(new Set(dates).size).toBeLessThan(dates.length);
    const shared = dates[0] as NonNullable<(typeof dates)[number]>;
    expect(Object.isFrozen(shared)).toBe(true);
    expect(() => {
      shared.year = 1999;
    }).toThrow(TypeError);
    const entities = Object.values(back.annotations).find((a) => a.entities.length > 0)?.entities ?? [];
    expect(() => entities.push('x')).toThrow(TypeError);
  });

  it('refuses sentences that are not grouped by source, saying which', () => {
    const data = structuredClone(corpus);
    data.sentences.reverse();
    expect(() => encodeStore(data)).toThrow(/sentence .*#\d+ is out of order/);
  });
});
