/** Dates as the generator handles them: plain calendar days in Vietnam time. */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

/** Months since year 0: a coarse clock for careers and documents. */
export const monthIndex = (y: number, m: number): number => y * 12 + (m - 1);
export const dayMonth = (day: Day): number => monthIndex(day.y, day.m);

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export const iso = (day: Day): string =>
  `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekday(day: Day): string {
  return WEEKDAYS[new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay()] as string;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Party terms (khóa) and when each began: documents restart their numbers. */
export const TERMS: { term: string; start: Day; end: Day; congress: number }[] = [
  { term: 'IX', start: { y: 2001, m: 4, d: 22 }, end: { y: 2006, m: 4, d: 24 }, congress: 9 },
  { term: 'X', start: { y: 2006, m: 4, d: 25 }, end: { y: 2011, m: 1, d: 18 }, congress: 10 },
  { term: 'XI', start: { y: 2011, m: 1, d: 19 }, end: { y: 2016, m: 1, d: 27 }, congress: 11 },
  { term: 'XII', start: { y: 2016, m: 1, d: 28 }, end: { y: 2021, m: 1, d: 31 }, congress: 12 },
  { term: 'XIII', start: { y: 2021, m: 2, d: 1 }, end: { y: 2026, m: 1, d: 22 }, congress: 13 },
  { term: 'XIV', start: { y: 2026, m: 1, d: 23 }, end: { y: 2031, m: 1, d: 31 }, congress: 14 },
];

export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI'];

export function termOf(day: Day): (typeof TERMS)[number] {
  for (let i = TERMS.length - 1; i >= 0; i--) if (compareDays(day, TERMS[i]!.start) >= 0) return TERMS[i]!;
  return TERMS[0]!;
}

/** Local (provincial) terms run 2005-2010, 2010-2015, … */
export function localTermYears(day: Day): [number, number] {
  const start = day.y - ((day.y - 2000) % 5) - (day.m < 10 && (day.y - 2000) % 5 === 0 ? 5 : 0);
  return [start, start + 5];
}
