/**
 * What one line says about time and origin, read once per line: the date
 * stamp news sites print ("17:50' 29/6/2020", "Cập nhật lúc 17:14, Thứ Hai,
 * 22/01/2018 (GMT+7)", "09:12 14-05-2021 | :57", "15:34 12/10"), the outlet
 * prefix that opens a paragraph ("(CT)- …", "TCCS - Ngày 12-11-2021, …"),
 * and whether the line is only a time or a view counter. The classify stage
 * computes a LineRead for every line and hands it on with the line; the
 * dates, byline and body stages read it and never parse the text again.
 */
import { isPossibleDayMonth, toVietnamTime, VN_OFFSET_MIN, ymd } from '../calendar.ts';
import { collapseSpaces, normalizeText } from '../text/vietnamese.ts';
import { parseBylineLine, parseOutletPrefix, type BylineParse, type OutletPrefix } from './byline.ts';
import type { Publishers } from './publishers.ts';

/** A date stamp: a day and month, the year when printed, the time when printed (Vietnam time). */
export interface Stamp {
  day: number;
  month: number;
  year?: number;
  /** YYYY-MM-DD, when the year is printed. */
  date?: string;
  /** HH:MM:SS, Vietnam time. */
  time?: string;
  /** The weekday the line names (0 = Chủ nhật … 6 = Thứ Bảy), or null. */
  weekday: number | null;
  /** An update stamp ("Cập nhật lúc …"), not the first publication. */
  update: boolean;
  /** People credited before the stamp on the same line ("TRẦN VĂN A (thực hiện) 03/04/2017 09:15"). */
  credit?: BylineParse;
}

/** The parse of one line, carried with it from the classify stage on. */
export interface LineRead {
  stamp: Stamp | null;
  prefix: OutletPrefix | null;
  /** Only a time, a view counter or both: never a headline, never text. */
  meta: boolean;
}

/** The read of a line that is no article text (a blank line, the front block). */
export const NOTHING_READ: LineRead = Object.freeze({ stamp: null, prefix: null, meta: false });

export function readLine(text: string, publishers: Publishers): LineRead {
  const stamp = parseStamp(text, publishers);
  return { stamp, prefix: stamp ? null : parseOutletPrefix(text, publishers), meta: !stamp && isMetaLine(text) };
}

const L = '\\p{L}';
const NOT_LETTER_BEFORE = `(?<![${L}])`;
const NOT_LETTER_AFTER = `(?![${L}])`;

/** Weekday names as news sites print them (the line is lower-cased first), by day number. */
const WEEKDAY_NAMES: [RegExp, number][] = [
  [/^(?:chủ\s*nhật|cn)$/u, 0],
  [/^(?:thứ\s*hai|thứ\s*2|t2)$/u, 1],
  [/^(?:thứ\s*ba|thứ\s*3|t3)$/u, 2],
  [/^(?:thứ\s*tư|thứ\s*4|t4)$/u, 3],
  [/^(?:thứ\s*năm|thứ\s*5|t5)$/u, 4],
  [/^(?:thứ\s*sáu|thứ\s*6|t6)$/u, 5],
  [/^(?:thứ\s*bảy|thứ\s*bẩy|thứ\s*7|t7)$/u, 6],
];
const WEEKDAY = new RegExp(
  `${NOT_LETTER_BEFORE}(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s*nhật|cn|t[2-7])${NOT_LETTER_AFTER}`,
  'gu',
);

