/**
 * Which pages exist and what each one lists: getStaticPaths of every listing
 * route reads from here. Page sizes keep every index page well under 100 kB
 * of HTML whatever the archive size.
 */
import { directiveGroups, officialGroups } from './listings.ts';
import { paginate, paginateGrouped, type Page } from './paginate.ts';
import type { DirectiveOrder, OfficialList } from './routes.ts';
import type { Article, DirectiveRecord, OfficialRecord, SiteIndex } from './site-index.ts';

export const PAGE_SIZE = {
  /** Articles per archive page (year, month, an official's full lists). */
  articles: 50,
  /** Citing articles per document page; each row carries its citing sentences. */
  citing: 30,
  /** Rows of the documents index. */
  directiveIndex: 100,
  /** Rows of the officials index. */
  officialIndex: 150,
  /** Rows of each list shown on an official's own page before "see all". */
  officialPreview: 10,
  /** Newest articles on the home page. */
  home: 10,
} as const;

export const DIRECTIVE_ORDERS: readonly DirectiveOrder[] = ['trich-dan', 'so-hieu'];
export const OFFICIAL_LISTS: readonly OfficialList[] = ['chu-tri', 'bai-viet'];

export function directiveIndexPages(site: SiteIndex, order: DirectiveOrder) {
  return paginateGrouped(directiveGroups(site.directives, order), PAGE_SIZE.directiveIndex);
}

export function officialIndexPages(site: SiteIndex) {
  return paginateGrouped(officialGroups(site.officials), PAGE_SIZE.officialIndex);
}

export function citingPages(d: DirectiveRecord) {
  return paginate(d.citing, PAGE_SIZE.citing);
}

export interface OfficialListRow {
  article: Article;
  /** For events chaired: the role, and the bridge point chaired. */
  role?: OfficialRecord['chaired'][number]['role'];
  bridge?: string;
}

/** The full list behind an official's "see all", newest first. */
export function officialListItems(o: OfficialRecord, list: OfficialList): OfficialListRow[] {
  return list === 'chu-tri'
    ? [...o.chaired].reverse().map((c) => ({ article: c.article, role: c.role, ...(c.bridge ? { bridge: c.bridge } : {}) }))
    : [...o.articles].reverse().map((article) => ({ article }));
}

/** An official's full list gets its own pages only when the preview cannot hold it. */
export function officialListPages(o: OfficialRecord, list: OfficialList) {
  const items = officialListItems(o, list);
  return items.length > PAGE_SIZE.officialPreview ? paginate(items, PAGE_SIZE.articles) : [];
}

export function yearPages(site: SiteIndex, year: number) {
  const y = site.years.find((r) => r.year === year);
  if (!y) return [];
  return paginateGrouped(
    y.months.map((m) => ({ key: m.month, items: m.articles })),
    PAGE_SIZE.articles,
  );
}

export function monthPages(articles: readonly Article[]): Page<Article>[] {
  return paginate(articles, PAGE_SIZE.articles);
}
