/**
 * Links for pages: a route path (src/lib/site/routes.ts) prefixed with the
 * configured base, or made absolute with the configured site.
 */
import { withBase } from './routes.ts';

const BASE = import.meta.env.BASE_URL;

/** A link that works under any base path. */
export function href(path: string): string {
  return withBase(BASE, path);
}

/** An absolute URL (canonical, feeds, sitemap, Open Graph). */
export function absolute(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('set SITE_URL (astro.config.mjs "site") to build absolute URLs');
  return new URL(href(path), site).href;
}