/** Words that may surround a date and time on a date line; nothing else may. */
const DATE_LINE_WORDS = [
  'lần cập nhật cuối',
  'ngày phát hành',
  'phát hành',
  'cập nhật',
  'ngày đăng',
  'đăng ngày',
  'đăng lúc',
  'đăng',
  'ngày cập nhật',
  'xuất bản',
  'thời gian',
  'lúc',
  'ngày',
  'vào',
  'giờ',
  'updated on',
  'updated',
  'update',
  'published on',
  'published',
  'posted on',
  'posted',
];
const DATE_LINE_WORDS_RE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${DATE_LINE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})`,
  'gu',
);
const UPDATE_RE = /^\s*(?:(?:lần\s+)?cập\s*nhật|updated?)/u;
/** Print and share links the page sets on its date line ("12/03/2020 09:15 | In bài", "… | Bản in"): no words of the story. */
const DATE_LINE_TOOLS = /(?<![\p{L}])(?:bản\s+in|in\s+bài(?:\s+viết)?|in\s+trang|chia\s+sẻ|gửi\s+(?:bài|email))(?![\p{L}])/gu;

/** Day-month-year with one separator: 29/6/2020, 28-12-2023, 12.1.2022, 12/01/22. */
const DMY = /(?<![\d./-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d])/gu;
/** Year first: 2022-01-12, 2022/01/12. */
const YMD = /(?<![\d./-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
/** Written out: "ngày 12 tháng 1 năm 2022", "12 tháng 1, 2022". */
const TEXTUAL = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})(?!\d)/gu;
/** Day and month only: "15:34 12/10", "Thứ Ba, 12-10". Counts only beside a time, weekday or date-line word. */
const DM = /(?<![\d./:-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?!\s*[/.-]?\s*\d)/gu;
/** Day and month written out: "ngày 12 tháng 10". */
const TEXTUAL_DM = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:,|năm)?\s*\d)/gu;
/** 17:50, 17:50', 15:30:31, 18h31, 8 giờ 30 phút; optional SA/CH (AM/PM). */
const TIME = /(?<![\d.])(\d{1,2})\s*(?::|h|giờ|g)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?!\d)\s*(?:'|’|phút)?\s*(sa|ch|am|pm)?(?![\p{L}])/gu;
/** A bare UTC offset closing the line after its time, as some CMSs print it: "12-03-2020 09:15:23 +07:00". */
const BARE_OFFSET = /(?<=\d\s*)\s([+-])(0\d|1[0-4]):?([0-5]\d)\s*$/u;
/** GMT+7, (GMT+07:00), UTC+7, ICT. */
const ZONE = /\(?\s*(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?|\(?\s*ict\s*\)?/gu;
/**
 * View counters: "Số lượt xem: 1310", "Lượt xem 57", "| :57" (an eye icon lost in the copy), "1.234 views",
 * "View count: 85" (the English label of district portals built on one platform).
 */
const COUNTER = /(?:(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)|lần\s+đọc|views?(?:\s+count)?|xem)\s*:?\s*\d[\d.,]*|\|\s*:\s*\d[\d.,]*\s*$|\d[\d.,]*\s+(?:lượt\s+xem|views?)/gu;
/** ISO 8601 on its own: 2022-01-12T18:31:00+07:00. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})?)?$/u;
/**
 * English month names, as portals with an English template print them: "March 12, 2020",
 * "12 March 2020", "Mar 12, 2020 09:15", "Thursday, March 12, 2020". Rewritten to "12/3/2020"
 * (and the weekday dropped) before the numeric forms are read.
 */
const EN_MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_MONTH_TEST = new RegExp(`${NOT_LETTER_BEFORE}(?:${EN_MONTHS})${NOT_LETTER_AFTER}`, 'u');
const EN_MONTH_DAY_YEAR = new RegExp(`${NOT_LETTER_BEFORE}(${EN_MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)`, 'u');
const EN_DAY_MONTH_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTHS})\\.?\\s*,?\\s+(\\d{4})(?!\\d)`, 'u');
const EN_WEEKDAY = new RegExp(`${NOT_LETTER_BEFORE}(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?${NOT_LETTER_AFTER}`, 'gu');
const EN_MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** An AM/PM marker: with it, a date whose second number cannot be a month is in US order ("11/18/2024 12:00:00 AM"). */
const AM_PM = /(?<![\p{L}])(?:am|pm)(?![\p{L}])/u;
/** A byline in front of the stamp: words without digits, then the first digit. */
const CREDIT_THEN_STAMP = /^([^\d]{3,60}?)\s*[|–-]?\s+(?=\d)/u;
/**
 * The section a page files the story under, then a separator and the stamp:
 * "Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021", "Thời sự | 12/03/2020 10:02".
 * One to four words, the first capitalised, no digits.
 */
const SECTION_THEN_STAMP = /^\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}\s*[-–|]\s+/u;

const DIGIT = /[0-9]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** The longest date line, spaces not counted; a paragraph is longer. */
const MAX_STAMP = 90;

/**
 * One date stamp in any of the forms news sites print; null when the line is
 * more than a stamp (a sentence that mentions a date is not one).
 */
