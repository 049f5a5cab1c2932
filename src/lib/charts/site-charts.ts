/**
 * What each page's charts show, from the same index the page lists: the
 * counts here are the page's own counts, binned by period.
 */
import type { DirectiveRecord, OfficialRecord, SiteIndex } from '../site/site-index.ts';
import { binKey, countByPeriod, granularityFor, type Bin, type Granularity } from './periods.ts';
import type { Span } from './layout.ts';

export interface PeriodChart {
  bins: Bin[];
  granularity: Granularity;
  /** Number counted (the sum of the bins). */
  total: number;
}

function periodChart(dates: readonly string[], granularity = granularityFor(dates)): PeriodChart {
  return { bins: countByPeriod(dates, granularity), granularity, total: dates.length };
}

/** Citing articles per month (per year for a long span), the first and last citation marked. */
export function documentChart(d: DirectiveRecord): PeriodChart & { first?: string; last?: string; marked: Set<string> } {
  const dates = d.citing.map((c) => c.article.data.date);
  const chart = periodChart(dates);
  const first = dates[0];
  const last = dates.at(-1);
  const marked = new Set([first, last].filter((x): x is string => !!x).map((x) => binKey(x, chart.granularity)));
  return { ...chart, ...(first ? { first } : {}), ...(last ? { last } : {}), marked };
}

/** Titles over time: each from the first to the last article stating it. */
export function titleSpans(o: OfficialRecord): Span[] {
  return o.titles.map((t) => ({ label: t.title, first: t.first.data.date, last: t.last.data.date, count: t.count }));
}

/** Events chaired per year. */
export function chairedChart(o: OfficialRecord): PeriodChart {
  return periodChart(
    o.chaired.map((c) => c.article.data.date),
    'year',
  );
}

/** Articles per month across the archive. */
export function archiveChart(site: SiteIndex): PeriodChart {
  return periodChart(
    site.articles.map((a) => a.data.date),
    'month',
  );
}

/** The chart in one sentence, for its <desc>: total, span, and the busiest period. */
export function describePeriods(chart: PeriodChart, noun: string): string {
  const filled = chart.bins.filter((b) => b.count > 0);
  if (filled.length === 0) return `Chưa có ${noun} nào.`;
  const peak = filled.reduce((a, b) => (b.count > a.count ? b : a));
  const span = filled.length === 1 ? `trong ${filled[0]!.long}` : `từ ${filled[0]!.long} đến ${filled.at(-1)!.long}`;
  return `${chart.total} ${noun} ${span}; nhiều nhất ${peak.long} (${peak.count} ${noun}).`;
}
