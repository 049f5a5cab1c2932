/**
 * The same reader's checks on the real archive: dist/ as "npm run build"
 * writes it from content/articles (rebuilt here if missing or stale).
 * Skipped while the ingest has written no article.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe } from 'vitest';
import { readerSuite } from './suite.ts';

const ARTICLES = 'content/articles';
const hasArticles = existsSync(ARTICLES) && readdirSync(ARTICLES).some((f) => f.endsWith('.mdx'));

if (hasArticles) {
  readerSuite('content/articles site (dist/)', {
    build: { articles: ARTICLES, out: process.env.BIEN_NIEN_OUT ?? 'dist', base: process.env.BASE_PATH ?? '/', site: process.env.SITE_URL },
  });
} else {
  describe.skip('content/articles site (dist/): no articles yet', () => {});
}