export function parseStamp(text: string, publishers: Publishers): Stamp | null {
  // Every form has an ASCII digit; and a paragraph is no date line: lower-casing never
  // shortens text and collapsing drops only spaces, so more than MAX_STAMP other characters
  // can only give a line that is too long. Both checks skip the work below.
  if (!DIGIT.test(text)) return null;
  const normalized = normalizeText(text);
  if (moreNonSpaceThan(normalized, MAX_STAMP)) return null;
  const plain = stampOnly(collapseSpaces(normalized));
  if (plain) return plain;
  // "Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021": a section name, then a full stamp (date and time).
  const section = SECTION_THEN_STAMP.exec(collapseSpaces(normalized));
  if (section) {
    const rest = stampOnly(collapseSpaces(normalized).slice(section[0].length));
    if (rest?.date && rest.time) return rest;
  }
  // "TRẦN VĂN A (thực hiện) 03/04/2017 09:15": a byline, then the stamp.
  const m = CREDIT_THEN_STAMP.exec(collapseSpaces(normalized));
  if (!m) return null;
  const credit = parseBylineLine(m[1]!, publishers);
  if (!credit || (credit.authors.length === 0 && !credit.labelled)) return null;
  const rest = stampOnly(collapseSpaces(normalized).slice(m[0].length));
  // A labelled credit ("Tác giả: Minh Anh | 12/03/2020") says what the line is: its full date is enough.
  return rest && (rest.time || (credit.labelled && credit.authors.length > 0 && rest.date)) ? { ...rest, credit } : null;
}

function stampOnly(line: string): Stamp | null {
  // toLowerCase is toLocaleLowerCase('vi'): V8 applies locale rules only for tr, az, lt and el.
  let s = line.toLowerCase();
  if (s.length === 0 || s.length > MAX_STAMP) return null;
  const update = UPDATE_RE.test(s);

  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (!date) return null;
    const base = { day: Number(d), month: Number(mo), year: Number(y), date, weekday: null, update };
    if (h === undefined) return base;
    const offset = zone === undefined ? VN_OFFSET_MIN : zone === 'z' ? 0 : zoneMinutes(zone);
    const t = toVietnamTime(date, Number(h), Number(mi), Number(sec ?? 0), offset);
    return t ? withShift(base, t) : null;
  }

  s = s.replace(COUNTER, ' ').replace(DATE_LINE_TOOLS, ' ');
  if (EN_MONTH_TEST.test(s)) s = englishToNumeric(s);

  // Exactly one date on the line.
  const found: { y?: number; m: number; d: number; at: number; len: number }[] = [];
  for (const m of s.matchAll(TEXTUAL)) found.push({ d: +m[1]!, m: +m[2]!, y: +m[3]!, at: m.index, len: m[0].length });
  if (found.length === 0) {
    for (const m of s.matchAll(YMD)) found.push({ y: +m[1]!, m: +m[3]!, d: +m[4]!, at: m.index, len: m[0].length });
    for (const m of s.matchAll(DMY)) found.push({ d: +m[1]!, m: +m[3]!, y: fullYear(m[4]!), at: m.index, len: m[0].length });
  }
  let yearless = false;
  if (found.length === 0) {
    yearless = true;
    for (const m of s.matchAll(TEXTUAL_DM)) found.push({ d: +m[1]!, m: +m[2]!, at: m.index, len: m[0].length });
    if (found.length === 0) for (const m of s.matchAll(DM)) found.push({ d: +m[1]!, m: +m[3]!, at: m.index, len: m[0].length });
  }
  if (found.length !== 1) return null;
  const hit = found[0]!;
  // US order from an en-US template: "11/18/2024 12:00:00 AM" (no month 18), only with AM/PM beside it.
  if (hit.y !== undefined && hit.m > 12 && hit.d <= 12 && AM_PM.test(s)) [hit.d, hit.m] = [hit.m, hit.d];
  const date = hit.y !== undefined ? ymd(hit.y, hit.m, hit.d) : null;
  if (hit.y !== undefined ? !date : !isPossibleDayMonth(hit.d, hit.m)) return null;
  s = s.slice(0, hit.at) + ' ' + s.slice(hit.at + hit.len);

  // The zone first: "(GMT+07:00)" holds a time-like "07:00".
  let offset = VN_OFFSET_MIN;
  s = s.replace(BARE_OFFSET, (_all, sign: string, hh: string, mm: string) => {
    offset = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
    return ' ';
  });
  s = s.replace(ZONE, (_all, sign?: string, hh?: string, mm?: string) => {
    if (sign && hh) offset = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
    return ' ';
  });

  // At most one time.
  const times = [...s.matchAll(TIME)];
  if (times.length > 1) return null;
  let h: number | undefined;
  let mi = 0;
  let sec = 0;
  if (times.length === 1) {
    const t = times[0]!;
    h = Number(t[1]);
    mi = Number(t[2]);
    sec = Number(t[3] ?? 0);
    const ampm = t[4];
    if ((ampm === 'ch' || ampm === 'pm') && h < 12) h += 12;
    if ((ampm === 'sa' || ampm === 'am') && h === 12) h = 0;
    s = s.slice(0, t.index) + ' ' + s.slice(t.index + t[0].length);
  }

  let weekday: number | null = null;
  s = s.replace(WEEKDAY, (name) => {
    weekday = weekdayNumber(name);
    return ' ';
  });
  const withoutWords = s.replace(DATE_LINE_WORDS_RE, ' ');
  // A bare "12/10" may be anything (a score, a ratio): a year-less date needs a time, weekday or label beside it.
  if (yearless && h === undefined && weekday === null && withoutWords === s) return null;
  // Whatever is left must be punctuation: a sentence that mentions a date is not a date line.
  if (LETTER_OR_DIGIT.test(withoutWords)) return null;

  const base: Stamp = date ? { day: hit.d, month: hit.m, year: hit.y!, date, weekday, update } : { day: hit.d, month: hit.m, weekday, update };
  if (h === undefined) return base;
  if (h > 23 || mi > 59 || sec > 59) return null;
  if (!date) return offset === VN_OFFSET_MIN ? { ...base, time: `${pad(h)}:${pad(mi)}:${pad(sec)}` } : base;
  const t = toVietnamTime(date, h, mi, sec, offset);
  return t ? withShift(base, t) : null;
}

