/**
 * Dates stage: the publication date line ("17:50' 29/6/2020", "Cập nhật lúc
 * 17:14, Thứ Hai, 22/01/2018 (GMT+7)", …), the day the meeting happened
 * ("Sáng 28/12", "Chiều ngày 1-6-2020", "Sáng nay (1/7)") and the year of a
 * year-less date, from the publication date, the URL, or the text's own
 * evidence (year.ts; recorded as `dateSource: inferred` with the words that
 * gave it). Where nothing gives a year the file is refused: a wrong year
 * would put an article, and every directive it cites, in the wrong term.
 * The date lines themselves are read once per line by stamp.ts.
 */
import { daysBetween, isPossibleDayMonth, vietnamDateTime, weekday, ymd } from '../calendar.ts';
import type { DateSource } from '../schema.ts';
import { normalizeText } from '../text/vietnamese.ts';
import type { Stamp } from './stamp.ts';
import { IngestError, type ClassifiedLine, type IngestWarning } from './types.ts';
import { documentOfLead, inferYearFromText, latestCitedDate } from './year.ts';

export interface DateInfo {
  date: string;
  dateSource: DateSource;
  published?: string;
  eventDate?: string;
  /** For an inferred year: the words of the text or URL that gave it. */
  dateEvidence?: string;
}

const L = '\\p{L}';
const NOT_LETTER_BEFORE = `(?<![${L}])`;

// ---------------------------------------------------------------------------
// Event dates in the text

export interface EventDate {
  day: number;
  month: number;
  year?: number;
  /** The last day of a range ("Trong hai ngày 21-22/4" → 22): the report follows the close. */
  lastDay?: number;
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
  // "Nhân kỷ niệm …, hôm nay (19-5), tại …": "today" with its date in brackets, mid-sentence too.
  { re: new RegExp(`${NOT_LETTER_BEFORE}hôm\\s+nay\\s+(?=\\()${DM_Y}`, 'iu'), groups: 'dsmy' },
  // "sáng ngày 12 tháng 1 năm 2022"
  {
    re: new RegExp(`${NOT_LETTER_BEFORE}${TIME_OF_DAY}(?:\\s+ngày)?\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?`, 'iu'),
    groups: 'textual',
  },
];

/**
 * Forms that count only where a sentence starts: "Ngày 22-1, …", "Hôm nay
 * (1/7), …", "Ngày 16 và 17/10, …", "Từ ngày 1-3/10, …", "Đến ngày 27-11, …". Mid-sentence, "từ
 * ngày 22 đến ngày 28-6-2020" is a reporting period and "ngày 30-5-2020" a
 * cited document's date.
 */
const SENTENCE_START_EVENTS: { re: RegExp; groups: EventGroups }[] = [
  { re: new RegExp(`^(?:(?:trong|từ)\\s+(?:(?:hai|2|ba|3)\\s+)?)?ngày\\s+${DAY_RANGE}`, 'iu'), groups: 'range' },
  // "Đến ngày 27-11, …", "Tính đến ngày 30/6, …": the day a report is made up to.
  // "Ngày mai (29/6), Đại hội … khai mạc": a preview, dated by the event it announces.
  { re: new RegExp(`^(?:ngày(?:\\s+mai)?|hôm\\s+nay|hôm\\s+qua|(?:tính\\s+)?đến\\s+ngày)\\s+${DM_Y}`, 'iu'), groups: 'dsmy' },
  { re: /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/iu, groups: 'textual' },
];

