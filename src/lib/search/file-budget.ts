/**
 * Static hosts cap the number of files a site may have (Cloudflare Pages:
 * 20,000), and Pagefind writes one fragment file per indexed page. These say
 * how many fragment files fit, so the indexer can bundle fragments several to
 * a file only when the site would otherwise pass the cap.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files Pagefind writes besides fragments (index and filter chunks, scripts), with room to spare. */
export const PAGEFIND_OTHER_FILES = 1000;

/** Pagefind's own floor: fewer fragment files than this would make every result download a large bundle. */
export const MIN_FRAGMENT_FILES = 1000;

/** The most fragment files that keep the whole site within maxFiles. */
export function fragmentBudget(siteFiles: number, maxFiles: number): number {
  return Math.max(MIN_FRAGMENT_FILES, maxFiles - siteFiles - PAGEFIND_OTHER_FILES);
}

/** Files under dir, not counting the directories named in skip (relative to dir). */
export function countFiles(dir: string, skip: readonly string[] = []): number {
  let n = 0;
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skip.includes(r)) walk(join(d, e.name), r);
      } else n++;
    }
  };
  walk(dir, '');
  return n;
}