/** "march 12, 2020" and "12 march 2020" to "12/3/2020", English weekday names dropped; one date at most. */
function englishToNumeric(s: string): string {
  const md = EN_MONTH_DAY_YEAR.exec(s);
  const dm = md ? null : EN_DAY_MONTH_YEAR.exec(s);
  const m = md ?? dm;
  if (!m) return s;
  const [day, month, year] = md ? [md[2]!, md[1]!, md[3]!] : [dm![1]!, dm![2]!, dm![3]!];
  const n = EN_MONTH_NUMBER[month.slice(0, 3)];
  if (n === undefined) return s;
  const out = s.slice(0, m.index) + ` ${day}/${n}/${year} ` + s.slice(m.index + m[0].length);
  return out.replace(EN_WEEKDAY, ' ');
}

/** A time in another zone may move the stamp to the next or previous day in Vietnam. */
function withShift(base: Stamp, t: { date: string; time: string }): Stamp {
  const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
  return { ...base, day: d, month: m, year: y, date: t.date, time: t.time };
}

function weekdayNumber(name: string): number | null {
  const k = name.replace(/\s+/gu, ' ').trim();
  for (const [re, n] of WEEKDAY_NAMES) if (re.test(k)) return n;
  return null;
}

/** A line that is only a time ("10:02", "15:34'") or a view counter ("Số lượt xem: 1310"). */
const META_LINE = new RegExp(`^(?:${TIME.source}|${COUNTER.source}|[\\s|·•:,-])+$`, 'u');

export function isMetaLine(text: string): boolean {
  if (!DIGIT.test(text) || text.length > 60) return false;
  return META_LINE.test(collapseSpaces(normalizeText(text)).toLowerCase());
}

/** Does `s` have more than `n` characters that are not white space (\s)? Stops at n + 1. */
function moreNonSpaceThan(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!))) continue;
    if (++count > n) return true;
  }
  return false;
}

function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  // Two-digit years: Vietnamese news sites are from 1997 on.
  const n = Number(y);
  return n >= 90 ? 1900 + n : 2000 + n;
}

function zoneMinutes(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
