/**
 * Every URL of the site, in one place. Paths here are relative to the site
 * root and carry no base path; pages turn them into links with `href()` from
 * src/lib/site/links.ts, so nothing assumes the site lives at "/".
 * Segments are Vietnamese words without diacritics.
 */

/** "/trang/N/" after a listing's first page. */
function paged(path: string, page = 1): string {
  return page > 1 ? `${path}trang/${page}/` : path;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export type DirectiveOrder = 'trich-dan' | 'so-hieu';
export type OfficialList = 'chu-tri' | 'bai-viet';

export const routes = {
  home: () => '/',
  article: (slug: string) => `/bai/${slug}/`,
  /** Documents by citations (the default order) or by number. */
  directives: (order: DirectiveOrder = 'trich-dan', page = 1) =>
    paged(order === 'trich-dan' ? '/van-ban/' : '/van-ban/theo-so-hieu/', page),
  directive: (id: string, page = 1) => paged(`/van-ban/${id}/`, page),
  directiveJson: (id: string) => `/van-ban/${id}.json`,
  directiveRss: (id: string) => `/van-ban/${id}/rss.xml`,
  officials: (page = 1) => paged('/can-bo/', page),
  official: (slug: string) => `/can-bo/${slug}/`,
  officialJson: (slug: string) => `/can-bo/${slug}.json`,
  officialRss: (slug: string) => `/can-bo/${slug}/rss.xml`,
  /** Full lists on an official's page: events chaired, articles mentioning them. */
  officialList: (slug: string, list: OfficialList, page = 1) => paged(`/can-bo/${slug}/${list}/`, page),
  archive: () => '/luu-tru/',
  year: (year: number, page = 1) => paged(`/luu-tru/${year}/`, page),
  month: (year: number, month: number, page = 1) => paged(`/luu-tru/${year}/${pad2(month)}/`, page),
  search: () => '/tim-kiem/',
  about: () => '/gioi-thieu/',
  /** The open data: the page, and its files beside it. */
  data: () => '/du-lieu/',
  dataFile: (file: string) => `/du-lieu/${file}`,
  rss: () => '/rss.xml',
  /** Written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
} as const;

/** Prefix a root-relative path with the base path ("/" or "/sub/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`route paths start with "/": ${path}`);
  return `${b}${path}`;
}

/** The `[...page]` rest parameter for page N. */
export function pageRest(page: number): string | undefined {
  return page > 1 ? `trang/${page}` : undefined;
}
