/**
 * Co-occurrence: which keys appear together in the same article. Used for
 * documents cited together and people named together.
 */
import { collator } from '../text/vietnamese.ts';

const CO_OCCURRENCE_LIMIT = 10;

/** Count pairs among the keys of each group; returns, per key, its partners by count. */
export function pairCounts(groups: readonly string[][]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const keys of groups) {
    for (const a of keys) {
      let row = out.get(a);
      if (!row) out.set(a, (row = new Map()));
      for (const b of keys) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return out;
}

/** The most frequent partners of one key, ties in Vietnamese alphabetical order. */
export function topPartners<T>(
  row: Map<string, number> | undefined,
  lookup: Map<string, T>,
  name: (t: T) => string,
): { item: T; count: number }[] {
  if (!row) return [];
  return [...row.entries()]
    .map(([key, count]) => ({ item: lookup.get(key)!, count }))
    .sort((a, b) => b.count - a.count || collator.compare(name(a.item), name(b.item)))
    .slice(0, CO_OCCURRENCE_LIMIT);
}
