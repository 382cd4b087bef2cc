/**
 * A full garbage collection where the runtime offers one (`node --expose-gc`, as `npm run ingest` runs):
 * between two phases of a batch job, so the second does not add its memory to the first's garbage.
 * Nothing where it is not offered.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
