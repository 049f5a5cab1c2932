/**
 * The fixture archive built as CI builds it (npm run build:site), under
 * /bien-nien/ as on GitHub Pages; the same output the browser tests read,
 * so it is built once for both.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureSite, ROOT, type SiteBuild } from '../browser/build.ts';

export const FIXTURE_BUILD: SiteBuild = {
  articles: 'tests/fixtures/articles',
  out: 'tests/.tmp/site-fixtures',
  base: '/bien-nien/',
  cache: 'tests/.tmp/astro-cache-fixtures',
};
export const FIXTURE_OUT = resolve(ROOT, FIXTURE_BUILD.out);
export const FIXTURE_ARTICLES = resolve(ROOT, FIXTURE_BUILD.articles);

export function buildFixtureSite(): void {
  ensureSite(FIXTURE_BUILD);
}

/** A file of the built site, by its path under the output directory. */
export function readBuilt(path: string): string {
  return readFileSync(join(FIXTURE_OUT, path), 'utf8');
}
