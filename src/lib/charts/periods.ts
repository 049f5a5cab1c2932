/**
 * Counting by period for the charts: dates (YYYY-MM-DD) into contiguous
 * months or years from the first to the last, empty periods included, so a
 * gap in the record shows as a gap in the chart.
 */
import { monthYear } from '../site/format.ts';

export type Granularity = 'month' | 'year';

export interface Bin {
  /** "2020-06" or "2020". */
  key: string;
  /** Axis label: "6/2020" or "2020". */
  label: string;
  /** For the data table and screen readers: "tháng 6/2020" or "năm 2020". */
  long: string;
  count: number;
}

/** What every chart of counts per period is given (AreaChart, BarChart). */
export interface PeriodChartProps {
  id: string;
  caption: string;
  desc: string;
  bins: Bin[];
  /** Column heading for the counts: "Số bài", "Số sự kiện". */
  unit: string;
}

/** Beyond this many months a chart counts by year: bars stay wide enough to see at 360 px. */
export const MAX_MONTH_BINS = 36;

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

export function granularityFor(dates: readonly string[], maxMonths = MAX_MONTH_BINS): Granularity {
  if (dates.length === 0) return 'month';
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of dates) {
    const m = monthIndex(d);
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  return hi - lo + 1 > maxMonths ? 'year' : 'month';
}

export function binKey(date: string, g: Granularity): string {
  return g === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

export function countByPeriod(dates: readonly string[], g: Granularity): Bin[] {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(binKey(d, g), (counts.get(binKey(d, g)) ?? 0) + 1);
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  const out: Bin[] = [];
  if (g === 'year') {
    for (let y = Number(keys[0]); y <= Number(keys.at(-1)); y++) {
      const key = String(y);
      out.push({ key, label: key, long: `năm ${key}`, count: counts.get(key) ?? 0 });
    }
    return out;
  }
  for (let m = monthIndex(`${keys[0]}-01`); m <= monthIndex(`${keys.at(-1)}-01`); m++) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ key, label: `${month}/${year}`, long: monthYear(year, month), count: counts.get(key) ?? 0 });
  }
  return out;
}
