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

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) control++;
  }
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
  // Fast path: most strings the stages pass around are already clean.
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

const NEEDS_NORMALIZING = /[\r\u00d0\u00f0\u0189\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const TONE = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Old and new tone placement spell the same syllable two ways (hoá/hóa,
 * Uỷ/Ủy, Tuý/Túy). Rewrite open syllables "oa oe uy" to one placement (tone
 * on the first vowel, the form most newsrooms use) so both compare equal.
 */
export function foldTonePlacement(s: string): string {
  if (!NEW_STYLE_TONE.test(s)) return s;
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

// Precomposed "oà oé … uỳ uý …": the only spellings foldTonePlacement changes.
const NEW_STYLE_TONE = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/u;
const OA_OE = new RegExp(`([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');

/** Key for comparing two spellings of the same thing: case, spacing and tone placement folded. */
export function matchKey(s: string): string {
  let key = MATCH_KEYS.get(s);
  if (key === undefined) {
    key = foldTonePlacement(normalizeText(s)).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    // The stages ask for the same short keys (words, titles, names) again and again.
    if (s.length <= 200) {
      if (MATCH_KEYS.size >= 100_000) MATCH_KEYS.clear();
      MATCH_KEYS.set(s, key);
    }
  }
  return key;
}

const MATCH_KEYS = new Map<string, string>();

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

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

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
export const VI_LOWER = 'a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
