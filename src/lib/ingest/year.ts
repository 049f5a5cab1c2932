/**
 * The year of a day and month printed without one ("Sáng 20/12", "15:34
 * 12/10"), from what the text itself says, strongest evidence first:
 *   1. the same day restated with its year ("Tại phiên họp ngày 9/6/2024");
 *   2. the years the event's own sentence names ("tổng kết công tác năm
 *      2019, triển khai nhiệm vụ năm 2020": a December meeting reviews the
 *      first year, a January one plans the second);
 *   3. the dates of documents the text cites: the event follows them
 *      ("triển khai Quy định số 12, ngày 1-3-2021" → on or after 1/3/2021);
 *   4. the congress of a term ("Đại hội … nhiệm kỳ 2020 - 2025": congresses
 *      open their term);
 *   5. the one year the rest of the report names (the event's paragraph and
 *      the next: "thông qua Chương trình công tác năm 2016").
 * A page with no date at all that reports one document (its lead says it was
 * just signed, or its headline names it by code) is dated by that document's
 * date in the lead: documentOfLead.
 * A dated URL is stronger than all of these; dates.ts reads it first. The
 * answer carries the words that gave the year, for the reader and reviewer.
 */
import { isPossibleDayMonth, ymd } from '../calendar.ts';
import { DIRECTIVE_KINDS } from '../schema.ts';
import type { ClassifiedLine } from './types.ts';

export interface InferredYear {
  year: number;
  /** The words that gave the year, as printed. */
  evidence: string;
  /** The line they are on. */
  line: number;
}

/** Kinds of lines whose words are the article's own. */
const TEXT_KINDS = new Set(['lead', 'body', 'caption']);

