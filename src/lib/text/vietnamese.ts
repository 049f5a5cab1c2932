/**
 * Everything the project knows about Vietnamese text lives here: decoding
 * untrusted bytes, normalizing to one canonical form, folding for matching,
 * slugs for URLs, and collation for sorting.
 */

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258'; bom: boolean }
  | { ok: false; reason: string };

/** Decode raw bytes from a source file. Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', true);
  const guess = guessUtf16(bytes);
  if (guess) return decodeUtf16(bytes, guess, false);
  return decodeUtf8(bytes, false);
}

// Decoders hold no state between calls without { stream: true }: one of each is enough.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
  try {
    const text = UTF8.decode(bytes);
    if (looksBinary(text)) return { ok: false, reason: 'the file is binary (mostly control characters), not text' };
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8: old Vietnamese pages were often saved as Windows-1258.
    const text = new TextDecoder('windows-1258').decode(bytes);
    if (looksBinary(text) || !/[àáảãạăâđêôơư]/iu.test(text.normalize('NFC'))) {
      return { ok: false, reason: 'the file is not valid UTF-8 and does not look like Vietnamese text; save it as UTF-8' };
    }
    return { ok: true, text, encoding: 'windows-1258', bom: false };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (looksBinary(text)) return { ok: false, reason: 'the file is binary, not text' };
    return { ok: true, text, encoding, bom };
  } catch {
    return { ok: false, reason: `the file looks like ${encoding.toUpperCase()} but does not decode; save it as UTF-8` };
  }
}

/** UTF-16 without a BOM: text in the Latin range has a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

// What looksBinary counts: C0 controls but tab and line ends, DEL and C1 controls, U+FFFD.
const BINARY_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  // Surrogate pairs are never counted, so counting UTF-16 units gives the same number.
  const control = sample.match(BINARY_CHARS)?.length ?? 0;
  return control / sample.length > 0.1;
}

// Zero-width and bidi control characters: invisible, and they split names and codes.
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Canonical text: LF line ends, NFC, Latin Eth read as Đ, no zero-width
 * characters, ordinary spaces. Line count is preserved so that line numbers
 * in messages match the source file.
 */
export function normalizeText(input: string): string {
  // Fast paths: most strings the stages pass around are already clean, and
  // the detectors of one line are handed the same string one after another.
  if (isCanonical(input)) return input;
  if (!NEEDS_NORMALIZING.test(input) && input.normalize('NFC') === input) return input;
  return input
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .replace(/\u0189/g, 'Đ')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .replace(CONTROL, '');
}

let lastClean = '';

