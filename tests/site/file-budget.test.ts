import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFiles, fragmentBudget, MIN_FRAGMENT_FILES, PAGEFIND_OTHER_FILES } from '../../src/lib/search/file-budget.ts';

describe('file budget for static hosts', () => {
  it('leaves one fragment per page while the site fits, and bundles only past the cap', () => {
    // 1,000 articles: about 3,200 files; 20,000 leave room for every page's fragment.
    expect(fragmentBudget(3_200, 20_000)).toBe(20_000 - 3_200 - PAGEFIND_OTHER_FILES);
    // 10,000 articles: 13,700 HTML files leave 5,300 fragment files for 10,000 pages.
    expect(fragmentBudget(13_700, 20_000)).toBe(5_300);
    // Past any sensible budget, Pagefind still gets a floor.
    expect(fragmentBudget(50_000, 20_000)).toBe(MIN_FRAGMENT_FILES);
  });

  it('counts files, skipping the old search index', () => {
    const d = mkdtempSync(join(tmpdir(), 'budget-'));
    try {
      mkdirSync(join(d, 'bai/x'), { recursive: true });
      mkdirSync(join(d, 'pagefind/fragment'), { recursive: true });
      writeFileSync(join(d, 'index.html'), '');
      writeFileSync(join(d, 'bai/x/index.html'), '');
      writeFileSync(join(d, 'pagefind/fragment/a.pf_fragment'), '');
      expect(countFiles(d)).toBe(3);
      expect(countFiles(d, ['pagefind'])).toBe(2);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
