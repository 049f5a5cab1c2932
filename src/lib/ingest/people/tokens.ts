/**
 * Tokens of one block, for the people stage. Names and titles are found by
 * looking at words and the punctuation between them, so the text is cut into
 * words (with their case), numbers and single punctuation marks, each keeping
 * its offsets so that titles can be quoted exactly as written.
 */
import { matchKey } from '../../text/vietnamese.ts';

export type TokenKind =
  /** "Nguyễn", "Tỉnh": one capital, then lower case. */
  | 'cap'
  /** "chủ", "ủy": lower case. */
  | 'lower'
  /** "UBND", "TW", "T.Ư", "TP.HCM", "ThS": two or more capitals. */
  | 'abbr'
  | 'num'
  | 'punct';

export interface Token {
  text: string;
  /** Lower case, tone placement folded: what vocabulary is compared with. */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** One bit per PhraseSet that has a phrase starting with this key (see PhraseSet.matchAt). */
  first: number;
}

// Words may hold inner dots or slashes (T.Ư, TP.HCM, đ/c) and apostrophes
// (Central Highlands names: "Đắk R'lấp", "Ea H'leo"); numbers may hold
// separators (28-6 is three tokens, 21,34 is one); anything else is one mark.
// As a regex: /([\p{L}\p{M}]+(?:[./'’][\p{L}\p{M}]+)*)|(\d+(?:[.,/]\d+)*)|(\S)/gu.
// tokenize scans char codes by hand instead: it is the stage's hottest loop,
// and the regex allocates a match array per token.
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
/** Per BMP code unit: 0 not classified yet, else 1 letter or mark, 2 white space, 3 other. */
const classes = new Uint8Array(0x10000);
const C_LETTER = 1;
const C_SPACE = 2;

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = classes[cp]!;
    if (c === 0) {
      const ch = String.fromCharCode(cp);
      c = LETTER.test(ch) ? C_LETTER : SPACE.test(ch) ? C_SPACE : 3;
      classes[cp] = c;
    }
    return c;
  }
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) ? C_LETTER : SPACE.test(ch) ? C_SPACE : 3;
}

/** The code point at i (a surrogate pair read whole, a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp >= 0x10000 ? 2 : 1);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterAt = (text: string, i: number): boolean => i < text.length && classOf(codePointAt(text, i)) === C_LETTER;
/** "." "/" "'" "’" between two letters keep one word. */
const isWordJoiner = (c: number): boolean => c === 46 || c === 47 || c === 39 || c === 0x2019;
/** "." "," "/" between two digits keep one number. */
const isNumberJoiner = (c: number): boolean => c === 46 || c === 44 || c === 47;

