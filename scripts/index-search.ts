/**
 * Search index: after `astro build`, Pagefind (through its Node API, as
 * Starlight does) reads the built HTML and writes dist/pagefind/. Only the
 * article pages carry data-pagefind-body, so only they are indexed, and only
 * their <article>. Runs with the output directory of the build:
 *   node scripts/index-search.ts            dist/ (or $BIEN_NIEN_OUT)
 *   node scripts/index-search.ts <dir>
 *
 * Static hosts cap the number of files (Cloudflare Pages: 20,000), and
 * Pagefind writes one fragment file per page. When the site would pass the
 * cap (BIEN_NIEN_MAX_FILES, default 20,000), fragments are bundled several to
 * a file (Pagefind's maxFragments): a search then downloads a little more.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { countFiles, fragmentBudget } from '../src/lib/search/file-budget.ts';

const dir = resolve(process.argv[2] ?? process.env.BIEN_NIEN_OUT ?? 'dist');

function fail(message: string): never {
  console.error(`index-search: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(dir)) fail(`${dir} does not exist; run "astro build" first`);
  const started = performance.now();
  const maxFiles = Number(process.env.BIEN_NIEN_MAX_FILES ?? 20_000);
  if (!Number.isInteger(maxFiles) || maxFiles <= 0) fail(`BIEN_NIEN_MAX_FILES must be a positive whole number, not "${process.env.BIEN_NIEN_MAX_FILES}"`);
  const maxFragments = fragmentBudget(countFiles(dir, ['pagefind']), maxFiles);
  try {
    const created = await pagefind.createIndex({
      // The whole site is Vietnamese; never split it by a detected language.
      forceLanguage: 'vi',
      maxFragments,
    });
    if (created.errors.length || !created.index) fail(created.errors.join('; ') || 'Pagefind did not create an index');
    const index = created.index;
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) fail(added.errors.join('; '));
    if (added.page_count === 0) fail(`no HTML pages found in ${dir}`);
    const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
    if (written.errors.length) fail(written.errors.join('; '));
    const ms = Math.round(performance.now() - started);
    const bundled = added.page_count > maxFragments ? `, fragments bundled into at most ${maxFragments} files` : '';
    console.log(`index-search: ${added.page_count} pages read, index written to ${written.outputPath}${bundled} in ${ms} ms`);
  } finally {
    await pagefind.close();
  }
}

await main();