/** A full date in running text: 9/6/2024, 1-3-2021, 5.4.2019, "5 tháng 4 năm 2019". */
const FULL_DATE = /(?<![\d./-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*((?:19|20)\d{2})(?!\d)/gu;
/**
 * A year on its own ("năm 2019"), or a month's ("tháng 7.2018", "tháng 7/2018"), not part of a
 * date or a range.
 */
const YEAR = /(?:(?<=[Tt]háng\s{1,3}\d{1,2}[./-])|(?<!\d|\d[./-]|\d\s*[-–]\s*))((?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–/]\s*\d)/gu;
/**
 * A congress of a term: "Đại hội đại biểu Đảng bộ tỉnh … lần thứ XX, nhiệm kỳ
 * 2025-2030". Congresses open their term, so they are held in its first year;
 * a term named alone ("thành ủy viên nhiệm kỳ 2015 - 2020") only says the
 * event is somewhere within it, which gives no year.
 */
const CONGRESS_TERM = /đại\s+hội[^.;]{0,100}?nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}/iu;
/** A document being cited: a kind word, "số", or a code with a slash ("35-CT/TW"), a little before the date. */
const DOCUMENT = new RegExp(`(?:${DIRECTIVE_KINDS.join('|')}|công văn|số\\s+\\d|\\d+[-/][\\p{Lu}Đ-]+/[\\p{Lu}Đ]+)`, 'iu');
const DOCUMENT_REACH = 80;
/** A document the cited one replaces or repeals ("Quy định này thay thế Quy định số 260-QĐ/TW, ngày 02/10/2009"): an old date. */
const REPLACED = /(?:thay\s+thế|bãi\s+bỏ)[^.;]{0,60}$/iu;
/**
 * Years that are not the event's: a target ("phấn đấu đến năm 2030", "tầm nhìn
 * đến năm 2045"), a starting point ("từ năm 2016", "thành lập năm 1989"),
 * a birth year, a period.
 */
const NOT_THE_EVENTS = /(?:đến|tới|từ|sinh|trước|sau|giai\s+đoạn|tầm\s+nhìn|thành\s+lập|kể\s+từ)\s+(?:năm\s+|tháng\s{1,3}\d{1,2}[./-])?$/iu;
/** "Tổng kết năm 2019" held in January is the year before's review. */
const REVIEW = /tổng\s+kết|năm\s+qua|sơ\s+kết/iu;
/** "Kế hoạch năm 2025" drawn up in December is the next year's. */
const PLAN = /kế\s+hoạch|phương\s+hướng|nhiệm\s+vụ|chương\s+trình|dự\s+toán/iu;

interface FullDate {
  date: string;
  day: number;
  month: number;
  year: number;
  at: number;
  text: string;
}

function fullDates(text: string): FullDate[] {
  const out: FullDate[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const [day, month, year] = m[1] !== undefined ? [+m[1], +m[3]!, +m[4]!] : [+m[5]!, +m[6]!, +m[7]!];
    const date = ymd(year, month, day);
    if (date) out.push({ date, day, month, year, at: m.index, text: m[0] });
  }
  return out;
}

/** The sentence of `para` that holds `phrase`: the event's own words. */
function sentenceWith(para: string, phrase: string): string {
  const at = Math.max(0, para.indexOf(phrase));
  const start = Math.max(para.lastIndexOf('. ', at) + 1, 0);
  const end = para.indexOf('. ', at + phrase.length);
  return para.slice(start, end < 0 ? para.length : end + 1).trim();
}

/** The latest date the texts give a cited document ("Quyết định số 1402-QĐ/TU, ngày 07/9/2023"), with its words. */
function latestCited(texts: readonly { line: number; text: string }[]): { d: FullDate; line: number; text: string } | null {
  let latest: { d: FullDate; line: number; text: string } | null = null;
  for (const t of texts) {
    for (const d of fullDates(t.text)) {
      const before = t.text.slice(Math.max(0, d.at - DOCUMENT_REACH), d.at);
      const doc = DOCUMENT.exec(before);
      if (!doc || REPLACED.test(before)) continue;
      if (!latest || d.date > latest.d.date) latest = { d, line: t.line, text: before.slice(doc.index) + d.text };
    }
  }
  return latest;
}

/** The latest issue date of a document the page's text cites, or null. */
export function latestCitedDate(lines: readonly ClassifiedLine[]): string | null {
  const texts = lines.filter((l) => TEXT_KINDS.has(l.kind)).map((l) => ({ line: l.n, text: l.read.prefix?.rest ?? l.text }));
  return latestCited(texts)?.d.date ?? null;
}

export function inferYearFromText(
  day: number,
  month: number,
  lines: readonly ClassifiedLine[],
  event?: { line: number; phrase: string },
): InferredYear | null {
  if (!isPossibleDayMonth(day, month)) return null;
  // The event's own line counts even when it is not text: a headline's bulletin tag ("… năm 2021 (TS 12/1)").
  const texts = lines.filter((l) => TEXT_KINDS.has(l.kind) || l.n === event?.line).map((l) => ({ line: l.n, text: l.read.prefix?.rest ?? l.text }));

  // 1. The same day restated with its year.
  for (const t of texts) {
    for (const d of fullDates(t.text)) if (d.day === day && d.month === month) return { year: d.year, evidence: d.text, line: t.line };
  }

  // 2. The years the event's own sentence names.
  const own = event ? texts.find((t) => t.line === event.line) : undefined;
  if (own && event) {
    const sentence = sentenceWith(own.text, event.phrase);
    const inDates = fullDates(sentence);
    const years = eventYears(sentence);
    if (years.length > 0) {
      const values = years.map((m) => yearOf(sentence, m));
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      // Second half of the year: the meeting is about the earlier year; first half: the later one.
      let year = month >= 7 ? lo : hi;
      // "Ngày 15/1, … tổng kết công tác năm 2019": January reviews the year just ended.
      if (lo === hi && month <= 2 && REVIEW.test(sentence)) year = lo + 1;
      const first = years[0]!;
      const last = years.at(-1)!;
      return { year, evidence: sentence.slice(clauseStart(sentence, first.index), last.index + last[0].length).trim(), line: own.line };
    }
  }

  // 3. Cited documents: the event follows the latest of them.
  const latest = latestCited(texts);
  if (latest) {
    const { d } = latest;
    const year = month > d.month || (month === d.month && day >= d.day) ? d.year : d.year + 1;
    return { year, evidence: latest.text.trim(), line: latest.line };
  }

  // 4. The congress of a term.
  for (const t of texts) {
    const m = CONGRESS_TERM.exec(t.text);
    if (m) return { year: Number(m[1]), evidence: m[0], line: t.line };
  }

  // 5. The years the rest of the report names: the event's paragraph and the next one, when they name one year only.
  //    Failing those, the whole report, when it names one year at least twice and no other.
  if (own && event) {
    const i = texts.indexOf(own);
    const namedIn = (part: typeof texts) => {
      const out: { year: number; text: string; at: number; line: number }[] = [];
      for (const t of part) for (const m of eventYears(t.text)) out.push({ year: yearOf(t.text, m), text: t.text, at: m.index, line: t.line });
      return out;
    };
    let named = namedIn(texts.slice(i, i + 2));
    if (named.length === 0) {
      named = namedIn(texts.slice(i));
      if (named.length < WHOLE_REPORT_MIN_MENTIONS) named = [];
    }
    if (named.length > 0 && named.every((y) => y.year === named[0]!.year)) {
      const { text, at, line } = named[0]!;
      const clause = text.slice(clauseStart(text, at), at + 4).trim();
      const sentence = text.slice(text.lastIndexOf('. ', at) + 1, at + 4);
      let year = named[0]!.year;
      // "Ngày 15/1 …; tổng kết công tác năm 2019" reviews the year just ended; "Ngày 20/12 …; kế hoạch năm 2025" plans the next.
      if (month <= 2 && REVIEW.test(sentence)) year += 1;
      else if (month >= 11 && PLAN.test(sentence)) year -= 1;
      return { year, evidence: clause, line };
    }
  }
  return null;
}

/** Mentions of its one year a report needs, beyond the event's paragraph and the next, to date the event. */
const WHOLE_REPORT_MIN_MENTIONS = 2;

/** Years on their own in `text` that may be the event's: not in a full date, not a term, not a target or a start. */
function eventYears(text: string): RegExpExecArray[] {
  const inDates = fullDates(text);
  return [...text.matchAll(YEAR)].filter(
    (m) => !inDates.some((d) => m.index >= d.at && m.index < d.at + d.text.length) && !isTermYear(text, m.index) && !NOT_THE_EVENTS.test(text.slice(Math.max(0, m.index - 30), m.index)),
  );
}

/**
 * The event's year a named year gives: itself, or the next one for the year a
 * result is compared with ("tăng 5 đảng viên so với năm 2017": this is 2018).
 */
function yearOf(text: string, m: RegExpExecArray): number {
  return Number(m[1]) + (COMPARED_WITH.test(text.slice(Math.max(0, m.index - 30), m.index)) ? 1 : 0);
}
const COMPARED_WITH = /so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?$/iu;

/** Is the year at `at` the start of a term ("nhiệm kỳ 2020 - 2025")? */
function isTermYear(s: string, at: number): boolean {
  return TERM_BEFORE.test(s.slice(Math.max(0, at - 12), at));
}
const TERM_BEFORE = /nhiệm\s+kỳ\s*$/iu;

/**
 * Where the evidence for the year at `at` starts: at the phrase that says what
 * the year is about ("tổng kết công tác năm 2019", "sáu tháng đầu năm 2016"),
 * looked for within EVIDENCE_WORDS words back and not across a comma; else a
 * few words back.
 */
function clauseStart(s: string, at: number): number {
  const comma = Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at));
  const words: number[] = [];
  for (let i = at; i > comma + 1 && words.length < EVIDENCE_WORDS; ) {
    const space = s.lastIndexOf(' ', i - 2);
    const start = Math.max(space + 1, comma + 1);
    words.push(start);
    i = start;
  }
  for (let k = words.length - 1; k >= 0; k--) if (EVIDENCE_HEAD.test(s.slice(words[k]!, at))) return words[k]!;
  return words[Math.min(words.length, 4) - 1] ?? at;
}
const EVIDENCE_WORDS = 8;
/** Phrases that say what a year is about: a review, a plan, part of the year. */
const EVIDENCE_HEAD = /^(?:tổng\s+kết|sơ\s+kết|triển\s+khai|nhiệm\s+vụ|kế\s+hoạch|(?:\d+|sáu|ba|chín)\s+tháng|quý|cuối\s+năm|đầu\s+năm)\s/iu;

