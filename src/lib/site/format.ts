/**
 * Dates and labels as a Vietnamese reader writes them. Dates arrive as
 * strings (YYYY-MM-DD, or a date-time with +07:00) and are formatted from
 * their digits, never through Date, so no time zone can shift a day.
 */
import type { Directive } from '../schema.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /T(\d{2}):(\d{2})/;

/** "2020-06-29" → "29/6/2020". */
export function formatDate(iso: string): string {
  const m = DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

/** "2020-06-29T17:50:00+07:00" → "17:50"; undefined when there is no time. */
export function formatTime(isoDateTime: string | undefined): string | undefined {
  const m = isoDateTime ? TIME.exec(isoDateTime) : null;
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** "17:50, 29/6/2020" or just the date. */
export function formatDateTime(date: string, published?: string): string {
  const time = formatTime(published);
  return time ? `${time}, ${formatDate(published!)}` : formatDate(date);
}

/**
 * "(năm suy ra từ “tổng kết công tác năm 2019”)": for a date whose year the
 * ingest inferred from the article's words, so the reader can judge it.
 */
export function inferredYearNote(d: { dateSource: string; dateEvidence?: string | undefined }): string | undefined {
  return d.dateSource === 'inferred' && d.dateEvidence ? `(năm suy ra từ “${d.dateEvidence}”)` : undefined;
}

export function monthName(month: number): string {
  return `Tháng ${month}`;
}

/** "tháng 6/2020". */
export function monthYear(year: number, month: number): string {
  return `tháng ${month}/${year}`;
}

/** A term is a roman numeral for the Party ("khóa XIII") or a year for state documents. */
export function termLabel(term: string | undefined): string | undefined {
  if (!term) return undefined;
  return /^\d{4}$/.test(term) ? `năm ${term}` : `khóa ${term}`;
}

/** Roman numeral → number, for ordering terms; NaN when it is not one. */
export function romanToNumber(s: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  if (!/^[IVXLC]+$/.test(s)) return Number.NaN;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Sort key of a term: Party terms by number, years after them by year. */
export function termOrder(term: string | undefined): number {
  if (!term) return 0;
  if (/^\d{4}$/.test(term)) return Number(term);
  const r = romanToNumber(term);
  return Number.isNaN(r) ? 0 : r;
}

/**
 * "Chỉ thị 35-CT/TW". Some documents are known by a name, not a code
 * ("Nghị quyết Đại hội XIII", "NQ TW5 khóa X"): the kind is not repeated.
 */
export function directiveName(d: Pick<Directive, 'kind' | 'code'>): string {
  const code = d.code.trim();
  const lower = code.toLocaleLowerCase('vi');
  if (lower.startsWith(d.kind.toLocaleLowerCase('vi'))) return code;
  const abbr = KIND_ABBREVIATIONS[d.kind];
  if (abbr && code.startsWith(`${abbr} `)) return `${d.kind} ${code.slice(abbr.length + 1)}`;
  return `${d.kind} ${code}`;
}

/** "Chỉ thị 35-CT/TW (khóa XII)" — the name that tells namesakes apart; the term once only. */
export function directiveFullName(d: Pick<Directive, 'kind' | 'code' | 'term'>): string {
  const name = directiveName(d);
  const t = termLabel(d.term);
  if (!t || !d.term) return name;
  const said = new RegExp(`(^|[\\s(])(khóa\\s+)?${d.term}($|[\\s)])`, 'iu').test(name.normalize('NFC'));
  return said ? name : `${name} (${t})`;
}

/** Issuer codes as readers know them; unknown codes are shown as written. */
const ISSUERS: Record<string, string> = {
  TW: 'Trung ương Đảng',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  TU: 'Tỉnh ủy, Thành ủy',
  HU: 'Huyện ủy, Quận ủy',
  ĐU: 'Đảng ủy',
  ĐUK: 'Đảng ủy Khối',
  BNV: 'Bộ Nội vụ',
  BTCTW: 'Ban Tổ chức Trung ương',
};

export function issuerName(issuer: string): string {
  return ISSUERS[issuer] ?? issuer;
}

/** Abbreviations readers type for each kind ("KL 75", "CT 35"). */
export const KIND_ABBREVIATIONS: Record<Directive['kind'], string> = {
  'Nghị quyết': 'NQ',
  'Chỉ thị': 'CT',
  'Kết luận': 'KL',
  'Quy định': 'QĐ',
  'Quyết định': 'QĐ',
  'Hướng dẫn': 'HD',
  'Thông báo': 'TB',
  'Quy chế': 'QC',
  'Nghị định': 'NĐ',
  'Thông tư': 'TT',
  'Kế hoạch': 'KH',
  'Đề án': 'ĐA',
  'Chương trình': 'CTr',
};

export const CHAIR_ROLE_LABELS: Record<string, string> = {
  'chủ trì': 'Chủ trì',
  'đồng chủ trì': 'Đồng chủ trì',
  'chủ trì điểm cầu': 'Chủ trì điểm cầu',
};

/** "1 bài" / "12 bài" — Vietnamese has no plural, but counts read better with a noun. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('vi-VN')} ${noun}`;
}

/** Shorten to at most `n` characters at a word boundary, with an ellipsis (listings, meta descriptions). */
export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n - 1);
  return `${s.slice(0, cut > n / 2 ? cut : n - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const PERCENT = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });

/** 0.923 → "92,3 %". */
export function percent(rate: number): string {
  return PERCENT.format(rate);
}
