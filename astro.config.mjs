// @ts-check
/**
 * Site configuration. Everything that changes between deployments comes from
 * the environment, so one build works at a domain root or under a sub-path
 * (GitHub Pages project sites):
 *   SITE_URL            absolute origin, e.g. https://example.github.io
 *   BASE_PATH           sub-path, e.g. /bien-nien/ (default /)
 *   BIEN_NIEN_ARTICLES  the articles directory (read in src/content.config.ts)
 *   BIEN_NIEN_OUT       output directory (default dist); scripts/index-search.ts reads it too
 *   BIEN_NIEN_CACHE     Astro cache directory, so parallel builds of other content do not share it
 */
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { remarkSourceLocations } from './src/lib/mdx/source-locations.ts';

const env = process.env;

export default defineConfig({
  site: env.SITE_URL || 'http://localhost:4321',
  base: env.BASE_PATH || '/',
  outDir: env.BIEN_NIEN_OUT || './dist',
  ...(env.BIEN_NIEN_CACHE ? { cacheDir: env.BIEN_NIEN_CACHE } : {}),
  trailingSlash: 'always',
  // Four pages at a time: a page's write waits on the disk, and one at a time left the
  // CPU idle for a third of the build (10,000 articles: 33 s → 27.5 s; docs/benchmarks.md).
  build: { format: 'directory', concurrency: 4 },
  // Article bodies are rendered by the collection's loader (src/lib/mdx/), not
  // by Astro's Markdown pipeline: text is shown as written, no smart quotes, no autolinks.
  // Pages are HTML and CSS only; prefetch scripts and the dev toolbar stay off.
  prefetch: false,
  // @astrojs/mdx only for what maintainers write by hand (src/pages/gioi-thieu.mdx,
  // content/notes/). It runs on unified, not the default Sätteri, because a remark
  // plugin tells the link components (<VanBan>, <CanBo>, <Bai>) where they stand;
  // quotes stay as written, as in the articles.
  markdown: { processor: unified({ remarkPlugins: [remarkSourceLocations], smartypants: false }) },
  devToolbar: { enabled: false },
  // Every page Astro builds is in the sitemap, so a new page type cannot be missed.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) })],
});
