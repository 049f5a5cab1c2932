/**
 * The site's data, prepared once per build: articles in date order, one
 * record per document and per official, the archive tree, and the
 * co-occurrence counts. Every loop here walks each article's own directives,
 * citations and people once, so the work is linear in the number of citations
 * (pair counts are per article, whose lists are short). Pages only look
 * things up and render.
 */
import type { ArticleData, Chair, Directive, Official } from '../schema.ts';
import { compareByGivenName, collator, matchKey, slugify } from '../text/vietnamese.ts';
import { termOrder } from './format.ts';

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
  /** Collection id, for render(). */
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

export interface CitingArticle {
  article: Article;
  /** The citing sentences of this article, in reading order, without repeats. */
  sentences: string[];
  /** How the document is written there ("Kết luận số 75", …). */
  forms: string[];
}

export interface DirectiveRecord {
  id: string;
  code: string;
  kind: Directive['kind'];
  number: string;
  issuer: string;
  issuingBody?: string;
  term?: string;
  termSource: Directive['termSource'];
  issued?: string;
  subject?: string;
  verified: boolean;
  /** Citing articles in date order (oldest first). */
  citing: CitingArticle[];
  /** Number of citing sentences across all articles. */
  citationCount: number;
  /** Documents cited in the same articles, most often first. */
  coCited: { directive: DirectiveRecord; count: number }[];
  /** Other documents with the same kind, number and issuer (other terms or years). */
  namesakes: DirectiveRecord[];
}

export interface TitleSpan {
  title: string;
  /** Earliest and latest article that state the title. */
  first: Article;
  last: Article;
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

export interface SiteIndex {
  /** Oldest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byId: Map<string, Article>;
  directives: DirectiveRecord[];
  directiveById: Map<string, DirectiveRecord>;
  /** Sorted by given name, as Vietnamese readers look people up. */
  officials: OfficialRecord[];
  officialBySlug: Map<string, OfficialRecord>;
  /** Newest year first; months oldest first within a year. */
  years: YearRecord[];
}

const CO_OCCURRENCE_LIMIT = 10;

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

/** Count pairs among the keys of each group; returns, per key, its partners by count. */
function pairCounts(groups: readonly string[][]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const keys of groups) {
    for (const a of keys) {
      let row = out.get(a);
      if (!row) out.set(a, (row = new Map()));
      for (const b of keys) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return out;
}

function topPartners<T>(
  row: Map<string, number> | undefined,
  lookup: Map<string, T>,
  name: (t: T) => string,
): { item: T; count: number }[] {
  if (!row) return [];
  return [...row.entries()]
    .map(([key, count]) => ({ item: lookup.get(key)!, count }))
    .sort((a, b) => b.count - a.count || collator.compare(name(a.item), name(b.item)))
    .slice(0, CO_OCCURRENCE_LIMIT);
}

function uniquePush(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

export function buildSiteIndex(entries: readonly ArticleEntry[]): SiteIndex {
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

  // Documents: facts merged over every article that cites them.
  const directiveById = new Map<string, DirectiveRecord>();
  for (const article of articles) {
    for (const d of article.data.directives) {
      let rec = directiveById.get(d.id);
      if (!rec) {
        rec = {
          id: d.id,
          code: d.code,
          kind: d.kind,
          number: d.number,
          issuer: d.issuer,
          termSource: d.termSource,
          verified: false,
          citing: [],
          citationCount: 0,
          coCited: [],
          namesakes: [],
        };
        directiveById.set(d.id, rec);
      }
      mergeFacts(rec, d);
      let citing = rec.citing[rec.citing.length - 1];
      if (!citing || citing.article !== article) {
        citing = { article, sentences: [], forms: [] };
        rec.citing.push(citing);
      }
      for (const c of d.citations) {
        uniquePush(citing.sentences, c.sentence);
        uniquePush(citing.forms, c.form);
        rec.citationCount++;
      }
    }
  }
  const coCited = pairCounts(articles.map((a) => [...new Set(a.data.directives.map((d) => d.id))]));
  const namesakeGroups = new Map<string, DirectiveRecord[]>();
  for (const rec of directiveById.values()) {
    rec.coCited = topPartners(coCited.get(rec.id), directiveById, (d) => d.code).map(({ item, count }) => ({ directive: item, count }));
    const key = namesakeKey(rec);
    const group = namesakeGroups.get(key) ?? [];
    group.push(rec);
    namesakeGroups.set(key, group);
  }
  for (const group of namesakeGroups.values()) {
    if (group.length < 2) continue;
    group.sort(compareByTerm);
    for (const rec of group) rec.namesakes = group.filter((o) => o !== rec);
  }
  const directives = [...directiveById.values()].sort(
    (a, b) => b.citing.length - a.citing.length || compareByNumber(a, b),
  );

  // Officials: titles with provenance, events chaired, articles, companions.
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
          const created = { title, first: article, last: article, count: 1 };
          spans.set(key, created);
          rec.titles.push(created);
        } else {
          span.last = article;
          span.count++;
          // Show the spelled-out form ("Trung ương", not "TW") when one is seen.
          if (title.length > span.title.length) span.title = title;
        }
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

  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    byId: new Map(articles.map((a) => [a.id, a])),
    directives,
    directiveById,
    officials,
    officialBySlug,
    years: buildYears(articles),
  };
}

/**
 * The same document is cited by many articles; the ingest may know more in
 * some of them (a registry match, a cited date). Keep the best known value:
 * a verified citation's facts win, otherwise the first one seen.
 */
function mergeFacts(rec: DirectiveRecord, d: Directive): void {
  const overwrite = d.verified && !rec.verified;
  const fields = ['issuingBody', 'term', 'issued', 'subject'] as const;
  for (const f of fields) {
    const v = d[f];
    if (v !== undefined && (overwrite || rec[f] === undefined)) rec[f] = v;
  }
  if (overwrite) {
    rec.code = d.code;
    rec.termSource = d.termSource;
  }
  rec.verified ||= d.verified;
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

/** Same kind, number and issuer: namesakes that only the term (or year) tells apart. */
export function namesakeKey(d: Pick<Directive, 'kind' | 'number' | 'issuer'>): string {
  return `${d.kind}|${d.number.replace(/^0+(?=\d)/, '')}|${matchKey(d.issuer)}`;
}

function compareByTerm(a: DirectiveRecord, b: DirectiveRecord): number {
  return (a.issued ?? '').localeCompare(b.issued ?? '') || termOrder(a.term) - termOrder(b.term) || a.id.localeCompare(b.id);
}

/** Number order: numerically ("5" < "45" < "128"), then by term or year. */
export function compareByNumber(a: DirectiveRecord, b: DirectiveRecord): number {
  return collator.compare(a.number, b.number) || compareByTerm(a, b);
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
export function neighbours(site: SiteIndex, article: Article): { prev?: Article; next?: Article } {
  const prev = site.articles[article.index - 1];
  const next = site.articles[article.index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The newest articles first. */
export function latest(site: SiteIndex, n: number): Article[] {
  return site.articles.slice(-n).reverse();
}
