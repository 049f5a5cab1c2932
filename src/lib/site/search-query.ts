/**
 * Vietnamese typed without diacritics, over Pagefind. Pagefind (≥ 1.5) folds
 * tone and vowel marks (ủ → u, ư → u) but not đ, which is a letter of its
 * own: "dang" never reaches "Đảng". So a query is expanded into variants
 * where a word-initial d may be đ (in Vietnamese đ only begins a syllable),
 * each variant is searched, and the results are merged by page. Ranking puts
 * pages containing the query as a phrase first: the phrase as typed (tone
 * placement folded, so khoá = khóa), then the phrase with every diacritic
 * folded (so "dang uy" = "Đảng ủy"), then Pagefind's score. Excerpts come
 * from Pagefind, so they show the real text.
 *
 * Runs in the browser; pure functions only.
 */
import { foldDiacritics, foldTonePlacement } from '../text/vietnamese.ts';

/** At most this many searches per query (2^4: four words that begin with d). */
export const MAX_VARIANTS = 16;

/**
 * Query variants, the query as typed first. Every word-initial "d" may stand
 * for "đ"; with more than four such words only the all-d and all-đ forms and
 * single swaps are tried, so the number of searches stays bounded.
 */
export function queryVariants(query: string): string[] {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return [];
  const positions: number[] = [];
  for (const m of q.matchAll(/(?<![\p{L}\p{M}\p{N}])[dD]/gu)) positions.push(m.index);
  // "d" and "D" are one UTF-16 unit each, so offsets can be replaced in place.
  const flip = (s: string, at: readonly number[]) =>
    at.reduce((acc, i) => acc.slice(0, i) + (acc[i] === 'd' ? 'đ' : 'Đ') + acc.slice(i + 1), s);
  const sets: number[][] = [];
  if (positions.length <= 4) {
    for (let mask = 0; mask < 1 << positions.length; mask++) sets.push(positions.filter((_, i) => mask & (1 << i)));
  } else {
    sets.push([], positions, ...positions.map((p) => [p]));
  }
  const out: string[] = [];
  for (const set of sets) {
    const v = flip(q, set);
    if (!out.includes(v)) out.push(v);
    if (out.length >= MAX_VARIANTS) break;
  }
  return out;
}

/**
 * Text as a sequence of words for phrase matching: NFC, tone placement
 * folded, lower case. Hyphens and slashes join the parts of a code
 * ("75-KL/TW" → "75 kl tw"); other punctuation breaks a phrase ("|").
 */
export function phraseText(s: string, fold = false): string {
  let t = foldTonePlacement(s.normalize('NFC')).toLocaleLowerCase('vi');
  if (fold) t = foldDiacritics(t);
  return (
    ' ' +
    t
      .replace(/[-‐‑–/\\]+/g, ' ')
      .replace(/[^\p{L}\p{M}\p{N}\s]+/gu, ' | ')
      .replace(/\s+/g, ' ')
      .trim() +
    ' '
  );
}

/** Words of a query, as Pagefind will see them (punctuation inside a word stays). */
export function queryWords(query: string): string[] {
  return query.normalize('NFC').trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export interface PlannedSearch {
  /** The string handed to Pagefind. */
  term: string;
  /** Index of the variant (0 = as typed). */
  variant: number;
  /** A quoted phrase search (multi-word queries only). */
  phrase: boolean;
}

/**
 * The Pagefind searches for a query: for each variant a word search and, when
 * the query has several words, a phrase search (Pagefind matches a quoted
 * phrase on folded words, so "\"đang uy\"" finds "Đảng ủy" anywhere in the
 * archive, not only among the best-scored pages).
 */
export function planSearches(query: string): PlannedSearch[] {
  const stripped = query.replace(/["“”]/g, ' ');
  const variants = queryVariants(stripped);
  const multi = queryWords(stripped).length > 1;
  const out: PlannedSearch[] = [];
  variants.forEach((v, variant) => {
    if (multi) out.push({ term: `"${v}"`, variant, phrase: true });
    out.push({ term: v, variant, phrase: false });
  });
  return out;
}

export const TIER_EXACT = 0;
export const TIER_FOLDED = 1;
export const TIER_WORDS = 2;

/**
 * How well a page matches: 0 when it contains the query as a phrase as typed,
 * 1 when it does once every diacritic is folded on both sides, 2 otherwise.
 */
export function matchTier(query: string, text: string): number {
  const q = phraseText(query).trim();
  if (!q || q === '|') return TIER_WORDS;
  if (phraseText(text).includes(` ${q} `)) return TIER_EXACT;
  const fq = phraseText(query, true).trim();
  if (phraseText(text, true).includes(` ${fq} `)) return TIER_FOLDED;
  return TIER_WORDS;
}

export interface Candidate<T> {
  id: string;
  /** Best word-search score over the variants. */
  score: number;
  /** Found by a phrase search of some variant. */
  phrase: boolean;
  /** Best (lowest) variant index that found the page. */
  variant: number;
  result: T;
}

/**
 * Merge the results of the planned searches by page id: phrase hits first,
 * then by best word score, then the variant as typed before the others.
 */
export function mergeCandidates<T extends { id: string; score: number }>(
  plan: readonly PlannedSearch[],
  lists: readonly (readonly T[])[],
): Candidate<T>[] {
  const byId = new Map<string, Candidate<T>>();
  lists.forEach((list, i) => {
    const s = plan[i]!;
    for (const r of list) {
      let c = byId.get(r.id);
      if (!c) byId.set(r.id, (c = { id: r.id, score: 0, phrase: false, variant: s.variant, result: r }));
      if (s.phrase) c.phrase = true;
      else if (r.score > c.score) {
        c.score = r.score;
        c.result = r;
      }
      c.variant = Math.min(c.variant, s.variant);
    }
  });
  return [...byId.values()].sort(
    (a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score || a.variant - b.variant,
  );
}

/**
 * Final order of a window of loaded results: by match tier (phrase as typed,
 * phrase folded, words), keeping the candidate order within a tier.
 */
export function rankWindow<T extends { tier: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.tier - b.item.tier || a.i - b.i)
    .map((x) => x.item);
}
