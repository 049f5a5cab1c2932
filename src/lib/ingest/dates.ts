/**
 * Dates stage: the publication date line ("17:50' 29/6/2020", "Cập nhật lúc
 * 17:14, Thứ Hai, 22/01/2018 (GMT+7)", …), the day the meeting happened
 * ("Sáng 28/12", "Chiều ngày 1-6-2020", "Sáng nay (1/7)") and the year of a
 * year-less event date, from the publication date or the URL. Where no year
 * can be established the file is refused: a wrong year would put an article,
 * and every directive it cites, in the wrong term.
 */
import { IngestError, type ClassifiedLine } from './types.ts';
import { collapseSpaces, normalizeText } from '../text/vietnamese.ts';
import { stripDateline } from './byline.ts';
import type { Publishers } from './publishers.ts';

export interface DateInfo {
  date: string;
  dateSource: 'front' | 'published' | 'event' | 'url';
  published?: string;
  eventDate?: string;
}

/** Vietnam time; every published date-time is written with this offset. */
const VN_OFFSET_MIN = 7 * 60;

// ---------------------------------------------------------------------------
// Date lines

/** What one date line says, with the facts the classifier needs. */
export interface DateLine {
  date: string;
  /** HH:MM:SS, Vietnam time. */
  time?: string;
  /** The line names a weekday ("Thứ Hai", "T2", "Chủ nhật"). */
  weekday: boolean;
  /** The line is an update stamp ("Cập nhật lúc …"), not the first publication. */
  update: boolean;
}

const L = '\\p{L}';
const NOT_LETTER_BEFORE = `(?<![${L}])`;
const NOT_LETTER_AFTER = `(?![${L}])`;

/** Weekday names as news sites print them (lower case: the line is lower-cased first). */
const WEEKDAY = new RegExp(
  `${NOT_LETTER_BEFORE}(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s*nhật|cn|t[2-7])${NOT_LETTER_AFTER}`,
  'gu',
);