/** Abbreviations written with a final dot ("TP. Hồ Chí Minh"): the dot is not a full stop. */
const DOTTED_ABBREVIATIONS = new Set(['tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'đ/c', 'th.s']);

// Which phrase sets have a phrase starting with a key: one bit per set, so
// that on most tokens matchAt is one AND, not a map lookup. Sets past the
// 31st get no bit and always look up.
const firstBits = new Map<string, number>();
let phraseSets = 0;
/** Bumped when a set adds first keys, so that cached forms re-read their bits. */
let phraseVersion = 0;

/** What tokenize needs to know about one written form; the same for every occurrence. */
interface Form {
  /** The form as written: also the text of its tokens, so a token costs no new string. */
  raw: string;
  key: string;
  kind: TokenKind;
  /** A word whose final dot belongs to it ("TP."), and its text then. */
  dotted: string | null;
  first: number;
  /** The phraseVersion `first` was read at. */
  version: number;
  /** The next form with the same hash. */
  next: Form | undefined;
}

// An article repeats few distinct words, and matchKey normalizes twice per
// call, so what a form's key and kind are is worked out once and cached.
// The cache is found by a hash of the char codes, compared in place, so a
// form seen before costs no substring; it is dropped if a hostile file floods it.
const BUCKETS = 1 << 16;
let forms: (Form | undefined)[] = new Array<Form | undefined>(BUCKETS);
let formCount = 0;

function formAt(text: string, start: number, end: number, kind: 'word' | 'num' | 'punct'): Form {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const bucket = (h ^ (h >>> 16)) & (BUCKETS - 1);
  const len = end - start;
  for (let f = forms[bucket]; f !== undefined; f = f.next) {
    if (f.raw.length === len && text.startsWith(f.raw, start)) {
      if (f.version !== phraseVersion) {
        f.first = firstBits.get(f.key) ?? 0;
        f.version = phraseVersion;
      }
      return f;
    }
  }
  if (formCount > 50_000) {
    forms = new Array<Form | undefined>(BUCKETS);
    formCount = 0;
  }
  const raw = text.slice(start, end);
  const key = kind === 'punct' ? raw : matchKey(raw);
  const f: Form = {
    raw,
    key,
    kind: kind === 'word' ? wordKind(raw) : kind,
    dotted: kind === 'word' && DOTTED_ABBREVIATIONS.has(key) ? `${raw}.` : null,
    first: firstBits.get(key) ?? 0,
    version: phraseVersion,
    next: forms[bucket],
  };
  forms[bucket] = f;
  formCount++;
  return f;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const cls = classOf(cp);
    if (cls === C_SPACE) {
      i += width(cp);
      continue;
    }
    const start = i;
    let kind: 'word' | 'num' | 'punct';
    if (cls === C_LETTER) {
      kind = 'word';
      i += width(cp);
      for (;;) {
        while (isLetterAt(text, i)) i += width(codePointAt(text, i));
        if (i + 1 < n && isWordJoiner(text.charCodeAt(i)) && isLetterAt(text, i + 1)) i += 1;
        else break;
      }
    } else if (isDigitCode(cp)) {
      kind = 'num';
      i += 1;
      for (;;) {
        while (i < n && isDigitCode(text.charCodeAt(i))) i++;
        if (i + 1 < n && isNumberJoiner(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) i += 1;
        else break;
      }
    } else {
      kind = 'punct';
      i += width(cp);
    }
    const f = formAt(text, start, i, kind);
    let written = f.raw;
    // Keep "TP." together so that its dot does not end a title or a list.
    if (f.dotted !== null && text.charCodeAt(i) === 46) {
      i += 1;
      written = f.dotted;
    }
    out.push({ text: written, key: f.key, kind: f.kind, start, end: i, first: f.first });
  }
  return out;
}

function wordKind(w: string): TokenKind {
  // A capital after an apostrophe starts a syllable part ("M'Đrắk"), so it does not make an abbreviation.
  const letters = [...w.replace(/['’](.)/gu, (_, c: string) => c.toLowerCase()).replace(/[./]/g, '')];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  // "HIếu" (a slip of the shift key in "Dương Trọng HIếu"): two capitals then at least two small
  // letters is a capitalised syllable; an abbreviation is in capitals, or ends in one small letter ("TTg").
  if (upper === 2 && letters.length >= 4 && letters[1] !== letters[1]!.toLowerCase() && letters[0] !== letters[0]!.toLowerCase()) return 'cap';
  if (upper >= 2) return 'abbr';
  if (upper === 1 && letters[0] !== letters[0]!.toLowerCase()) return 'cap';
  return 'lower';
}

/** Split a phrase from the vocabulary into token keys, the way tokenize() would. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** A list of phrases, matched longest first against the tokens at a position. */
export class PhraseSet {
  /** Phrases by their first key, longest first, so a lookup touches only the candidates. */
  private readonly byFirst = new Map<string, string[][]>();
  private readonly bit: number;
  constructor(phrases: readonly string[]) {
    this.bit = phraseSets < 31 ? 1 << phraseSets : 0;
    phraseSets++;
    for (const p of [...new Set(phrases)].map(phraseKeys).sort((a, b) => b.length - a.length)) {
      if (p.length === 0) continue;
      const list = this.byFirst.get(p[0]!) ?? [];
      list.push(p);
      this.byFirst.set(p[0]!, list);
      firstBits.set(p[0]!, (firstBits.get(p[0]!) ?? 0) | this.bit);
    }
    phraseVersion++;
  }
  /** Number of tokens matched at i (0 when none). */
  matchAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    if (t === undefined || (this.bit !== 0 && (t.first & this.bit) === 0)) return 0;
    const candidates = this.byFirst.get(t.key);
    if (candidates === undefined) return 0;
    for (let c = 0; c < candidates.length; c++) {
      const p = candidates[c]!;
      const n = p.length;
      if (i + n > tokens.length) continue;
      let j = 1;
      while (j < n && tokens[i + j]!.key === p[j]) j++;
      if (j === n) return n;
    }
    return 0;
  }
  /** False when no phrase can start with this token (then matchAt is 0 there). */
  mayStartWith(t: Token): boolean {
    return this.bit === 0 || (t.first & this.bit) !== 0;
  }
  /** Length of the longest phrase ending right before `end` (0 when none). */
  matchBefore(tokens: readonly Token[], end: number, maxLength = 4): number {
    for (let n = Math.min(maxLength, end); n >= 1; n--) {
      if (this.matchAt(tokens, end - n) === n) return n;
    }
    return 0;
  }
}

export const isDash = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '–' || t.text === '—');

/** A syllable that can be part of a person's name: one capital, letters only. */
export const isNameSyllable = (t: Token | undefined): boolean => t !== undefined && t.kind === 'cap' && !t.text.includes('.') && !t.text.includes('/');

/** Text of tokens [from, to) exactly as written, with runs of white space made one space. */
export function sliceText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
}
