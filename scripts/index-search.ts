/**
 * Search index: after `astro build`, Pagefind (through its Node API, as
 * Starlight does) reads the built HTML and writes dist/pagefind/. Only the
 * article pages carry data-pagefind-body, so only they are indexed, and only
 * their <article>. Runs with the output directory of the build:
 *   node scripts/index-search.ts            dist/ (or $BIEN_NIEN_OUT)
 *   node scripts/index-search.ts <dir>
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const dir = resolve(process.argv[2] ?? process.env.BIEN_NIEN_OUT ?? 'dist');

function fail(message: string): never {
  console.error(`index-search: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(dir)) fail(`${dir} does not exist; run "astro build" first`);
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({
      // The whole site is Vietnamese; never split it by a detected language.
      forceLanguage: 'vi',
    });
    if (created.errors.length || !created.index) fail(created.errors.join('; ') || 'Pagefind did not create an index');
    const index = created.index;
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) fail(added.errors.join('; '));
    if (added.page_count === 0) fail(`no HTML pages found in ${dir}`);
    const written = await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
    if (written.errors.length) fail(written.errors.join('; '));
    const ms = Math.round(performance.now() - started);
    console.log(`index-search: ${added.page_count} pages read, index written to ${written.outputPath} in ${ms} ms`);
  } finally {
    await pagefind.close();
  }
}

await main();
