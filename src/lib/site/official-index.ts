/**
 * The official index: one record per person, with every title stated of
 * them and in which articles (first and last), the events they chaired, the
 * articles naming them, and the people named with them.
 */
import type { Chair } from '../schema.ts';
import { compareByGivenName, matchKey } from '../text/vietnamese.ts';
import type { Article } from './article-index.ts';
import { pairCounts, topPartners } from './co-occurrence.ts';

export interface TitleSpan {
  title: string;
  /** Earliest and latest article that state the title. */
  first: Article;
  last: Article;
  /** Every article stating the title, in date order. */
  articles: Article[];
  count: number;
}

export interface OfficialRecord {
  slug: string;
  name: string;
  verified: boolean;
  /** Titles in the order they were first stated. */
  titles: TitleSpan[];
  /** Titles as stated in the newest article that states any. */
  latestTitles: string[];
  /** Events chaired, in date order. */
  chaired: { article: Article; role: Chair['role']; bridge?: string }[];
  /** Every article the person appears in (chaired or mentioned), in date order. */
  articles: Article[];
  /** People appearing in the same articles, most often first. */
  coAppearing: { official: OfficialRecord; count: number }[];
}

export interface OfficialIndex {
  /** Sorted by given name, as Vietnamese readers look people up. */
  officials: OfficialRecord[];
  officialBySlug: Map<string, OfficialRecord>;
}

/** `articles` must be in date order: every list here keeps that order. */
export function buildOfficialIndex(articles: readonly Article[]): OfficialIndex {
  const officialBySlug = new Map<string, OfficialRecord>();
  const titleKeys = new Map<string, Map<string, TitleSpan>>();
  for (const article of articles) {
    for (const p of article.people) {
      let rec = officialBySlug.get(p.slug);
      if (!rec) {
        rec = { slug: p.slug, name: p.name, verified: false, titles: [], latestTitles: [], chaired: [], articles: [], coAppearing: [] };
        officialBySlug.set(p.slug, rec);
        titleKeys.set(p.slug, new Map());
      }
      rec.verified ||= p.verified;
      rec.articles.push(article);
      if (p.titles.length) rec.latestTitles = p.titles;
      if (p.chair) rec.chaired.push({ article, role: p.chair.role, ...(p.chair.bridge ? { bridge: p.chair.bridge } : {}) });
      const spans = titleKeys.get(p.slug)!;
      for (const title of p.titles) {
        const key = titleKey(title);
        const span = spans.get(key);
        if (!span) {
          const created = { title, first: article, last: article, articles: [article], count: 1 };
          spans.set(key, created);
          rec.titles.push(created);
          continue;
        }
        // Two spellings of one title in the same article count once.
        if (span.last !== article) {
          span.last = article;
          span.articles.push(article);
          span.count++;
        }
        // Show the spelled-out form ("Trung ương", not "TW") when one is seen.
        if (title.length > span.title.length) span.title = title;
      }
    }
  }
  const coAppearing = pairCounts(articles.map((a) => a.people.map((p) => p.slug)));
  for (const rec of officialBySlug.values()) {
    rec.coAppearing = topPartners(coAppearing.get(rec.slug), officialBySlug, (o) => o.name).map(({ item, count }) => ({
      official: item,
      count,
    }));
  }
  const officials = [...officialBySlug.values()].sort((a, b) => compareByGivenName(a.name, b.name) || a.slug.localeCompare(b.slug));
  return { officials, officialBySlug };
}

/** Abbreviations newsrooms use in titles, spelled out so both forms are one title. */
const TITLE_ABBREVIATIONS: [RegExp, string][] = [
  [/\btw\b/gu, 'trung ương'],
  [/\bbtv\b/gu, 'ban thường vụ'],
  [/\bubnd\b/gu, 'ủy ban nhân dân'],
  [/\bhđnd\b/gu, 'hội đồng nhân dân'],
  [/\bubkt\b/gu, 'ủy ban kiểm tra'],
  [/\bbch\b/gu, 'ban chấp hành'],
];

/** "Bí thư TW Đảng" and "Bí thư Trung ương Đảng" are the same title. */
export function titleKey(title: string): string {
  let k = matchKey(title);
  for (const [re, full] of TITLE_ABBREVIATIONS) k = k.replace(re, full);
  return k;
}