const NEEDS_NORMALIZING = /[\r\u00d0\u00f0\u0189\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Text made only of these is already canonical: none needs replacing, and
 * none is changed or combined by NFC (checked for every character and every
 * pair in tests/text/vietnamese.test.ts). Latin, Vietnamese letters, common
 * punctuation and quotes; no combining marks.
 */
export const CLEAN_CHARS = '\\n\\x20-\\x7e\\u00a1-\\u00ac\\u00ae-\\u00cf\\u00d1-\\u00ef\\u00f1-\\u0188\\u018a-\\u02ff\\u1e00-\\u1eff\\u2010-\\u2027\\u2030-\\u205e';
const CLEAN = new RegExp(`^[${CLEAN_CHARS}]*$`);

/** Is s made only of CLEAN_CHARS (so normalizeText and NFC leave it as it is)? */
export function isCanonical(s: string): boolean {
  // The tests of one line or paragraph are handed the same string one after another.
  if (s === lastClean) return true;
  if (!CLEAN.test(s)) return false;
  lastClean = s;
  return true;
}

const TONE = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Old and new tone placement spell the same syllable two ways (hoá/hóa,
 * Uỷ/Ủy, Tuý/Túy). Rewrite open syllables "oa oe uy" to one placement (tone
 * on the first vowel, the form most newsrooms use) so both compare equal.
 */
export function foldTonePlacement(s: string): string {
  if (!NEW_STYLE_TONE.test(s)) return s;
  // Canonical text without marks ("toàn", "thuyết") changes only where such a
  // vowel ends the syllable: skip the NFD round trip for the rest.
  if (isCanonical(s)) return NEW_STYLE_TONE_AT_END.test(s) ? s.replace(NEW_STYLE_TONE_AT_END_ALL, moveTone) : s;
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/**
 * For canonical text (NFC, no combining marks) the NFD round trip changes
 * only the pairs NEW_STYLE_TONE_AT_END finds, so they are rewritten in place:
 * "oà" → "òa", "Uý" → "Úy" (tests/text/vietnamese.test.ts compares both ways).
 */
function moveTone(pair: string): string {
  let moved = MOVED.get(pair);
  if (moved === undefined) {
    // The second letter is a base letter and one tone mark: the mark goes to the first.
    const [base, tone] = pair[1]!.normalize('NFD');
    moved = `${(pair[0]! + tone!).normalize('NFC')}${base!}`;
    MOVED.set(pair, moved);
  }
  return moved;
}

const MOVED = new Map<string, string>();

// Precomposed "oà oé … uỳ uý …": the only spellings foldTonePlacement changes.
const NEW_STYLE_TONE = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/u;
// The same at the end of a syllable: what OA_OE and UY need after the decomposed tone.
const NEW_STYLE_TONE_AT_END = /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/u;
const NEW_STYLE_TONE_AT_END_ALL = /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const OA_OE = new RegExp(`([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');

/** Key for comparing two spellings of the same thing: case, spacing and tone placement folded. */
export function matchKey(s: string): string {
  // The stages ask for the same short keys (words, titles, names) again and again,
  // and for the key of each line of the article being converted a few times.
  const memo = s.length <= 200 ? MATCH_KEYS : LONG_KEYS;
  let key = memo.get(s);
  if (key === undefined) {
    // toLowerCase is toLocaleLowerCase('vi'): V8 applies locale rules only for tr, az, lt and el.
    key = collapseSpaces(foldTonePlacement(normalizeText(s)).toLowerCase());
    if (memo.size >= (memo === MATCH_KEYS ? 100_000 : 2_000)) memo.clear();
    memo.set(s, key);
  }
  return key;
}

const MATCH_KEYS = new Map<string, string>();
const LONG_KEYS = new Map<string, string>();

/**
 * Every run of white space as one " ", trimmed: s.replace(/\s+/g, ' ').trim(),
 * without replacing each single space between words by another one (which
 * made that the costliest step of matching a long paragraph).
 */
export function collapseSpaces(s: string): string {
  return hasOddSpace(s) ? s.replace(ODD_SPACES, ' ').trim() : s;
}

const ODD_SPACES = /\s{2,}|[^\S ]/g;

/** Does /\s/ match this code unit? Without making a string of it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** White space other than single " " between two other characters (a loop: cheaper than a regex scan). */
function hasOddSpace(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || isSpaceCode(s.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * A fast test for a one-character class such as /[\p{L}\p{M}]/u: returns the
 * code units of the matching code point at i (as the u flag reads them), or
 * 0. The first code points are looked up in a table, since a \p{…} class
 * costs far more per character in a regex.
 */
export function charClassAt(re: RegExp): (s: string, i: number) => number {
  const table = new Uint8Array(0x3000);
  for (let c = 0; c < 0x3000; c++) table[c] = c < 0xd800 && re.test(String.fromCharCode(c)) ? 1 : 0;
  return (s, i) => {
    const c = s.charCodeAt(i);
    if (c < 0x3000) return table[c]!;
    const cp = s.codePointAt(i)!;
    return re.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
  };
}

/** Code units of the letter or digit at i, 0 when there is none. */
const wordAt = charClassAt(/[\p{L}\p{N}]/u);

/** s.replace(/[^\p{L}\p{N}]+/gu, ' '): every run of other characters as one space. */
export function wordsOnly(s: string): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const w = wordAt(s, i);
    if (w) {
      i += w;
      continue;
    }
    let j = i;
    do j += s.codePointAt(j)! > 0xffff ? 2 : 1;
    while (j < s.length && !wordAt(s, j));
    // A lone space between two words stays as it is.
    if (j - i !== 1 || s.charCodeAt(i) !== 32) {
      out += `${s.slice(last, i)} `;
      last = j;
    }
    i = j;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Strip every diacritic, đ → d, lower case: what a reader types on a phone. */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}

/** URL slug: ASCII, no diacritics (đ → d), words joined by hyphens. */
export function slugify(s: string): string {
  return foldDiacritics(normalizeText(s))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Vietnamese readers look a person up by given name (the last word), then by
 * the full name: "Trương Thị Mai" sorts under M.
 */
export function compareByGivenName(a: string, b: string): number {
  const ga = givenName(a);
  const gb = givenName(b);
  return collator.compare(ga, gb) || collator.compare(a, b);
}

export function givenName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** Uppercase letters of Vietnamese, for patterns that look for capitalised words. */
export const VI_UPPER = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
