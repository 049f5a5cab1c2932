/**
 * The calendar, in one module: which dates are real, weekdays, ISO strings
 * and Vietnam time. Dates travel as "YYYY-MM-DD" strings and date-times as
 * "YYYY-MM-DDTHH:MM:SS+07:00": the archive is about Vietnam, and one offset
 * for every stored time keeps string order equal to time order.
 */

/** Vietnam time (ICT), minutes east of UTC. There is no daylight saving. */
export const VN_OFFSET_MIN = 7 * 60;
export const VN_OFFSET = '+07:00';

/** Years a Vietnamese news article can carry; anything else is a misread number. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar date written YYYY-MM-DD, or null. */
export function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real date written YYYY-MM-DD? */
export function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && ymd(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** Could a day and month exist in some year (29/2 does, 31/4 does not)? */
export function isPossibleDayMonth(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(2024, m);
}

/** Day of the week of a YYYY-MM-DD date: 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ Bảy). */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Whole days from `a` to `b` (both YYYY-MM-DD); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "2020-06-29" + "17:50:00" → "2020-06-29T17:50:00+07:00" (midnight without a time). */
export function vietnamDateTime(date: string, time?: string): string {
  return `${date}T${time ?? '00:00:00'}${VN_OFFSET}`;
}

/** Shift a wall-clock time at `offset` minutes east of UTC to Vietnam time; null for an impossible time. */
export function toVietnamTime(date: string, h: number, mi: number, sec: number, offset: number = VN_OFFSET_MIN): { date: string; time: string } | null {
  if (h > 23 || mi > 59 || sec > 59) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d, h, mi, sec) - offset * 60_000;
  const vn = new Date(utc + VN_OFFSET_MIN * 60_000);
  return {
    date: `${vn.getUTCFullYear()}-${pad(vn.getUTCMonth() + 1)}-${pad(vn.getUTCDate())}`,
    time: `${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}:${pad(vn.getUTCSeconds())}`,
  };
}
