/**
 * The site's data, prepared once per build from three indexes that each
 * have their own module: articles (date order, archive tree), documents and
 * officials. Pages, data tables, feeds and charts all read this one object,
 * so they cannot disagree on a count.
 */
import { buildArticleIndex, type ArticleEntry, type ArticleIndex } from './article-index.ts';
import { buildDocumentIndex, type DocumentIndex } from './document-index.ts';
import { buildOfficialIndex, type OfficialIndex } from './official-index.ts';

export type { Appearance, Article, ArticleEntry, MonthRecord, YearRecord } from './article-index.ts';
export { assignSlugs, appearances, latest, neighbours } from './article-index.ts';
export type { CitingArticle, DirectiveRecord } from './document-index.ts';
export { compareByNumber, namesakeKey } from './document-index.ts';
export type { OfficialRecord, TitleSpan } from './official-index.ts';
export { titleKey } from './official-index.ts';

export interface SiteIndex extends ArticleIndex, DocumentIndex, OfficialIndex {}

export function buildSiteIndex(entries: readonly ArticleEntry[]): SiteIndex {
  const articles = buildArticleIndex(entries);
  return {
    ...articles,
    ...buildDocumentIndex(articles.articles),
    ...buildOfficialIndex(articles.articles),
  };
}
