/**
 * Clean and tokenize a paragraph for the citation finder. The text is
 * normalized character by character (so every token still knows where it
 * stands in the source, and a citation's form is quoted exactly as written),
 * then tone placement is folded so "khoá" and "khóa" are one word.
 */
import { foldTonePlacement, normalizeText } from '../../text/vietnamese.ts';
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
  /** norm offset → source offset (one entry past the end, too). */
  toSource: number[];
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

function clean(source: string): { norm: string; toSource: number[] } {
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
const WORD = /[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*/uy;
const SPACE = /\s/;

export function isoDate(d: number, m: number, y: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
}

/** Vietnamese has no locale-specific case rules, so the fast default mapping is exact. */
export function lower(s: string): string {
  return s.toLowerCase();
}

const DIGIT = /\d/;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;

export function tokenize(paragraph: string): Tokenized {
  const source = paragraph.normalize('NFC');
  const { norm, toSource } = clean(source);
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, end: number, extra: Partial<Token> = {}): void => {
    const text = norm.slice(i, end);
    tokens.push({ type, text, key: lower(text), start: i, end, ...extra });
    i = end;
  };
  while (i < norm.length) {
    const c = norm[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (DIGIT.test(c) && (i === 0 || !WORD_CHAR.test(norm[i - 1]!))) {
      const code = codeAt(norm, i);
      if (code) {
        push('code', i + code.length, { code: code.code });
        continue;
      }
      DATE.lastIndex = i;
      const d = DATE.exec(norm);
      const iso = d ? isoDate(Number(d[1]), Number(d[3]), Number(d[4])) : undefined;
      if (d && iso) {
        push('date', i + d[0].length, { iso });
        continue;
      }
    }
    if (DIGIT.test(c)) {
      NUM.lastIndex = i;
      push('num', i + NUM.exec(norm)![0].length);
      continue;
    }
    WORD.lastIndex = i;
    const w = WORD.exec(norm);
    if (w) {
      push('word', i + w[0].length);
      continue;
    }
    push('punct', i + 1);
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
    exact = p.text === p.text.toLocaleUpperCase('vi') && /\p{L}/u.test(p.text);
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
  return ch !== ch.toLocaleLowerCase('vi');
}
