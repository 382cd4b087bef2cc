import { describe, expect, it } from 'vitest';
import { chartSpec, renderTimelineChart } from '../../src/charts/timeline-chart.ts';
import { chronology } from '../../src/knowledge/digest/chronology.ts';
import { kbOf, lifted, release, visit } from '../knowledge/digest/chronology-fixture.ts';

describe('the timeline chart', () => {
  const events = chronology(kbOf([visit, release, lifted]), { lang: 'ru' });

  it('puts every event on the time axis, one row per kind, labels in the reader’s language', () => {
    const spec = chartSpec(events, 'ru', 'Хронология', 1200);
    const values = spec.data.values;
    expect(values.map((v) => v.kind)).toEqual(['Визит', 'Освобождение заключённых', 'Санкции сняты']);
    expect(values.map((v) => v.date)).toEqual(['2025-06-21', '2025-09-11', '2026-03-15']);
    expect(spec.encoding.x.axis.labelExpr).toContain("'янв'");
  });

  it('renders a PNG of the asked width', async () => {
    const png = await renderTimelineChart(events, { lang: 'ru', title: 'Хронология', width: 800 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(800);
  }, 20_000);
});