/** The event date stated in one paragraph (after its outlet prefix), if any (first one wins). */
export function parseEventDate(text: string): EventDate | null {
  const para = normalizeText(text).trim();
  let best: { at: number; ev: EventDate } | null = null;
  for (const { re, groups } of EVENT_PATTERNS) {
    const m = re.exec(para);
    if (!m) continue;
    const ev = eventFrom(m, groups);
    if (ev && (!best || m.index < best.at)) best = { at: m.index, ev };
  }
  // Sentence-initial forms: at the paragraph start or after a sentence end,
  // or opening the main clause after an introductory one.
  for (const start of sentenceStarts(para)) {
    const rest = para.slice(start);
    const hit = SENTENCE_START_EVENTS.map(({ re, groups }) => {
      const m = re.exec(rest);
      return m ? eventFrom(m, groups) : null;
    }).find((ev) => ev !== null);
    if (hit && (!best || start < best.at)) best = { at: start, ev: hit };
    if (hit) break;
    const main = afterIntroClause(rest);
    if (main && (!best || start + main.at < best.at)) {
      best = { at: start + main.at, ev: main.ev };
      break;
    }
  }
  return best?.ev ?? null;
}

/**
 * A sentence that opens with what the event carries out ("Thực hiện Kết luận
 * số 79-KL/TW ngày 16-6-2020 của Bộ Chính trị, từ ngày 17 đến ngày 22-8, Bộ
 * Chính trị tiếp tục làm việc …", "Triển khai Kế hoạch số 12-KH/TU, ngày 3/4
 * Ban Thường vụ …") states the event's date where its main clause starts,
 * after a comma. A date there that the sentence goes on to attribute ("…, ngày
 * 30/5/2019 của Bộ Chính trị") is the cited document's, not the event's: the
 * date must be followed by a comma, a bracket or the capital that starts the
 * main clause.
 */
