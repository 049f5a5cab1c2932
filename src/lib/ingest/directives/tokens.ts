/**
 * Clean and tokenize a paragraph for the citation finder. The text is
 * normalized character by character (so every token still knows where it
 * stands in the source, and a citation's form is quoted exactly as written),
 * then tone placement is folded so "khoá" and "khóa" are one word.
 */
import { charClassAt, foldTonePlacement, isCanonical, isSpaceCode, normalizeText } from '../../text/vietnamese.ts';
import { codeAt, type ParsedCode } from './codes.ts';

export type TokenType = 'code' | 'date' | 'num' | 'word' | 'punct';

export interface Token {
  type: TokenType;
  /** Normalized text of the token. */
  text: string;
  /** Lower-cased text, for case-insensitive matching. */
  key: string;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  code?: ParsedCode;
  /** ISO date of a date token. */
  iso?: string;
}

export interface Tokenized {
  /** The paragraph as given, in NFC. */
  source: string;
  /** Normalized, tone-folded text the tokens point into. */
  norm: string;
  /** norm offset → source offset (one entry past the end, too); null when they are equal. */
  toSource: number[] | null;
  tokens: Token[];
}

const HYPHENS = /[\u2010-\u2015\u2212]/;
// Invisible format characters (bidi overrides, word joiners…) that normalizeText leaves:
// inside a code they would hide it from the finder.
const FORMAT = /\p{Cf}/u;

/** One character as the finder reads it; memoized, since a text has few distinct characters. */
const cleaned = new Map<string, string>();
function cleanChar(ch: string): string {
  let c = cleaned.get(ch);
  if (c === undefined) {
    // normalizeText on one character keeps the offset map exact: zero-width
    // characters vanish, odd spaces become " ", Latin Eth becomes Đ.
    c = normalizeText(ch);
    if (HYPHENS.test(c)) c = '-';
    if (FORMAT.test(c)) c = '';
    if (cleaned.size < 4096) cleaned.set(ch, c);
  }
  return c;
}

/** Hyphens cleanChar rewrites; the only characters of canonical text it changes (no \p{Cf} is in CLEAN_CHARS). */
const CLEANED_HYPHEN = /[\u2010-\u2015]/;

function clean(source: string, canonical: boolean): { norm: string; toSource: number[] | null } {
  // Most paragraphs: nothing to clean, and offsets map to themselves.
  if (canonical && !CLEANED_HYPHEN.test(source)) return { norm: foldTonePlacement(source), toSource: null };
  let norm = '';
  const toSource: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = cleanChar(source[i]!);
    for (const ch of c) {
      norm += ch;
      toSource.push(i);
    }
  }
  toSource.push(source.length);
  const folded = foldTonePlacement(norm);
  // Folding moves a mark between two letters, so the length never changes
  // for NFC input; keep the unfolded text if it ever did.
  return { norm: folded.length === norm.length ? folded : norm, toSource };
}

const DATE = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/y;
const NUM = /\d+(?:[.,]\d+)*/y;

export function isoDate(d: number, m: number, y: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
}

/** Vietnamese has no locale-specific case rules, so the fast default mapping is exact. */
export function lower(s: string): string {
  // Most words are lower case already: skip the library call (costly for non-ASCII text).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3000 || LOWER_CHANGES[c] === 1) return s.toLowerCase();
  }
  return s;
}

/** Code units below U+3000 that toLowerCase changes; the only context rule (final sigma) concerns one of them, Σ. */
const LOWER_CHANGES = new Uint8Array(0x3000);
for (let c = 0; c < 0x3000; c++) LOWER_CHANGES[c] = String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c) ? 1 : 0;

/** Code units of the letter or mark at i; 0 when there is none. */
const letterAt = charClassAt(/[\p{L}\p{M}]/u);

function letterRun(s: string, i: number): number {
  let w: number;
  while (i < s.length && (w = letterAt(s, i))) i += w;
  return i;
}

