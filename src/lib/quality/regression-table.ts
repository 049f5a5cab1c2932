/** The regression scores as text: one table of fields by set, and the misses. */
import type { Accuracy, Miss, Rate, PrecisionRecall, Regression } from './regression.ts';

const SETS = [
  ['all', 'all'],
  ['development', 'development (0xx-7xx)'],
  ['heldOut', 'held-out (8xx)'],
] as const;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rate = (r: Rate) => `${pct(r.rate)} (${r.right}/${r.of})`;
const pr = (p: PrecisionRecall) => `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)}`;

export function formatTable(acc: Accuracy): string {
  const rows: [string, ...string[]][] = [
    ['', ...SETS.map(([, name]) => name)],
    ['articles', ...SETS.map(([k]) => `${acc.sets[k].articles} (${acc.sets[k].withYear} with a year)`)],
    ['produced', ...SETS.map(([k]) => rate(acc.sets[k].produced))],
    ['title', ...SETS.map(([k]) => rate(acc.sets[k].title))],
    ['date', ...SETS.map(([k]) => rate(acc.sets[k].date))],
    ['publisher', ...SETS.map(([k]) => rate(acc.sets[k].publisher))],
    ['chairs', ...SETS.map(([k]) => pr(acc.sets[k].chairs))],
    ['officials', ...SETS.map(([k]) => pr(acc.sets[k].officials))],
    ['directives', ...SETS.map(([k]) => pr(acc.sets[k].directives))],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export function formatMiss(m: Miss): string {
  return `${m.article}  ${m.field}\n    expected: ${m.expected}\n    got:      ${m.got}`;
}

export function formatRegression(r: Regression): string {
  return r.miss ? formatMiss(r.miss) : `${r.article}  ${r.field}: right in the baseline, not scored now (article or field gone)`;
}
