import { describe, expect, it } from 'vitest';
import { paginate, paginateGrouped, pagerWindow } from '../../src/lib/site/paginate.ts';

describe('paginate', () => {
  it('cuts a list into pages of a fixed size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
  it('keeps every page bounded for a document cited 2,000 times', () => {
    const pages = paginate(Array.from({ length: 2000 }, (_, i) => i), 30);
    expect(pages).toHaveLength(67);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(30);
    expect(pages.flatMap((p) => p.items)).toHaveLength(2000);
  });
});

describe('paginateGrouped', () => {
  const groups = [
    { key: 'A', items: [1, 2, 3] },
    { key: 'B', items: [4] },
    { key: 'C', items: [5, 6, 7, 8] },
  ];
  it('repeats a group heading, marked continued, when the group spans pages', () => {
    const pages = paginateGrouped(groups, 3);
    expect(pages.map((p) => p.items.map((s) => [s.key, s.items, s.continued, s.size]))).toEqual([
      [['A', [1, 2, 3], false, 3]],
      [['B', [4], false, 1], ['C', [5, 6], false, 4]],
      [['C', [7, 8], true, 4]],
    ]);
  });
  it('loses and repeats no row', () => {
    for (const size of [1, 2, 5, 100]) {
      expect(paginateGrouped(groups, size).flatMap((p) => p.items.flatMap((s) => s.items))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });
});

describe('pagerWindow', () => {
  it('shows first, last and the pages around the current one, with gaps', () => {
    expect(pagerWindow(1, 1)).toEqual([1]);
    expect(pagerWindow(5, 10)).toEqual([1, null, 3, 4, 5, 6, 7, null, 10]);
    expect(pagerWindow(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pagerWindow(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});
