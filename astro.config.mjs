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
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const env = process.env;

export default defineConfig({
  site: env.SITE_URL || 'http://localhost:4321',
  base: env.BASE_PATH || '/',
  outDir: env.BIEN_NIEN_OUT || './dist',
  ...(env.BIEN_NIEN_CACHE ? { cacheDir: env.BIEN_NIEN_CACHE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Article text is shown as written: no smart quotes or dashes, and no GFM,
  // whose autolinks would turn URL-like text (even "https://x\"><iframe") into links.
  markdown: { smartypants: false, gfm: false },
  // Pages are HTML and CSS only; prefetch scripts and the dev toolbar stay off.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every MDX module carries Astro's "use astro:head-inject" directive and the
          // bundler warns about it once per article: thousands of harmless lines.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
