/**
 * Chart geometry, computed at build time with d3-scale and d3-shape: bars
 * for counts per period, an area for the archive over time, and a timeline
 * of spans. Pure: numbers in, coordinates and SVG path data out. Coordinates
 * are in a fixed viewBox; the SVG scales to its container (down to 360 px).
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveMonotoneX, line } from 'd3-shape';
import type { Bin } from './periods.ts';

export const VIEW = { width: 480, height: 180, top: 16, right: 12, bottom: 30, left: 36 } as const;
const MAX_BAR = 48;

export interface Tick {
  y: number;
  value: number;
}

export interface AxisLabel {
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Whole-number ticks only: a count of articles has no fractions. */
function countTicks(max: number, y: (v: number) => number): Tick[] {
  return scaleLinear()
    .domain([0, max])
    .ticks(Math.min(3, max))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ value, y: y(value) }));
}

/** Labels for the first and last period (and the middle one when there is room). */
function periodLabels(bins: readonly Bin[], x: (i: number) => number): AxisLabel[] {
  if (bins.length === 0) return [];
  if (bins.length === 1) return [{ x: x(0), text: bins[0]!.label, anchor: 'middle' }];
  const out: AxisLabel[] = [{ x: x(0), text: bins[0]!.label, anchor: 'start' }];
  if (bins.length >= 5) {
    const mid = Math.floor((bins.length - 1) / 2);
    out.push({ x: x(mid), text: bins[mid]!.label, anchor: 'middle' });
  }
  out.push({ x: x(bins.length - 1), text: bins.at(-1)!.label, anchor: 'end' });
  return out;
}

export interface BarLayout {
  bars: { x: number; y: number; width: number; height: number; bin: Bin; marked: boolean }[];
  ticks: Tick[];
  labels: AxisLabel[];
  baseline: number;
}

/** Bars for counts per period; `marked` keys (first and last citation, say) are drawn apart. */
export function layoutBars(bins: readonly Bin[], marked: ReadonlySet<string> = new Set()): BarLayout {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([VIEW.left, VIEW.width - VIEW.right])
    .paddingInner(bins.length > 24 ? 0.1 : 0.25)
    .paddingOuter(0.1);
  const y = scaleLinear().domain([0, max]).range([VIEW.height - VIEW.bottom, VIEW.top]);
  const baseline = y(0);
  return {
    bars: bins.map((bin, i) => ({
      // A few periods would make slabs: bars keep at most MAX_BAR wide, centred in their band.
      x: x(i)! + Math.max(0, x.bandwidth() - MAX_BAR) / 2,
      y: y(bin.count),
      width: Math.max(1, Math.min(MAX_BAR, x.bandwidth())),
      height: baseline - y(bin.count),
      bin,
      marked: marked.has(bin.key),
    })),
    ticks: countTicks(max, y),
    labels: periodLabels(bins, (i) => x(i)! + x.bandwidth() / 2),
    baseline,
  };
}

export interface AreaLayout {
  area: string;
  line: string;
  ticks: Tick[];
  labels: AxisLabel[];
  baseline: number;
}

/** The archive over time: one point per period, filled down to zero. */
export function layoutArea(bins: readonly Bin[]): AreaLayout {
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = scaleLinear()
    .domain([0, Math.max(1, bins.length - 1)])
    .range([VIEW.left, VIEW.width - VIEW.right]);
  const y = scaleLinear().domain([0, max]).range([VIEW.height - VIEW.bottom, VIEW.top]);
  // A single period is drawn as a flat band across the chart.
  const points: [number, number][] = bins.length === 1 ? [[0, bins[0]!.count], [1, bins[0]!.count]] : bins.map((b, i) => [i, b.count]);
  const baseline = y(0);
  return {
    area: area<[number, number]>().digits(1).x((p) => x(p[0])).y0(baseline).y1((p) => y(p[1])).curve(curveMonotoneX)(points) ?? '',
    line: line<[number, number]>().digits(1).x((p) => x(p[0])).y((p) => y(p[1])).curve(curveMonotoneX)(points) ?? '',
    ticks: countTicks(max, y),
    labels: periodLabels(bins, (i) => x(bins.length === 1 ? 0.5 : i)),
    baseline,
  };
}

export interface Span {
  label: string;
  /** YYYY-MM-DD. */
  first: string;
  last: string;
  count: number;
}

export const TIMELINE = { row: 38, bar: 10, top: 8, bottom: 28, left: 8, right: 8 } as const;

export interface TimelineLayout {
  height: number;
  rows: { y: number; x: number; width: number; span: Span }[];
  labels: AxisLabel[];
}

const utc = (d: string) => new Date(`${d}T00:00:00Z`);
const DAY = 86_400_000;

/** One row per span, each bar from its first to its last stated date on a shared time axis. */
export function layoutTimeline(spans: readonly Span[]): TimelineLayout {
  const lo = Math.min(...spans.map((s) => utc(s.first).getTime()));
  const hi = Math.max(...spans.map((s) => utc(s.last).getTime()));
  // A single day still gets a visible axis: a fortnight either side.
  const pad = hi - lo < 30 * DAY ? 15 * DAY : 0;
  const x = scaleUtc()
    .domain([new Date(lo - pad), new Date(hi + pad)])
    .range([TIMELINE.left, VIEW.width - TIMELINE.right]);
  const rows = spans.map((span, i) => {
    const x0 = x(utc(span.first));
    const x1 = x(utc(span.last));
    const width = Math.max(6, x1 - x0);
    return { y: TIMELINE.top + i * TIMELINE.row + 20, x: Math.min(x0, VIEW.width - TIMELINE.right - width), width, span };
  });
  const height = TIMELINE.top + spans.length * TIMELINE.row + TIMELINE.bottom;
  const fmt = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  };
  const labels: AxisLabel[] =
    lo === hi
      ? [{ x: x(new Date(lo)), text: fmt(lo), anchor: 'middle' }]
      : [
          { x: x(new Date(lo)), text: fmt(lo), anchor: 'start' },
          { x: x(new Date(hi)), text: fmt(hi), anchor: 'end' },
        ];
  return { height, rows, labels };
}