/** Words that may surround a date and time on a date line; nothing else may. */
const DATE_LINE_WORDS = [
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
  'updated',
  'update',
  'published',
  'posted',
];
/** WEEKDAY without the g flag, for test(): built once, not on every date line. */
const WEEKDAY_TEST = new RegExp(WEEKDAY.source, 'u');
const DATE_LINE_WORDS_RE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${DATE_LINE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})${NOT_LETTER_AFTER}`,
  'gu',
);
const UPDATE_RE = /^\s*(?:cập\s+nhật|updated?)/u;

/** Day-month-year with one separator: 29/6/2020, 28-12-2023, 12.1.2022, 12/01/22. */
const DMY = /(?<![\d./-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d])/gu;
/** Year first: 2022-01-12, 2022/01/12. */
const YMD = /(?<![\d./-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
/** Written out: "ngày 12 tháng 1 năm 2022", "12 tháng 1, 2022". */
const TEXTUAL = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})(?!\d)/gu;
/** 17:50, 17:50', 15:30:31, 18h31, 8 giờ 30 phút; optional SA/CH (AM/PM). */
const TIME = /(?<![\d.])(\d{1,2})\s*(?::|h|giờ|g)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?!\d)\s*(?:'|’|phút)?\s*(sa|ch|am|pm)?(?![\p{L}])/gu;
/** GMT+7, (GMT+07:00), UTC+7, ICT. */
const ZONE = /\(?\s*(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?|\(?\s*ict\s*\)?/gu;
/** ISO 8601 on its own: 2022-01-12T18:31:00+07:00. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})?)?$/u;

const DIGIT = /[0-9]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Parse one date line in any of the forms news sites print; null when the line is not just a date. */
export function parseDateTime(text: string): { date: string; time?: string } | null {
  const d = parseDateLine(text);
  if (!d) return null;
  return d.time ? { date: d.date, time: d.time } : { date: d.date };
}

/** parseDateTime with the weekday and update flags the classifier needs. */
export function parseDateLine(text: string): DateLine | null {
  // Every form has an ASCII digit; and a paragraph is no date line: lower-casing never
  // shortens text and collapsing drops only spaces, so more than 90 other characters
  // can only give a line that is too long. Both checks skip the work below.
  if (!DIGIT.test(text)) return null;
  const normalized = normalizeText(text);
  if (moreNonSpaceThan(normalized, 90)) return null;
  // toLowerCase is toLocaleLowerCase('vi'): V8 applies locale rules only for tr, az, lt and el.
  let s = collapseSpaces(normalized.toLowerCase());
  if (s.length === 0 || s.length > 90) return null;
  const update = UPDATE_RE.test(s);

  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined) return { date, weekday: false, update };
    const offset = zone === undefined ? VN_OFFSET_MIN : zone === 'z' ? 0 : zoneMinutes(zone);
    const t = toVietnamTime(date, Number(h), Number(mi), Number(sec ?? 0), offset);
    return t ? { ...t, weekday: false, update } : null;
  }

  // Exactly one date on the line.
  const found: { y: number; m: number; d: number; at: number; len: number }[] = [];
  for (const m of s.matchAll(TEXTUAL)) found.push({ d: +m[1]!, m: +m[2]!, y: +m[3]!, at: m.index, len: m[0].length });
  if (found.length === 0) {
    for (const m of s.matchAll(YMD)) found.push({ y: +m[1]!, m: +m[3]!, d: +m[4]!, at: m.index, len: m[0].length });
    for (const m of s.matchAll(DMY)) found.push({ d: +m[1]!, m: +m[3]!, y: fullYear(m[4]!), at: m.index, len: m[0].length });
  }
  if (found.length !== 1) return null;
  const hit = found[0]!;
  const date = ymd(hit.y, hit.m, hit.d);
  if (!date) return null;
  s = s.slice(0, hit.at) + ' ' + s.slice(hit.at + hit.len);

  // The zone first: "(GMT+07:00)" holds a time-like "07:00".
  let offset = VN_OFFSET_MIN;
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

  const weekday = WEEKDAY_TEST.test(s);
  s = s.replace(WEEKDAY, ' ').replace(DATE_LINE_WORDS_RE, ' ');
  // Whatever is left must be punctuation: a sentence that mentions a date is not a date line.
  if (LETTER_OR_DIGIT.test(s)) return null;

  if (h === undefined) return { date, weekday, update };
  const t = toVietnamTime(date, h, mi, sec, offset);
  return t ? { ...t, weekday, update } : null;
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

/** A real calendar date written YYYY-MM-DD, or null. */
export function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Shift a wall-clock time at `offset` minutes east of UTC to Vietnam time. */
function toVietnamTime(date: string, h: number, mi: number, sec: number, offset: number): { date: string; time: string } | null {
  if (h > 23 || mi > 59 || sec > 59) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d, h, mi, sec) - offset * 60_000;
  const vn = new Date(utc + VN_OFFSET_MIN * 60_000);
  return {
    date: `${vn.getUTCFullYear()}-${pad(vn.getUTCMonth() + 1)}-${pad(vn.getUTCDate())}`,
    time: `${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}:${pad(vn.getUTCSeconds())}`,
  };
}

// ---------------------------------------------------------------------------
// Event dates in the text

export interface EventDate {
  day: number;
  month: number;
  year?: number;
  /** The words that state it, for messages. */
  phrase: string;
}

const TIME_OF_DAY = '(?:buổi\\s+)?(?:rạng\\s+sáng|sáng\\s+sớm|sáng|trưa|đầu\\s+giờ\\s+chiều|cuối\\s+giờ\\s+chiều|chiều|tối|đêm)';
const RELATIVE_DAY = '(?:\\s+(?:nay|qua|hôm\\s+nay|hôm\\s+qua|mai))?';
// Groups 1-4: day, separator, month, year (the year repeats the separator).
const DM_Y = '\\(?\\s*(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?!\\s*[/.-]?\\s*\\d)\\s*\\)?';

/** A day range ending in a month: "16 và sáng 17.10", "1-3/10". Groups: first day, last day, separator, month, year. */
const DAY_RANGE = `(\\d{1,2})\\s*(?:và|đến|tới|-|–)\\s*(?:${TIME_OF_DAY}\\s+|ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\3\\s*(\\d{4}))?(?!\\s*[/.-]?\\s*\\d)`;

type EventGroups = 'dsmy' | 'range' | 'textual';

/**
 * Event date forms found anywhere in a sentence: they name a time of day, so
 * they tell when something happened ("chiều 29-6-2020"), unlike a bare
 * "ngày 30-5-2020" that usually dates a cited document. A range ("chiều 16 và
 * sáng 17.10") gives its first day.
 */
const EVENT_PATTERNS: { re: RegExp; groups: EventGroups }[] = [
  { re: new RegExp(`${NOT_LETTER_BEFORE}${TIME_OF_DAY}(?:\\s+ngày)?\\s+${DAY_RANGE}`, 'iu'), groups: 'range' },
  // "Sáng 28/12", "Chiều ngày 1-6-2020", "Sáng nay (1/7)"
  { re: new RegExp(`${NOT_LETTER_BEFORE}${TIME_OF_DAY}${RELATIVE_DAY}(?:\\s+ngày)?\\s+${DM_Y}`, 'iu'), groups: 'dsmy' },
  // "sáng ngày 12 tháng 1 năm 2022"
  {
    re: new RegExp(`${NOT_LETTER_BEFORE}${TIME_OF_DAY}(?:\\s+ngày)?\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?`, 'iu'),
    groups: 'textual',
  },
];

/**
 * Forms that count only where a sentence starts: "Ngày 22-1, …", "Hôm nay
 * (1/7), …", "Ngày 16 và 17/10, …", "Từ ngày 1-3/10, …". Mid-sentence, "từ
 * ngày 22 đến ngày 28-6-2020" is a reporting period and "ngày 30-5-2020" a
 * cited document's date.
 */
const SENTENCE_START_EVENTS: { re: RegExp; groups: EventGroups }[] = [
  { re: new RegExp(`^(?:(?:trong|từ)\\s+(?:(?:hai|2|ba|3)\\s+)?)?ngày\\s+${DAY_RANGE}`, 'iu'), groups: 'range' },
  { re: new RegExp(`^(?:ngày|hôm\\s+nay|hôm\\s+qua)\\s+${DM_Y}`, 'iu'), groups: 'dsmy' },
  { re: /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/iu, groups: 'textual' },
];

/** The event date stated in one paragraph, if any (first one wins). */
export function parseEventDate(text: string, publishers: Publishers): EventDate | null {
  const para = stripDateline(normalizeText(text), publishers).trim();
  let best: { at: number; ev: EventDate } | null = null;
  for (const { re, groups } of EVENT_PATTERNS) {
    const m = re.exec(para);
    if (!m) continue;
    const ev = eventFrom(m, groups);
    if (ev && (!best || m.index < best.at)) best = { at: m.index, ev };
  }
  // Sentence-initial forms: at the paragraph start or after a sentence end.
  for (const start of sentenceStarts(para)) {
    const rest = para.slice(start);
    const hit = SENTENCE_START_EVENTS.map(({ re, groups }) => {
      const m = re.exec(rest);
      return m ? eventFrom(m, groups) : null;
    }).find((ev) => ev !== null);
    if (hit && (!best || start < best.at)) best = { at: start, ev: hit };
    if (hit) break;
  }
  return best?.ev ?? null;
}

function sentenceStarts(p: string): number[] {
  const out = [0];
  for (const m of p.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) out.push(m.index + m[0].length);
  return out;
}

function eventFrom(m: RegExpExecArray, groups: EventGroups): EventDate | null {
  let day: number, month: number, year: number | undefined;
  if (groups === 'range') {
    day = Number(m[1]);
    month = Number(m[4]);
    year = m[5] ? Number(m[5]) : undefined;
    if (Number(m[2]) < day) return null;
  } else if (groups === 'textual') {
    day = Number(m[1]);
    month = Number(m[2]);
    year = m[3] ? Number(m[3]) : undefined;
  } else {
    day = Number(m[1]);
    month = Number(m[3]);
    year = m[4] ? Number(m[4]) : undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== undefined && !ymd(year, month, day)) return null;
  // 29/2 needs a leap year; checked once the year is known.
  if (year === undefined && day > daysInMonth(2024, month)) return null;
  return year === undefined ? { day, month, phrase: m[0].trim() } : { day, month, year, phrase: m[0].trim() };
}

/**
 * Does the paragraph open with the event's date ("Sáng 22-9, …", "Ngày 4/10,
 * …", "Sáng nay (1/7), …")? The caller has read any dateline before it.
 */
export function opensWithEventDate(paragraph: string): boolean {
  return OPENING_EVENT.test(normalizeText(paragraph).trim());
}
const OPENING_EVENT = new RegExp(
  `^(?:${TIME_OF_DAY}${RELATIVE_DAY}(?:\\s+ngày)?|ngày|hôm\\s+nay|hôm\\s+qua|(?:trong|từ)\\s+(?:(?:hai|2)\\s+)?ngày)\\s+\\(?\\d{1,2}`,
  'iu',
);

/** Kinds whose text tells what happened; the event date is searched in the first few of them. */
const EVENT_KINDS = new Set(['lead', 'body', 'caption']);
const EVENT_SEARCH_LINES = 5;

/** The first event date in the opening paragraphs and captions, with its line. */
export function findEventDate(lines: ClassifiedLine[], publishers: Publishers): { line: number; event: EventDate } | null {
  let seen = 0;
  for (const l of lines) {
    if (!EVENT_KINDS.has(l.kind)) continue;
    if (++seen > EVENT_SEARCH_LINES) break;
    const event = parseEventDate(l.text, publishers);
    if (event) return { line: l.n, event };
  }
  return null;
}

/**
 * The year of a year-less day and month, near a reference date: events are
 * reported on or shortly before publication, so a date in the past is
 * preferred (a future date counts three times its distance). "28/12" read
 * against 2024-01-03 is 2023-12-28.
 */
export function inferYear(day: number, month: number, reference: string): string | null {
  const [ry] = reference.split('-').map(Number) as [number];
  const ref = Date.parse(`${reference}T00:00:00Z`);
  let best: { date: string; cost: number } | null = null;
  for (const y of [ry - 1, ry, ry + 1]) {
    const date = ymd(y, month, day);
    if (!date) continue;
    const days = (Date.parse(`${date}T00:00:00Z`) - ref) / 86_400_000;
    const cost = days <= 0 ? -days : days * 3;
    if (!best || cost < best.cost) best = { date, cost };
  }
  return best?.date ?? null;
}

// ---------------------------------------------------------------------------
// Dates carried by URLs

/**
 * What a URL says about its publication date. Patterns are data: generic
 * folders (/202209/, /2018/01/, /2022/01/12/) and the article ids of sites
 * that encode a timestamp in them.
 */
export const URL_DATE_PATTERNS: { host?: RegExp; re: RegExp; what: string }[] = [
  // Thanh Niên: …-185251115134436741.htm = 185 + yyMMddHHmmss + ms
  { host: /(^|\.)thanhnien\.vn$/, re: /-185(?<yy>\d{2})(?<m>\d{2})(?<d>\d{2})\d{9}\.htm/, what: 'Thanh Niên article id' },
  // Báo Chính phủ: …-102231228153031234.htm = 102 + yyMMddHHmmss + ms
  { host: /(^|\.)baochinhphu\.vn$/, re: /-10[0-9](?<yy>\d{2})(?<m>\d{2})(?<d>\d{2})\d{9}\.htm/, what: 'Báo Chính phủ article id' },
  // Tuổi Trẻ, Dân trí, VTV: …-20231228153031234.htm = yyyyMMddHHmmss + ms
  {
    host: /(^|\.)(tuoitre\.vn|dantri\.com\.vn|vtv\.vn|nld\.com\.vn|soha\.vn|kenh14\.vn|cafef\.vn)$/,
    re: /-(?<y>20\d{2})(?<m>\d{2})(?<d>\d{2})\d{9}\.htm/,
    what: 'article id',
  },
  { re: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{2})\/(?<d>\d{2})\//, what: '/YYYY/MM/DD/ folder' },
  { re: /\/(?<y>(?:19|20)\d{2})(?<m>\d{2})\//, what: '/YYYYMM/ folder' },
  { re: /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{2})\//, what: '/YYYY/MM/ folder' },
];

export interface UrlDate {
  year: number;
  month: number;
  day?: number;
  what: string;
}

export function dateFromUrl(url: string | undefined): UrlDate | null {
  if (!url) return null;
  let host = '';
  let path = url;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } catch {
    return null;
  }
  for (const p of URL_DATE_PATTERNS) {
    if (p.host && !p.host.test(host)) continue;
    const g = p.re.exec(path)?.groups;
    if (!g) continue;
    const year = g.y ? Number(g.y) : 2000 + Number(g.yy);
    const month = Number(g.m);
    const day = g.d ? Number(g.d) : undefined;
    if (day !== undefined ? !ymd(year, month, day) : !ymd(year, month, 1)) continue;
    return day === undefined ? { year, month, what: p.what } : { year, month, day, what: p.what };
  }
  return null;
}

// ---------------------------------------------------------------------------
// The stage

const ASK_FOR_DATE = 'add `date: YYYY-MM-DD` (the publication date) to the front block between --- lines at the top of the file';

export function extractDates(lines: ClassifiedLine[], front: { date?: string; url?: string }, publishers: Publishers): DateInfo {
  const stamp = pickDateLine(lines);
  const found = findEventDate(lines, publishers);
  const event = found?.event;
  const firstLine = lines[0]?.n ?? 1;

  const withEvent = (info: DateInfo, reference: string): DateInfo => {
    if (!event) return info;
    const eventDate = event.year !== undefined ? ymd(event.year, event.month, event.day) : inferYear(event.day, event.month, reference);
    return eventDate ? { ...info, eventDate } : info;
  };

  if (front.date) {
    const date = front.date.slice(0, 10);
    let published: string | undefined;
    if (front.date.length > 10) published = front.date;
    else if (stamp?.parsed.time && stamp.parsed.date === date) published = isoDateTime(stamp.parsed);
    return withEvent(published ? { date, dateSource: 'front', published } : { date, dateSource: 'front' }, date);
  }

  if (stamp) {
    const { date, time } = stamp.parsed;
    const info: DateInfo = time ? { date, dateSource: 'published', published: isoDateTime(stamp.parsed) } : { date, dateSource: 'published' };
    return withEvent(info, date);
  }

  if (event && event.year !== undefined) {
    const date = ymd(event.year, event.month, event.day)!;
    return { date, dateSource: 'event', eventDate: date };
  }

  const fromUrl = dateFromUrl(front.url);
  if (fromUrl) {
    if (fromUrl.day !== undefined) {
      const date = ymd(fromUrl.year, fromUrl.month, fromUrl.day)!;
      return withEvent({ date, dateSource: 'url' }, date);
    }
    if (event) {
      // The URL names the month of publication; the event is on or shortly before it.
      const eventDate = inferYear(event.day, event.month, ymd(fromUrl.year, fromUrl.month, 15)!);
      if (eventDate) return { date: eventDate, dateSource: 'url', eventDate };
    }
    throw new IngestError(
      found?.line ?? firstLine,
      `the URL gives ${fromUrl.year}-${pad(fromUrl.month)} (${fromUrl.what}) but no day: the text has no date line and no event date like "Sáng 22-9"`,
      ASK_FOR_DATE,
    );
  }

  if (event) {
    throw new IngestError(
      found!.line,
      `no year for "${event.phrase}": the text has no publication date line and the URL carries no date`,
      ASK_FOR_DATE,
    );
  }
  throw new IngestError(firstLine, 'no publication date found: no date line, no event date in the opening paragraphs, no dated URL', ASK_FOR_DATE);
}

function isoDateTime(p: { date: string; time?: string }): string {
  return `${p.date}T${p.time ?? '00:00:00'}+07:00`;
}

/** The publication stamp: the first date line that is not an update stamp, else the first one. */
function pickDateLine(lines: ClassifiedLine[]): { line: number; parsed: DateLine } | null {
  let first: { line: number; parsed: DateLine } | null = null;
  for (const l of lines) {
    if (l.kind !== 'date') continue;
    const parsed = parseDateLine(l.text);
    if (!parsed) continue;
    if (!parsed.update) return { line: l.n, parsed };
    first ??= { line: l.n, parsed };
  }
  return first;
}
