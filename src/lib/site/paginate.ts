/**
 * Pagination. Index pages are cut into pages of a fixed number of rows so
 * that no page grows with the archive (a directive cited 2,000 times must not
 * make a 2 MB page).
 */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, even for an empty list). */
  total: number;
  items: T[];
}

/** Cut `items` into pages of `size`. An empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: Page<T>[] = [];
  for (let i = 0; i < total; i++) pages.push({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) });
  return pages;
}

export interface Group<K, T> {
  key: K;
  items: T[];
}

export interface GroupSlice<K, T> {
  key: K;
  items: T[];
  /** The group began on an earlier page: the heading says "(tiếp)". */
  continued: boolean;
  /** Size of the whole group, for the heading. */
  size: number;
}

/**
 * Paginate grouped rows: groups are flattened in order, cut every `size` rows,
 * and each page gets the slices of the groups it contains, so a heading is
 * repeated (marked continued) when a group spans pages.
 */
export function paginateGrouped<K, T>(groups: readonly Group<K, T>[], size: number): Page<GroupSlice<K, T>>[] {
  const rows: { group: number; item: T; index: number }[] = [];
  groups.forEach((g, group) => g.items.forEach((item, index) => rows.push({ group, item, index })));
  return paginate(rows, size).map((page) => {
    const slices: GroupSlice<K, T>[] = [];
    for (const row of page.items) {
      const g = groups[row.group]!;
      let last = slices[slices.length - 1];
      if (!last || last.key !== g.key) {
        last = { key: g.key, items: [], continued: row.index > 0, size: g.items.length };
        slices.push(last);
      }
      last.items.push(row.item);
    }
    return { number: page.number, total: page.total, items: slices };
  });
}

/**
 * Page numbers to show in a pager: first, last, and a window around the
 * current page; null marks a gap ("…").
 */
export function pagerWindow(current: number, total: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
