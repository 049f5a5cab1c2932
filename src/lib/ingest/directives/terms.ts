/**
 * Party terms (khóa) as data. Central Party documents are numbered afresh
 * each term, so the term is half of a document's identity: "Chỉ thị
 * 35-CT/TW" of 2019 (term XII) and of 2024 (term XIII) are two documents.
 */

export interface Congress {
  /** The term the congress opens, as a roman numeral. */
  term: string;
  /** Day the congress closed; the new Central Committee's numbering starts then. */
  closed: string;
}

/**
 * National Party congresses. A document dated on or after `closed` belongs to
 * the new term. Dates: VII 24–27/6/1991, VIII 28/6–1/7/1996, IX 19–22/4/2001,
 * X 18–25/4/2006, XI 12–19/1/2011, XII 20–28/1/2016, XIII 25/1–1/2/2021;
 * XIV closing day as given in the project brief (January 2026).
 */
export const CONGRESSES: readonly Congress[] = [
  { term: 'VII', closed: '1991-06-27' },
  { term: 'VIII', closed: '1996-07-01' },
  { term: 'IX', closed: '2001-04-22' },
  { term: 'X', closed: '2006-04-25' },
  { term: 'XI', closed: '2011-01-19' },
  { term: 'XII', closed: '2016-01-28' },
  { term: 'XIII', closed: '2021-02-01' },
  { term: 'XIV', closed: '2026-01-23' },
];

/** The Central Committee term in office on an ISO date, or undefined before VII. */
export function termAt(isoDate: string): string | undefined {
  let found: string | undefined;
  for (const c of CONGRESSES) if (c.closed <= isoDate) found = c.term;
  return found;
}

/**
 * A new Central Committee numbers its documents from 1, so in its first weeks
 * none of its documents carries a high number: at most this many at the
 * congress's close, plus this many a day after it, for the first weeks only
 * (generous: personnel decisions, the fastest series, run at one or two a day).
 */
export const NEW_TERM_FIRST_NUMBERS = 10;
export const NEW_TERM_NUMBERS_PER_DAY = 2;
/** Only so long after the close: later, a term's series have all run far enough that a number says nothing. */
export const NEW_TERM_DAYS = 90;

/**
 * The term a central document cited without date or term most likely belongs
 * to, from the article's date and the document's number: the term in office,
 * unless that term is too young to have reached the number ("Quyết định
 * 190-QĐ/TW" cited the day the new Central Committee is elected is the
 * outgoing term's).
 */
export function termOfNumberAt(isoDate: string, number: string): string | undefined {
  const term = termAt(isoDate);
  const i = CONGRESSES.findIndex((c) => c.term === term);
  const n = /^\d+$/.test(number) ? Number(number) : NaN;
  if (i <= 0 || !Number.isFinite(n)) return term;
  const days = (Date.parse(isoDate) - Date.parse(CONGRESSES[i]!.closed)) / 86_400_000;
  if (days >= NEW_TERM_DAYS) return term;
  return n > NEW_TERM_FIRST_NUMBERS + days * NEW_TERM_NUMBERS_PER_DAY ? CONGRESSES[i - 1]!.term : term;
}

const ROMAN: readonly [string, number][] = [
  ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [r, v] of ROMAN) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

/** "XII" → 12; undefined for anything that is not a well-formed numeral up to XL. */
export function fromRoman(s: string): number | undefined {
  if (!/^[IVXL]+$/.test(s)) return undefined;
  let n = 0;
  let rest = s;
  for (const [r, v] of ROMAN) {
    while (rest.startsWith(r)) {
      n += v;
      rest = rest.slice(r.length);
    }
  }
  // Reject non-canonical spellings such as "IIII" or "VX".
  return rest === '' && n > 0 && toRoman(n) === s ? n : undefined;
}

/** A term written as a roman numeral or digits ("khóa 12") → "XII". */
export function normalizeTerm(s: string): string | undefined {
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 40 ? toRoman(n) : undefined;
  }
  return fromRoman(s) !== undefined ? s : undefined;
}
