import { describe, expect, it } from 'vitest';
import { layoutArea, layoutBars, layoutTimeline, VIEW } from '../../src/lib/charts/layout.ts';
import { countByPeriod, granularityFor } from '../../src/lib/charts/periods.ts';

describe('countByPeriod', () => {
  it('fills every month from the first to the last, empty ones with 0, across a new year', () => {
    const bins = countByPeriod(['2020-11-30', '2021-02-01', '2020-11-02', '2021-02-28'], 'month');
    expect(bins.map((b) => [b.key, b.count])).toEqual([
      ['2020-11', 2],
      ['2020-12', 0],
      ['2021-01', 0],
      ['2021-02', 2],
    ]);
    expect(bins[0]).toMatchObject({ label: '11/2020', long: 'tháng 11/2020' });
  });
  it('counts by year, gaps included', () => {
    expect(countByPeriod(['2019-06-03', '2022-01-12', '2019-12-31'], 'year').map((b) => [b.label, b.count])).toEqual([
      ['2019', 2],
      ['2020', 0],
      ['2021', 0],
      ['2022', 1],
    ]);
  });
  it('has no bins for no dates', () => {
    expect(countByPeriod([], 'month')).toEqual([]);
  });
});

describe('granularityFor', () => {
  it('counts by month up to three years, by year beyond', () => {
    expect(granularityFor(['2020-01-05', '2022-12-20'])).toBe('month');
    expect(granularityFor(['2020-01-05', '2023-01-02'])).toBe('year');
    expect(granularityFor(['2020-01-05'])).toBe('month');
  });
});

describe('layouts', () => {
  const bins = countByPeriod(['2020-01-01', '2020-01-09', '2020-03-01', '2020-03-02', '2020-03-03', '2020-03-04'], 'month');
  it('draw bars in proportion to the counts, inside the view, marked ones flagged', () => {
    const l = layoutBars(bins, new Set(['2020-03']));
    const [jan, feb, mar] = l.bars;
    expect([jan!.height * 2, feb!.height]).toEqual([mar!.height, 0]);
    expect(l.bars.map((b) => b.marked)).toEqual([false, false, true]);
    for (const b of l.bars) {
      expect(b.x).toBeGreaterThanOrEqual(VIEW.left);
      expect(b.x + b.width).toBeLessThanOrEqual(VIEW.width - VIEW.right);
      expect(b.y + b.height).toBeCloseTo(l.baseline);
    }
    expect(l.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(l.labels.map((a) => a.text)).toEqual(['1/2020', '3/2020']);
  });
  it('draw an area path through every period', () => {
    const a = layoutArea(bins);
    expect(a.area.startsWith('M')).toBe(true);
    expect(a.line.startsWith('M')).toBe(true);
  });
  it('draw one timeline row per span, later spans further right, a one-day span still visible', () => {
    const t = layoutTimeline([
      { label: 'A', first: '2019-01-01', last: '2020-01-01', count: 3 },
      { label: 'B', first: '2021-06-01', last: '2021-06-01', count: 1 },
    ]);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1]!.x).toBeGreaterThan(t.rows[0]!.x + t.rows[0]!.width);
    expect(t.rows[1]!.width).toBeGreaterThan(0);
    expect(t.rows[1]!.x + t.rows[1]!.width).toBeLessThanOrEqual(VIEW.width);
  });
});
