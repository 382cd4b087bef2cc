import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derivationFingerprint, extractionFingerprint } from '../../../src/knowledge/answer/derivation-fingerprint.ts';
import { sourcesDigestOf } from '../../../src/knowledge/ingest/read-sources.ts';

describe('extractionFingerprint: the code a store is made by', () => {
  it('is a stable hash, not the index fingerprint', () => {
    expect(extractionFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(extractionFingerprint()).toBe(extractionFingerprint());
    expect(extractionFingerprint()).not.toBe(derivationFingerprint());
  });

  it('is part of the digest a store is checked by, beside its documents', () => {
    const docs = [{ file: '/a/kestov.md', bytes: new TextEncoder().encode('Kestov.') }];
    const documentsOnly = createHash('sha256')
      .update(
        `kestov.md:${createHash('sha256')
          .update(docs[0]?.bytes ?? new Uint8Array())
          .digest('hex')}`,
      )
      .digest('hex');
    expect(sourcesDigestOf(docs)).not.toBe(documentsOnly);
    expect(sourcesDigestOf(docs)).toBe(sourcesDigestOf([...docs]));
  });
});
