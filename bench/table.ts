/**
 * One row of the `npm run bench` table. Every benchmark module returns rows of this shape;
 * bench/run.ts prints them all as one table.
 */
export interface BenchRow {
  /** What was measured, e.g. "ingest throughput (1 core)". */
  what: string;
  /** The input it was measured on, e.g. "corpus, 5 docs, 76 KB". */
  size: string;
  figure: number | string;
  unit: string;
  /** The naive baseline's figure beside ours, where an issue names one (e.g. "fuse.js 29 ms, x97"). */
  baseline?: string | number;
  /** The benchmark broke (an error, a crash): `figure` says why. Over-budget is a result, not a failure. */
  failed?: boolean;
}

const HEADERS = ['what', 'size', 'figure', 'unit', 'baseline'] as const;

/** Formats rows as a plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.what, r.size, formatFigure(r.figure), r.unit, formatFigure(r.baseline ?? '')]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[], numeric: readonly boolean[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.map((r, i) => line(cells[i] ?? [], [false, false, typeof r.figure === 'number', false, false]));
  return [line(HEADERS, []), rule, ...body].join('\n');
}

/** Three significant digits, but never scientific notation and never fewer than the integer part. */
export function formatFigure(value: number | string): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}