/** "vừa ký", "vừa ban hành", "đã ký ban hành": the lead reports a document just signed. */
const JUST_SIGNED = /(?:vừa|mới)\s+(?:ký|ban\s+hành)|đã\s+ký\s+ban\s+hành/iu;
/** A Party or state document code: 165-QĐ/TW, 97-QĐ/TW, 128/NQ-CP. */
const CODE = /\d{1,5}\s?[-/]\s?[\p{Lu}Đ][\p{L}Đ]{0,5}\s?[/-]\s?[\p{Lu}Đ][\p{L}Đ.]{0,9}/gu;
/** How far after a document's code its date may follow ("… số 165-QĐ/TW ngày 6.6.2024"). */
const CODE_DATE_REACH = 24;
/** The kind words right before a code ("quyết định số "), for the evidence. */
const KIND_BEFORE = new RegExp(`(?:${DIRECTIVE_KINDS.join('|')})(?:\\s+số)?\\s*$`, 'iu');
const KIND_REACH = 24;

/**
 * A page without any date that reports one document: "Thường trực Ban Bí thư
 * vừa ký quyết định số 165-QĐ/TW ngày 6.6.2024 …", or the headline names
 * "Quy định số 97-QĐ/TW" and the lead gives "Quy định số 97-QĐ/TW ngày
 * 7/2/2023". The report follows the document: its date, with the words.
 */
export function documentOfLead(lines: readonly ClassifiedLine[]): { date: string; evidence: string; line: number } | null {
  const lead = lines.find((l) => l.kind === 'lead' || l.kind === 'body');
  if (!lead) return null;
  const title = lines.find((l) => l.kind === 'title');
  const titleCodes = new Set([...(title?.text ?? '').matchAll(CODE)].map((m) => codeKey(m[0])));
  const text = lead.read.prefix?.rest ?? lead.text;
  const first = text.slice(0, text.search(/\.\s|$/u) + 1) || text;
  const signed = JUST_SIGNED.test(first);
  for (const m of first.matchAll(CODE)) {
    if (!signed && !titleCodes.has(codeKey(m[0]))) continue;
    const after = first.slice(m.index + m[0].length, m.index + m[0].length + CODE_DATE_REACH);
    const d = /^\s*,?\s*ngày\s+/iu.test(after) ? fullDates(after)[0] : undefined;
    if (!d) continue;
    const kind = KIND_BEFORE.exec(first.slice(Math.max(0, m.index - KIND_REACH), m.index));
    const start = kind ? m.index - kind[0].length : m.index;
    return { date: d.date, evidence: first.slice(start, m.index + m[0].length + d.at + d.text.length).trim(), line: lead.n };
  }
  return null;
}

function codeKey(code: string): string {
  return code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
}