/** End of the word at i, as /[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*\/uy matches it ("T.Ư", "Th.S"); i when there is none. */
function wordEnd(s: string, i: number): number {
  let end = letterRun(s, i);
  if (end === i) return i;
  while (s.charCodeAt(end) === 46) {
    const next = letterRun(s, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is the code unit at i a word character (/[\p{L}\p{M}\d]/u on that one unit)? */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (isDigit(c)) return true;
  // One code unit only: a surrogate half is never a word character here.
  return c < 0xd800 || c > 0xdfff ? letterAt(s, i) > 0 : false;
}

function token(type: TokenType, text: string, start: number, end: number, code?: ParsedCode, iso?: string): Token {
  // One shape for every token, so the walk's property reads stay monomorphic.
  return { type, text, key: lower(text), start, end, code, iso };
}

/**
 * The text tokenize() would read, when it costs next to nothing to get
 * (canonical text with no hyphen to clean: the usual paragraph); null
 * otherwise. For a quick look before tokenizing.
 */
export function quickNorm(paragraph: string): string | null {
  return isCanonical(paragraph) && !CLEANED_HYPHEN.test(paragraph) ? foldTonePlacement(paragraph) : null;
}

export function tokenize(paragraph: string): Tokenized {
  // Canonical text is NFC already: skip the copy.
  const canonical = isCanonical(paragraph);
  const source = canonical ? paragraph : paragraph.normalize('NFC');
  const { norm, toSource } = clean(source, canonical);
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      if (i === 0 || !isWordChar(norm, i - 1)) {
        const code = codeAt(norm, i);
        if (code) {
          tokens.push(token('code', norm.slice(i, i + code.length), i, i + code.length, code.code));
          i += code.length;
          continue;
        }
        DATE.lastIndex = i;
        const d = DATE.exec(norm);
        const iso = d ? isoDate(Number(d[1]), Number(d[3]), Number(d[4])) : undefined;
        if (d && iso) {
          tokens.push(token('date', d[0], i, i + d[0].length, undefined, iso));
          i += d[0].length;
          continue;
        }
      }
      NUM.lastIndex = i;
      const len = NUM.exec(norm)![0].length;
      tokens.push(token('num', norm.slice(i, i + len), i, i + len));
      i += len;
      continue;
    }
    const end = wordEnd(norm, i);
    if (end > i) {
      tokens.push(token('word', norm.slice(i, end), i, end));
      i = end;
      continue;
    }
    tokens.push(token('punct', norm[i]!, i, i + 1));
    i++;
  }
  return { source, norm, toSource, tokens };
}

/** Tokens of a phrase from the pattern tables, for token-by-token matching. */
export function phraseTokens(phrase: string): Token[] {
  return tokenize(phrase).tokens;
}

/**
 * Does `phrase` match `tokens` at `i`? Returns the index after the match or
 * -1. A phrase token with no lower-case letter ("BCH", "T.Ư", "TƯ") must
 * match exactly; others match regardless of case.
 */
export function matchAt(tokens: readonly Token[], i: number, phrase: readonly Token[]): number {
  if (phrase.length === 0 || i + phrase.length > tokens.length) return -1;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase[k]!;
    const t = tokens[i + k]!;
    // Equal keys are needed either way; the exact-case check is the rare second step.
    if (t.key !== p.key) return -1;
    if (isExactToken(p) && t.text !== p.text) return -1;
  }
  return i + phrase.length;
}

const EXACT = new WeakMap<Token, boolean>();

function isExactToken(p: Token): boolean {
  let exact = EXACT.get(p);
  if (exact === undefined) {
    exact = p.text === p.text.toUpperCase() && /\p{L}/u.test(p.text);
    EXACT.set(p, exact);
  }
  return exact;
}

/** Compile phrases once, longest first, so "Thủ tướng Chính phủ" wins over "Chính phủ". */
export function compile(phrases: readonly string[]): Token[][] {
  return phrases.map(phraseTokens).sort((a, b) => b.length - a.length);
}

export function isUpperInitial(t: Token): boolean {
  const ch = t.text[0] ?? '';
  // Plain case mapping is the 'vi' one (tests/text/vietnamese.test.ts) and much cheaper.
  return ch !== ch.toLowerCase();
}
