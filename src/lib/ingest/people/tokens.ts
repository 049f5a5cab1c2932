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
}

// Words may hold inner dots or slashes (T.Ư, TP.HCM, đ/c); numbers may hold
// separators (28-6 is three tokens, 21,34 is one); anything else is one mark.
const TOKEN = /([\p{L}\p{M}]+(?:[./][\p{L}\p{M}]+)*)|(\d+(?:[.,/]\d+)*)|(\S)/gu;

/** Abbreviations written with a final dot ("TP. Hồ Chí Minh"): the dot is not a full stop. */
const DOTTED_ABBREVIATIONS = new Set(['tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'đ/c', 'th.s']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    let kind: TokenKind;
    if (m[1]) kind = wordKind(raw);
    else if (m[2]) kind = 'num';
    else kind = 'punct';
    // Keep "TP." together so that its dot does not end a title or a list.
    if (m[1] && text[end] === '.' && DOTTED_ABBREVIATIONS.has(matchKey(raw))) {
      end += 1;
    }
    const tokenText = text.slice(start, end);
    out.push({ text: tokenText, key: kind === 'punct' ? tokenText : wordKey(tokenText.replace(/\.$/, '')), kind, start, end });
  }
  // Skip the dot swallowed above, which the regex also returned as a mark.
  return out.filter((t, i) => !(t.kind === 'punct' && t.text === '.' && i > 0 && out[i - 1]!.end > t.start));
}

// matchKey normalizes twice per call; a long article repeats few distinct
// words, so keys are cached (and the cache dropped if a hostile file floods it).
const keyCache = new Map<string, string>();
function wordKey(w: string): string {
  let k = keyCache.get(w);
  if (k === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    k = matchKey(w);
    keyCache.set(w, k);
  }
  return k;
}

function wordKind(w: string): TokenKind {
  const letters = [...w.replace(/[./]/g, '')];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
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
  constructor(phrases: readonly string[]) {
    for (const p of [...new Set(phrases)].map(phraseKeys).sort((a, b) => b.length - a.length)) {
      if (p.length === 0) continue;
      const list = this.byFirst.get(p[0]!) ?? [];
      list.push(p);
      this.byFirst.set(p[0]!, list);
    }
  }
  /** Number of tokens matched at i (0 when none). */
  matchAt(tokens: readonly Token[], i: number): number {
    const candidates = this.byFirst.get(tokens[i]?.key ?? '');
    if (!candidates) return 0;
    for (const p of candidates) {
      if (p.every((k, j) => tokens[i + j]?.key === k)) return p.length;
    }
    return 0;
  }
  /** Length of the longest phrase ending right before `end` (0 when none). */
  matchBefore(tokens: readonly Token[], end: number, maxLength = 4): number {
    for (let n = Math.min(maxLength, end); n >= 1; n--) {
      if (this.matchAt(tokens, end - n) === n) return n;
    }
    return 0;
  }
}

export const isDash = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && /^[-–—]$/.test(t.text);

/** A syllable that can be part of a person's name: one capital, letters only. */
export const isNameSyllable = (t: Token | undefined): boolean => !!t && t.kind === 'cap' && !/[./]/.test(t.text);

/** Text of tokens [from, to) exactly as written, with runs of white space made one space. */
export function sliceText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
}
