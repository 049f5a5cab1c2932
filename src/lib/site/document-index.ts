/**
 * The document index: one record per cited document, its facts merged over
 * every article that cites it, the citing articles in date order with their
 * sentences, and its neighbours (co-cited documents, namesakes). Linear in
 * the number of citations.
 */
import type { Directive } from '../schema.ts';
import { collator, matchKey } from '../text/vietnamese.ts';
import type { Article } from './article-index.ts';
import { pairCounts, topPartners } from './co-occurrence.ts';
import { termOrder } from './format.ts';

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

export interface DocumentIndex {
  /** Most cited first, then by number. */
  directives: DirectiveRecord[];
  directiveById: Map<string, DirectiveRecord>;
}

function uniquePush(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** `articles` must be in date order: citing lists keep that order. */
export function buildDocumentIndex(articles: readonly Article[]): DocumentIndex {
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
  return { directives, directiveById };
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
