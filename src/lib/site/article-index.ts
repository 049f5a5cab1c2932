/**
 * The article index: every article once, in date order, with its URL slug
 * and its people merged (chairs first), plus the archive tree by year and
 * month. The document and official indexes are built on top of it.
 */
import type { ArticleData, Chair, Official } from '../schema.ts';
import { matchKey, slugify } from '../text/vietnamese.ts';

/** What the content collection hands over: its id and the validated frontmatter. */
export interface ArticleEntry {
  id: string;
  data: ArticleData;
}

/** A person as they appear in one article: chair, mentioned, or both. */
export interface Appearance {
  slug: string;
  name: string;
  titles: string[];
  verified: boolean;
  chair?: { role: Chair['role']; bridge?: string };
}

export interface Article {
  /** Collection id: the entry its page renders the body from. */
  id: string;
  /** URL slug (ASCII). */
  slug: string;
  data: ArticleData;
  year: number;
  month: number;
  /** Position in date order (0 = oldest). */
  index: number;
  /** Chairs first, then the other officials, each person once. */
  people: Appearance[];
}

export interface MonthRecord {
  year: number;
  month: number;
  articles: Article[];
}

export interface YearRecord {
  year: number;
  months: MonthRecord[];
  articles: Article[];
}

export interface ArticleIndex {
  /** Oldest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byId: Map<string, Article>;
  /** Newest year first; months oldest first within a year. */
  years: YearRecord[];
}

/** Date order: date, then publication time, then slug, so the order is total and stable. */
function compareArticles(a: { data: ArticleData; slug: string }, b: { data: ArticleData; slug: string }): number {
  return (
    a.data.date.localeCompare(b.data.date) ||
    (a.data.published ?? '').localeCompare(b.data.published ?? '') ||
    a.slug.localeCompare(b.slug)
  );
}

/** URL slugs from collection ids: ASCII, unique (a clash gets "-2", "-3"). */
export function assignSlugs(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of [...ids].sort()) {
    const base = slugify(id.replace(/\//g, '-')) || 'bai';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    out.set(id, slug);
  }
  return out;
}

/** People of one article: chairs first, then officials; one entry per slug. */
export function appearances(data: ArticleData): Appearance[] {
  const out = new Map<string, Appearance>();
  const add = (p: Chair | Official, chair?: Appearance['chair']) => {
    const seen = out.get(p.slug);
    if (!seen) {
      out.set(p.slug, { slug: p.slug, name: p.name, titles: [...p.titles], verified: p.verified, ...(chair ? { chair } : {}) });
      return;
    }
    for (const t of p.titles) if (!seen.titles.some((s) => matchKey(s) === matchKey(t))) seen.titles.push(t);
    if (chair && !seen.chair) seen.chair = chair;
    seen.verified ||= p.verified;
  };
  for (const c of data.chairs) add(c, { role: c.role, ...(c.bridge ? { bridge: c.bridge } : {}) });
  for (const o of data.officials) add(o);
  return [...out.values()];
}

export function buildArticleIndex(entries: readonly ArticleEntry[]): ArticleIndex {
  const slugs = assignSlugs(entries.map((e) => e.id));
  const articles: Article[] = entries
    .map((e) => ({
      id: e.id,
      slug: slugs.get(e.id)!,
      data: e.data,
      year: Number(e.data.date.slice(0, 4)),
      month: Number(e.data.date.slice(5, 7)),
      index: 0,
      people: appearances(e.data),
    }))
    .sort(compareArticles);
  articles.forEach((a, i) => (a.index = i));
  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    byId: new Map(articles.map((a) => [a.id, a])),
    years: buildYears(articles),
  };
}

function buildYears(articles: readonly Article[]): YearRecord[] {
  const years = new Map<number, YearRecord>();
  for (const a of articles) {
    let y = years.get(a.year);
    if (!y) years.set(a.year, (y = { year: a.year, months: [], articles: [] }));
    y.articles.push(a);
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== a.month) y.months.push((m = { year: a.year, month: a.month, articles: [] }));
    m.articles.push(a);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Previous and next article by date. */
export function neighbours(index: Pick<ArticleIndex, 'articles'>, article: Article): { prev?: Article; next?: Article } {
  const prev = index.articles[article.index - 1];
  const next = index.articles[article.index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The newest articles first. */
export function latest(index: Pick<ArticleIndex, 'articles'>, n: number): Article[] {
  return index.articles.slice(-n).reverse();
}
