import { createRequire } from 'node:module';
import type { ChronologyEvent } from '../knowledge/digest/chronology.ts';
import type { Lang } from '../knowledge/types.ts';

/**
 * A timeline as a PNG: events on a time axis, one row per kind of event, the biggest ones labelled.
 *
 * Vega-Lite compiles the chart to a Vega spec, Vega renders it to SVG in Node (no browser, no canvas),
 * and resvg (a native renderer shipped as npm platform packages) turns the SVG into a PNG.
 * resvg draws text only with fonts it is given: the Noto Sans files come from an npm package
 * (@expo-google-fonts/noto-sans, with Cyrillic) and are passed explicitly, so the picture is the same
 * on a bare container as on a desktop. The libraries are loaded on first use: a bot that never
 * draws a chart does not pay their start-up time.
 */
export interface ChartOptions {
  lang: Lang;
  title: string;
  /** Pixels; the PNG is rendered at this width. */
  width?: number;
}

export async function renderTimelineChart(events: readonly ChronologyEvent[], options: ChartOptions): Promise<Buffer> {
  const width = options.width ?? 1200;
  const [vega, vegaLite, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  const spec = chartSpec(events, options.lang, options.title, width);
  const view = new vega.View(vega.parse(vegaLite.compile(spec as never).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: 'white',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}

const FONT_FAMILY = 'Noto Sans';
const DAY_MS = 86_400_000;
const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/** Labelled points at most: the rest are drawn without text so labels do not pile up. */
const LABELS_MAX = 8;

/** The Vega-Lite spec (exported for tests: what is drawn, without rendering it). */
export function chartSpec(events: readonly ChronologyEvent[], lang: Lang, title: string, width: number) {
  // The heaviest events get a label; within a row, labels alternate above and below the points.
  const labelled = new Set(
    [...events]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, LABELS_MAX)
      .map((e) => e.key),
  );
  const seenInRow = new Map<string, number>();
  const values = events.map((e) => {
    const kind = e.line.split(' (')[0] ?? e.line;
    const label = labelled.has(e.key) ? `${e.dateText}: ${shortDetail(e)}` : '';
    const n = label ? (seenInRow.get(kind) ?? 0) : 0;
    if (label) seenInRow.set(kind, n + 1);
    return { date: isoDate(e), kind, label, below: n % 2 === 1 };
  });
  const kinds = new Set(values.map((v) => v.kind)).size;
  // Room around the first and last events (and a readable span for a single day): a tenth of the span, at least a month.
  const times = values.map((v) => Date.parse(v.date));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const margin = Math.max(31 * DAY_MS, (last - first) / 10);
  const years = (last - first + 2 * margin) / (365 * DAY_MS);
  const ticks =
    years > 4
      ? { interval: 'year', step: 1 }
      : years > 1.5
        ? { interval: 'month', step: 6 }
        : years > 0.6
          ? { interval: 'month', step: 2 }
          : { interval: 'month', step: 1 };
  const months = MONTHS[lang].map((m) => `'${m}'`).join(',');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: width - 280,
    height: Math.max(120, kinds * 56),
    padding: 16,
    background: 'white',
    title: { text: title, fontSize: 20, anchor: 'start', font: FONT_FAMILY },
    data: { values },
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        title: null,
        scale: { domain: [new Date(first - margin).toISOString(), new Date(last + margin).toISOString()] },
        axis: {
          labelExpr: `[${months}][month(datum.value)] + ' ' + year(datum.value)`,
          labelFontSize: 12,
          grid: true,
          tickCount: ticks,
        },
      },
      y: { field: 'kind', type: 'nominal', title: null, axis: { labelFontSize: 13, labelLimit: 220 } },
      color: { field: 'kind', type: 'nominal', legend: null },
    },
    layer: [{ mark: { type: 'point', filled: true, size: 180, opacity: 0.85 } }, labelLayer(false), labelLayer(true)],
    config: { font: FONT_FAMILY, view: { stroke: null } },
  };
}

function labelLayer(below: boolean) {
  return {
    transform: [{ filter: below ? 'datum.below' : '!datum.below' }],
    mark: { type: 'text', align: 'left', dx: 6, dy: below ? 16 : -14, fontSize: 11, color: '#333', angle: 0 },
    encoding: { text: { field: 'label' } },
  };
}

function shortDetail(e: ChronologyEvent): string {
  const detail = e.counts[0] ?? e.who[0] ?? '';
  return detail.length > 28 ? `${detail.slice(0, 27)}…` : detail;
}

/** A fuzzy date placed at the middle of what it covers (a month at its 15th, a year at 1 July). */
function isoDate(e: ChronologyEvent): string {
  const d = e.date;
  const month = d.month ?? (d.season ? { winter: 1, spring: 4, summer: 7, autumn: 10 }[d.season] : 7);
  const day = d.day ?? (d.part ? { early: 5, mid: 15, late: 25 }[d.part] : d.month ? 15 : 1);
  return `${d.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};
