/**
 * The JSON beside each document and official page: the entity's own row,
 * its rows of the other tables, and the rows of the articles involved. Built
 * with the tables' own row functions, so the two always agree.
 */
import type { DirectiveRecord, OfficialRecord } from '../site/site-index.ts';
import { appearanceRows, articleRow, citationRows, documentRow, officialRow, titleRows, type Row, type SourceIds } from './tables.ts';

export function documentJson(d: DirectiveRecord, ids: SourceIds): { document: Row; citations: Row[]; articles: Row[] } {
  const articles = d.citing.map((c) => c.article);
  return {
    document: documentRow(d),
    citations: articles.flatMap((a) => citationRows(a).filter((r) => r.document === d.id)),
    articles: articles.map((a) => articleRow(a, ids)),
  };
}

export function officialJson(o: OfficialRecord, ids: SourceIds): { official: Row; titles: Row[]; appearances: Row[]; articles: Row[] } {
  return {
    official: officialRow(o),
    titles: titleRows(o),
    appearances: o.articles.flatMap((a) => appearanceRows(a).filter((r) => r.official === o.slug)),
    articles: o.articles.map((a) => articleRow(a, ids)),
  };
}