const INTRO_CLAUSE = /^(?:thực\s+hiện|triển\s+khai|căn\s+cứ|trên\s+cơ\s+sở|theo\s+(?:kế\s+hoạch|chương\s+trình)|nhằm|để)\s/iu;
const INTRO_CLAUSE_MAX = 300;
function afterIntroClause(sentence: string): { at: number; ev: EventDate } | null {
  if (!INTRO_CLAUSE.test(sentence)) return null;
  const end = sentenceStarts(sentence)[1] ?? sentence.length;
  const head = sentence.slice(0, Math.min(end, INTRO_CLAUSE_MAX));
  for (const comma of head.matchAll(/,\s+/gu)) {
    const at = comma.index + comma[0].length;
    const clause = sentence.slice(at);
    for (const { re, groups } of SENTENCE_START_EVENTS) {
      const m = re.exec(clause);
      if (!m || !/^\s*(?:[,(]|\p{Lu})/u.test(clause.slice(m[0].length))) continue;
      const ev = eventFrom(m, groups);
      if (ev) return { at, ev };
    }
  }
  return null;
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
  if (year === undefined && !isPossibleDayMonth(day, month)) return null;
  const last = groups === 'range' ? Number(m[2]) : day;
  const lastDay = last > day && isPossibleDayMonth(last, month) ? { lastDay: last } : {};
  return year === undefined ? { day, month, ...lastDay, phrase: m[0].trim() } : { day, month, year, ...lastDay, phrase: m[0].trim() };
}

/** Does the paragraph (after its outlet prefix) open with the event's date ("Sáng 22-9, …", "Ngày 4/10, …", "Sáng nay (1/7), …")? */
export function opensWithEventDate(text: string): boolean {
  return OPENING_EVENT.test(normalizeText(text).trim());
}
const OPENING_EVENT = new RegExp(
  `^(?:${TIME_OF_DAY}${RELATIVE_DAY}(?:\\s+ngày)?|ngày(?:\\s+mai)?|hôm\\s+nay|hôm\\s+qua|(?:trong|từ)\\s+(?:(?:hai|2)\\s+)?ngày)\\s+\\(?\\d{1,2}`,
  'iu',
);

/** Kinds whose text tells what happened; the event date is searched in the first few of them. */
const EVENT_KINDS = new Set(['lead', 'body', 'caption']);
const EVENT_SEARCH_LINES = 5;

/** The first event date in the opening paragraphs and captions, with its line. */
export function findEventDate(lines: ClassifiedLine[]): { line: number; event: EventDate } | null {
  let seen = 0;
  for (const l of lines) {
    if (!EVENT_KINDS.has(l.kind)) continue;
    if (++seen > EVENT_SEARCH_LINES) break;
    const event = parseEventDate(l.read.prefix?.rest ?? l.text);
    if (event) return { line: l.n, event };
  }
  return null;
}

/**
 * A TV station's bulletin tag closing the headline: "Triển khai nhiệm vụ năm
 * 2021 (TS 12/1)", "(Thời sự 19h 12/1)": the day and month of the bulletin
 * that aired the story, when the text states no event date.
 */
const BULLETIN_TAG = /\((?:TS|TSTV|Thời\s+sự)(?:\s+\d{1,2}\s*h(?:\s*\d{2})?)?\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*\)\s*$/iu;

export function findBulletinTag(lines: ClassifiedLine[]): { line: number; event: EventDate } | null {
  const title = lines.find((l) => l.kind === 'title');
  const m = title && BULLETIN_TAG.exec(normalizeText(title.text).trim());
  if (!title || !m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (!isPossibleDayMonth(day, month)) return null;
  return { line: title.n, event: { day, month, phrase: m[0].trim() } };
}

/**
 * The year of a year-less day and month, near a reference date: events are
 * reported on or shortly before publication, so a date in the past is
 * preferred (a future date counts three times its distance). "28/12" read
 * against 2024-01-03 is 2023-12-28.
 */
export function inferYear(day: number, month: number, reference: string): string | null {
  const ry = Number(reference.slice(0, 4));
  let best: { date: string; cost: number } | null = null;
  for (const y of [ry - 1, ry, ry + 1]) {
    const date = ymd(y, month, day);
    if (!date) continue;
    const days = daysBetween(reference, date);
    const cost = days <= 0 ? -days : days * 3;
    if (!best || cost < best.cost) best = { date, cost };
  }
  return best?.date ?? null;
}

// ---------------------------------------------------------------------------
// Dates carried by URLs

/**
 * What a URL says about its publication date. Patterns are data: generic
 * folders (/202209/, /2018/01/, /2022/01/12/, /2022-01-12/) and the article ids of sites
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
  // Portals of schools and agencies: /tin-tuc/2021-10-15/<slug>; SharePoint portals of provinces and
  // districts print the folder without zero padding: /portal/Pages/2021-6-5/<slug>.aspx.
  { re: /\/(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\//, what: '/YYYY-MM-DD/ folder' },
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

/** Longer than this between the event and its publication is worth a look. */
const LATE_DAYS = 60;

export interface DatesResult {
  dates: DateInfo;
  /** Implausible but possible: printed with their lines, the file is still converted. */
  warnings: IngestWarning[];
}

interface Found {
  stamp: { line: number; stamp: Stamp } | null;
  event: { line: number; event: EventDate } | null;
}

export function extractDates(lines: ClassifiedLine[], front: { date?: string; url?: string }): DatesResult {
  const found: Found = { stamp: pickStamp(lines), event: findEventDate(lines) ?? findBulletinTag(lines) };
  const dates = datesOf(lines, front, found);
  return { dates, warnings: implausible(dates, found) };
}

function datesOf(lines: ClassifiedLine[], front: { date?: string; url?: string }, found: Found): DateInfo {
  const { stamp } = found;
  const event = found.event?.event;
  const firstLine = lines[0]?.n ?? 1;

  const withEvent = (info: DateInfo): DateInfo => {
    if (!event) return info;
    const eventDate = event.year !== undefined ? ymd(event.year, event.month, event.day) : inferYear(event.day, event.month, info.date);
    return eventDate ? { ...info, eventDate } : info;
  };

  if (front.date) {
    const date = front.date.slice(0, 10);
    let published: string | undefined;
    if (front.date.length > 10) published = front.date;
    else if (stamp?.stamp.time && stamp.stamp.date === date) published = vietnamDateTime(date, stamp.stamp.time);
    return withEvent(published ? { date, dateSource: 'front', published } : { date, dateSource: 'front' });
  }

  if (stamp?.stamp.date) {
    const { time } = stamp.stamp;
    const date = stampDate(stamp, lines, event);
    return withEvent(time ? { date, dateSource: 'published', published: vietnamDateTime(date, time) } : { date, dateSource: 'published' });
  }

  if (!stamp && event?.year !== undefined) {
    const date = ymd(event.year, event.month, event.day)!;
    return { date: closeOf(date, event), dateSource: 'event', eventDate: date };
  }

  // What is left has a day and month without a year: the date line's ("15:34 12/10") or the event's.
  const fromUrl = dateFromUrl(front.url);
  if (fromUrl?.day !== undefined && !stamp) {
    const date = ymd(fromUrl.year, fromUrl.month, fromUrl.day)!;
    // An article id stamped a day or so before the meeting the story reports ("…-20250824175143….htm"
    // over "Sáng 25/8, Thành ủy tổ chức …") is when the draft was opened: the story is out on the day.
    const eventDate = event && event.year === undefined ? inferYear(event.day, event.month, date) : null;
    const ahead = eventDate ? daysBetween(date, eventDate) : 0;
    if (eventDate && ahead >= 1 && ahead <= NEWS_DAYS) return { date: closeOf(eventDate, event), dateSource: 'url', eventDate };
    return withEvent({ date, dateSource: 'url' });
  }
  const dayMonth = stamp ? { ...stamp.stamp, line: stamp.line, phrase: lines.find((l) => l.n === stamp.line)!.text.trim() } : event && { ...event, line: found.event!.line };
  const stamped = (date: string, dateSource: DateInfo['dateSource'], extra: Partial<DateInfo> = {}): DateInfo => {
    const time = stamp?.stamp.time;
    return withEvent({ date, dateSource, ...(time ? { published: vietnamDateTime(date, time) } : {}), ...extra });
  };

  if (fromUrl && dayMonth) {
    // The URL names the month (or day) of publication; the date line or event is on or shortly before it.
    const date = inferYear(dayMonth.day, dayMonth.month, ymd(fromUrl.year, fromUrl.month, fromUrl.day ?? 15)!);
    if (date) return stamp ? stamped(date, 'url') : { date: closeOf(date, event), dateSource: 'url', eventDate: date };
  }

  if (dayMonth) {
    const inferred = inferYearFromText(dayMonth.day, dayMonth.month, lines, found.event ? { line: found.event.line, phrase: found.event.event.phrase } : undefined);
    const date = inferred && ymd(inferred.year, dayMonth.month, dayMonth.day);
    if (inferred && date) {
      const info: Partial<DateInfo> = { dateEvidence: inferred.evidence };
      return stamp ? stamped(date, 'inferred', info) : { date: closeOf(date, event), dateSource: 'inferred', eventDate: date, ...info };
    }
    throw new IngestError(
      dayMonth.line,
      `no year for "${dayMonth.phrase}": ${stamp ? 'the date line prints none' : 'the text has no publication date line'}, the URL carries no date, and the text restates no date, names no year, cites no dated document and names no congress of a term`,
      ASK_FOR_DATE,
    );
  }

  if (fromUrl) {
    const inMonth = dayInUrlMonth(lines, fromUrl.month);
    if (inMonth) {
      const date = ymd(fromUrl.year, inMonth.month, inMonth.day);
      if (date) return { date: closeOf(date, inMonth), dateSource: 'url', eventDate: date };
    }
    throw new IngestError(
      firstLine,
      `the URL gives ${fromUrl.year}-${pad(fromUrl.month)} (${fromUrl.what}) but no day: the text has no date line and no event date like "Sáng 22-9"`,
      ASK_FOR_DATE,
    );
  }
  const document = documentOfLead(lines);
  if (document) return { date: document.date, dateSource: 'inferred', eventDate: document.date, dateEvidence: document.evidence };
  throw new IngestError(firstLine, 'no publication date found: no date line, no event date in the opening paragraphs, no dated URL', ASK_FOR_DATE);
}

/**
 * A year-less "ngày 27-2" (or "từ 27 đến 29-2") anywhere in the opening paragraphs, in the month a
 * /YYYYMM/ URL names: "… diễn ra tại Hà Nội ngày 27-2." A document the story cites is dated with its
 * year; a year-less day of the month the page was filed in is the story's own. Only with such a URL.
 */
// DM_Y's back-reference to its separator (\2) is group 7 here, after DAY_RANGE's five groups.
const DAY_OF_MONTH = new RegExp(`${NOT_LETTER_BEFORE}(?:ngày|từ)\\s+(?:${DAY_RANGE}|${DM_Y.replace('\\2', '\\7')})`, 'giu');
function dayInUrlMonth(lines: ClassifiedLine[], month: number): EventDate | null {
  let seen = 0;
  for (const l of lines) {
    if (!EVENT_KINDS.has(l.kind) || l.kind === 'caption') continue;
    if (++seen > EVENT_SEARCH_LINES) break;
    for (const m of normalizeText(l.read.prefix?.rest ?? l.text).matchAll(DAY_OF_MONTH)) {
      const range = m[1] !== undefined;
      if (range ? m[5] !== undefined : m[9] !== undefined) continue;
      const day = Number(range ? m[1] : m[6]);
      const mo = Number(range ? m[4] : m[8]);
      const last = range ? Number(m[2]) : day;
      if (mo !== month || !isPossibleDayMonth(day, mo) || last < day || !isPossibleDayMonth(last, mo)) continue;
      return last > day ? { day, month: mo, lastDay: last, phrase: m[0].trim() } : { day, month: mo, phrase: m[0].trim() };
    }
  }
  return null;
}

/** A month named in words ("10 tháng 4"): the stamp is not numeric, its reading is not in doubt. */
const MONTH_IN_WORDS = /tháng/iu;

/**
 * The date a stamp with its year gives. Read day first, as Vietnamese prints it; but a numeric stamp
 * that both readings fit ("Cập nhật lúc : 15:53 10/04/2023"), with no weekday to tell them apart, that
 * would precede a document the text reports with its date ("Quyết định số 1402-QĐ/TU, ngày 07/9/2023")
 * is read month first when that reading follows the document: some sites print month/day.
 */
function stampDate(stamp: { line: number; stamp: Stamp }, lines: ClassifiedLine[], event?: EventDate): string {
  const { day, month, year, date, weekday: named } = stamp.stamp;
  if (!date || year === undefined || day > 12 || day === month || named !== null) return date!;
  const byEvent = swappedByEvent(date, year, day, month, event);
  if (byEvent && !MONTH_IN_WORDS.test(lines.find((l) => l.n === stamp.line)?.text ?? '')) return byEvent;
  const latest = latestCitedDate(lines);
  if (!latest || date >= latest) return date;
  if (MONTH_IN_WORDS.test(lines.find((l) => l.n === stamp.line)?.text ?? '')) return date;
  const swapped = ymd(year, day, month);
  return swapped && swapped >= latest ? swapped : date;
}

/** A report of the day's meeting is out within this many days of it. */
const NEWS_DAYS = 3;

/**
 * The same doubt settled by the event the text opens with ("Sáng 12/9, …" under "Cập nhật lúc : 17:15
 * 09/12/2025"): read day first the stamp would come before the event or more than LATE_DAYS after it,
 * read month first it follows the event within NEWS_DAYS, as a report does. The month/day reading, or null.
 */
function swappedByEvent(date: string, year: number, day: number, month: number, event?: EventDate): string | null {
  if (!event || (event.year !== undefined && event.year !== year)) return null;
  const eventDate = ymd(year, event.month, event.lastDay ?? event.day);
  const swapped = ymd(year, day, month);
  if (!eventDate || !swapped) return null;
  const after = (d: string) => daysBetween(eventDate, d);
  const dayFirst = after(date);
  const monthFirst = after(swapped);
  return (dayFirst < 0 || dayFirst > LATE_DAYS) && monthFirst >= 0 && monthFirst <= NEWS_DAYS ? swapped : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Without a date line, the story of a meeting over several days ("Trong hai
 * ngày 21-22/4") is dated by its close, which it reports; the event date
 * stays the first day. A longer span ("từ ngày 17 đến ngày 22-8, Bộ Chính trị
 * tiếp tục làm việc với 11 đảng bộ") is a programme of work, not one meeting:
 * the story announces it as it starts and is dated by its first day.
 */
const MEETING_DAYS = 3;
function closeOf(firstDay: string, event: EventDate | undefined): string {
  if (!event?.lastDay || event.lastDay - event.day >= MEETING_DAYS) return firstDay;
  return ymd(Number(firstDay.slice(0, 4)), event.month, event.lastDay) ?? firstDay;
}

/**
 * The publication stamp: the first date line with a year that is not an
 * update stamp, else the first with a year; a year-less one only when no line
 * prints a year.
 */
function pickStamp(lines: ClassifiedLine[]): { line: number; stamp: Stamp } | null {
  let best: { line: number; stamp: Stamp; rank: number } | null = null;
  for (const l of lines) {
    const stamp = l.read.stamp;
    if (l.kind !== 'date' || !stamp) continue;
    const rank = (stamp.date ? 0 : 2) + (stamp.update ? 1 : 0);
    if (!best || rank < best.rank) best = { line: l.n, stamp, rank };
    if (rank === 0) break;
  }
  return best && { line: best.line, stamp: best.stamp };
}

// ---------------------------------------------------------------------------
// Plausibility

/** The earliest hour a time of day ("Sáng 12/3") can mean. */
const PERIOD_START: [RegExp, number][] = [
  [/^(?:buổi\s+)?(?:sáng|sáng\s+sớm)\b/iu, 5],
  [/^(?:buổi\s+)?trưa/iu, 11],
  [/^(?:buổi\s+)?(?:đầu\s+giờ\s+chiều|chiều|cuối\s+giờ\s+chiều)/iu, 12],
  [/^(?:buổi\s+)?tối/iu, 17],
];

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

function implausible(d: DateInfo, found: Found): IngestWarning[] {
  const out: IngestWarning[] = [];
  const ev = found.event;
  const stampLine = found.stamp?.line ?? ev?.line ?? 1;
  if (d.eventDate && ev && d.dateSource !== 'event') {
    const days = daysBetween(d.eventDate, d.date);
    const what = `"${ev.event.phrase}" (line ${ev.line}) is ${d.eventDate}`;
    if (days < 0) out.push({ line: stampLine, message: `published ${d.date}, before the event it reports: ${what}; check the date line's year or add \`date:\`` });
    else if (days > LATE_DAYS) out.push({ line: stampLine, message: `published ${d.date}, ${days} days after the event it reports: ${what}; check the year, or whether the date is a save-day banner` });
  }
  const time = d.published?.slice(11, 16);
  if (time && ev && d.eventDate === d.date) {
    const hour = Number(time.slice(0, 2));
    const start = PERIOD_START.find(([re]) => re.test(ev.event.phrase))?.[1];
    if (start !== undefined && hour < start && hour + 12 >= start) {
      out.push({
        line: stampLine,
        message: `published at ${time}, before the meeting it reports ("${ev.event.phrase}", line ${ev.line}) began: the site may print a 12-hour clock (${pad(hour + 12)}:${time.slice(3)}?); set \`date:\` with the right time if so`,
      });
    }
  }
  const named = found.stamp?.stamp.weekday;
  if (named !== null && named !== undefined && found.stamp && (d.dateSource === 'inferred' || d.dateSource === 'url') && weekday(d.date) !== named) {
    out.push({ line: found.stamp.line, message: `the date line names ${WEEKDAY_NAMES[named]}, but ${d.date} is a ${WEEKDAY_NAMES[weekday(d.date)]}: check the year` });
  }
  return out;
}
