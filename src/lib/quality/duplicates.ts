/**
 * Duplicate articles: the same article added twice, either under the same
 * URL or as nearly the same text republished by another outlet.
 *
 * Pure: the caller reads the articles; this module only compares them.
 * Near-duplicates are found with MinHash signatures over word 5-gram
 * shingles and locality-sensitive hashing (bands), so the work grows with
 * the number of articles, not with the number of pairs. Every candidate pair
 * is then confirmed with the exact Jaccard similarity of the shingle sets.
 */

export interface ArticleRecord {
  /** The article's source file, relative to content/sources ("003-foo.txt"). */
  sourceFile: string;
  url?: string;
  /** The article's body as plain text. */
  body: string;
  /** sourceFile of the original when the front block marks a republication. */
  republishes?: string;
}

export type Duplicate =
  | { kind: 'url'; a: string; b: string; url: string }
  | { kind: 'body'; a: string; b: string; similarity: number };

export interface DuplicateOptions {
  /** Jaccard similarity of the shingle sets from which two bodies are the same article. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
}

const DEFAULT_THRESHOLD = 0.8;
const DEFAULT_SHINGLE = 5;

/** Query parameters that only track where a reader came from. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|zarsrc|gidzl|ref|ref_src|refsrc|share|amp|outputtype|_hsenc|_hsmi|mkt_tok|spm|cmpid|itm_.*|ocid)$/i;
/** Host prefixes that serve the same page: desktop, mobile and AMP editions. */
const HOST_PREFIX = /^(?:(?:www\d*|m|amp|mobile)\.)+/i;

/**
 * One key for every spelling of the same page: scheme, "www.", "m.", "amp."
 * and an "/amp" path suffix, default port, trailing slash, fragment and
 * tracking parameters do not matter; the remaining parameters are sorted.
 * Returns null when the text is not an http(s) URL.
 */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(HOST_PREFIX, '').replace(/\.$/, '');
  let path = u.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '/')
    .replace(/(?:\/amp|\.amp)(?=\/?$)/i, '')
    .replace(/\/+$/, '');
  try {
    // One spelling for percent-encoding: decode, then encode again.
    path = encodeURI(decodeURI(path));
  } catch {
    // Malformed escapes: keep the path as given.
  }
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path || ''}${query}`;
}

/** Words of a body for comparison: NFC, lower case, letters and digits only. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Hashes of the word n-grams of a text (a set). Short texts give one shingle. */
export function shingles(text: string, size = DEFAULT_SHINGLE): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < size) {
    out.add(hashString(w.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= w.length; i++) out.add(hashString(w.slice(i, i + size).join(' ')));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** FNV-1a over UTF-16 code units, then a final mix. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's finalizer: a bijection on 32 bits that mixes well. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// 16 bands of 4 rows: a pair at Jaccard 0.8 becomes a candidate with
// probability 1 - (1 - 0.8^4)^16 > 0.9997; candidates are confirmed exactly.
const BANDS = 16;
const ROWS = 4;
const PERMUTATIONS = BANDS * ROWS;
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = fmix32(x ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** "content/sources/a.txt", "a.txt" and "a" name the same source. */
export function sourceKey(file: string): string {
  return file
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .replace(/^content\/(?:sources|articles)\//, '')
    .replace(/\.(?:txt|mdx)$/i, '')
    .normalize('NFC');
}

/** True when the front blocks already say that one of the two republishes the other (or both the same original). */
function declared(a: ArticleRecord, b: ArticleRecord): boolean {
  const ra = a.republishes ? sourceKey(a.republishes) : null;
  const rb = b.republishes ? sourceKey(b.republishes) : null;
  return ra === sourceKey(b.sourceFile) || rb === sourceKey(a.sourceFile) || (ra !== null && ra === rb);
}

/**
 * Every pair of records that are the same article, each pair once, in a
 * stable order. A pair marked with `republishes` is not reported.
 */
export function findDuplicates(records: readonly ArticleRecord[], options: DuplicateOptions = {}): Duplicate[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const size = options.shingleSize ?? DEFAULT_SHINGLE;
  const sorted = [...records].sort((x, y) => (x.sourceFile < y.sourceFile ? -1 : x.sourceFile > y.sourceFile ? 1 : 0));
  const out: Duplicate[] = [];
  const seen = new Set<string>();
  const pairKey = (i: number, j: number) => `${Math.min(i, j)}:${Math.max(i, j)}`;

  // Same URL.
  const byUrl = new Map<string, number[]>();
  sorted.forEach((r, i) => {
    const key = r.url ? normalizeUrl(r.url) : null;
    if (!key) return;
    const list = byUrl.get(key);
    if (list) list.push(i);
    else byUrl.set(key, [i]);
  });
  for (const group of byUrl.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        seen.add(pairKey(i, j));
        if (declared(sorted[i]!, sorted[j]!)) continue;
        out.push({ kind: 'url', a: sorted[i]!.sourceFile, b: sorted[j]!.sourceFile, url: sorted[i]!.url! });
      }
    }
  }

  // Nearly the same body: LSH buckets of MinHash bands, then exact Jaccard.
  const sets = sorted.map((r) => shingles(r.body, size));
  const buckets = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const sig = signature(set);
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const candidates = new Set<string>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) candidates.add(pairKey(list[x]!, list[y]!));
    }
  }
  const confirmed: Duplicate[] = [];
  for (const key of candidates) {
    if (seen.has(key)) continue;
    const [i, j] = key.split(':').map(Number) as [number, number];
    const a = sorted[i]!;
    const b = sorted[j]!;
    if (declared(a, b)) continue;
    const similarity = jaccard(sets[i]!, sets[j]!);
    if (similarity >= threshold) {
      confirmed.push({ kind: 'body', a: a.sourceFile, b: b.sourceFile, similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  out.push(...confirmed);
  return out.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : x.kind < y.kind ? -1 : 1));
}

/** Records whose `republishes` names a source that is not among the records. */
export function danglingRepublishes(records: readonly ArticleRecord[]): { sourceFile: string; republishes: string }[] {
  const known = new Set(records.map((r) => sourceKey(r.sourceFile)));
  return records
    .filter((r) => r.republishes !== undefined && !known.has(sourceKey(r.republishes)))
    .map((r) => ({ sourceFile: r.sourceFile, republishes: r.republishes! }))
    .sort((x, y) => (x.sourceFile < y.sourceFile ? -1 : 1));
}

/** A message for the maintainer: both files and what to do. */
export function describeDuplicate(d: Duplicate): string {
  if (d.kind === 'url') {
    return `${d.a} and ${d.b} have the same URL (${d.url}): the same article was added twice. Remove one source file, or if both are right, give each its own url in the front block.`;
  }
  return `${d.a} and ${d.b} have nearly the same text (similarity ${d.similarity.toFixed(2)}): the same article was added twice, or one outlet republished the other. Remove the copy, or mark it with "republishes: ${d.a}" in the front block of ${d.b}.`;
}
