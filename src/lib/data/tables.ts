/**
 * The open-data tables: one row per fact, with ids that are the page URLs'
 * own slugs (/bai/<article>/, /van-ban/<document>/, /can-bo/<official>/).
 * Each table's columns are described once, here, as a Frictionless Table
 * Schema; the CSV and JSON files, datapackage.json, the SQLite database and
 * the /du-lieu/ page are all derived from these descriptions.
 */
import { CHAIR_ROLES, DATE_SOURCES, DIRECTIVE_KINDS, TERM_SOURCES, type Chair } from '../schema.ts';
import type { Article, DirectiveRecord, OfficialRecord, SiteIndex } from '../site/site-index.ts';

export type Cell = string | number | boolean | string[] | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime' | 'array';
  format?: 'uri' | 'any';
  /** Vietnamese: shown on /du-lieu/ and carried in datapackage.json. */
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[] };
}

export interface ForeignKey {
  fields: string[];
  /** Table Schema writes a reference to the same table as resource "". */
  reference: { resource: TableName | ''; fields: string[] };
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

export const TABLE_NAMES = ['articles', 'documents', 'citations', 'officials', 'appearances', 'titles'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec {
  name: TableName;
  title: string;
  description: string;
  schema: TableSchema;
}

/** How a person appears in an article; the first three are CHAIR_ROLES in order. */
export const APPEARANCE_ROLES = ['chair', 'co-chair', 'bridge-chair', 'mentioned'] as const;
const ROLE_OF_CHAIR = new Map<Chair['role'], (typeof APPEARANCE_ROLES)[number]>(
  CHAIR_ROLES.map((r, i) => [r, APPEARANCE_ROLES[i]!]),
);

const required = { required: true } as const;
const articleRef = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'articles', fields: ['id'] } });
const documentRef = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'documents', fields: ['id'] } });
const officialRef = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'officials', fields: ['id'] } });

export const TABLES: readonly TableSpec[] = [
  {
    name: 'articles',
    title: 'Bài báo',
    description: 'Mỗi dòng một bài báo trong kho.',
    schema: {
      fields: [
        { name: 'id', type: 'string', description: 'Mã bài, cũng là địa chỉ trang /bai/<id>/.', constraints: { required: true, unique: true } },
        { name: 'title', type: 'string', description: 'Tiêu đề bài.', constraints: required },
        { name: 'date', type: 'date', description: 'Ngày đăng (giờ Việt Nam), hoặc ngày sự kiện khi chỉ biết ngày đó.', constraints: required },
        { name: 'dateSource', type: 'string', description: 'Ngày lấy từ đâu: front (người biên tập ghi), published (dòng ngày đăng), event (ngày sự kiện trong bài), url (địa chỉ bài).', constraints: { required: true, enum: DATE_SOURCES } },
        { name: 'published', type: 'datetime', format: 'any', description: 'Thời điểm đăng, có giờ, khi bài ghi.' },
        { name: 'eventDate', type: 'date', description: 'Ngày diễn ra sự kiện, khi bài ghi.' },
        { name: 'publisher', type: 'string', description: 'Cơ quan báo chí đăng bài.' },
        { name: 'url', type: 'string', format: 'uri', description: 'Địa chỉ bài gốc.' },
        { name: 'authors', type: 'array', description: 'Tác giả như bài ghi (mảng JSON).', constraints: required },
        { name: 'summary', type: 'string', description: 'Đoạn đầu của bài.' },
        { name: 'republishes', type: 'string', description: 'Mã bài mà bài này đăng lại, nếu có.' },
      ],
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['republishes'], reference: { resource: '', fields: ['id'] } }],
    },
  },
  {
    name: 'documents',
    title: 'Văn bản',
    description: 'Mỗi dòng một văn bản (nghị quyết, chỉ thị, kết luận, quy định…) được bài báo trích dẫn.',
    schema: {
      fields: [
        { name: 'id', type: 'string', description: 'Mã văn bản, cũng là địa chỉ trang /van-ban/<id>/.', constraints: { required: true, unique: true } },
        { name: 'code', type: 'string', description: 'Số hiệu, ví dụ "35-CT/TW".', constraints: required },
        { name: 'kind', type: 'string', description: 'Loại văn bản.', constraints: { required: true, enum: DIRECTIVE_KINDS } },
        { name: 'number', type: 'string', description: 'Số của văn bản.', constraints: required },
        { name: 'issuer', type: 'string', description: 'Ký hiệu cơ quan ban hành trong số hiệu: TW, CP, TU…', constraints: required },
        { name: 'issuingBody', type: 'string', description: 'Cơ quan ban hành, khi biết: "Bộ Chính trị", "Chính phủ".' },
        { name: 'term', type: 'string', description: 'Khóa (số La Mã) hoặc năm, phân biệt các văn bản cùng số.' },
        { name: 'termSource', type: 'string', description: 'Khóa hoặc năm lấy từ đâu: cited-date (ngày ghi trong câu trích), cited-term (khóa ghi trong câu), registry (danh mục đã kiểm tra), article-date (suy từ ngày bài).', constraints: { required: true, enum: TERM_SOURCES } },
        { name: 'issued', type: 'date', description: 'Ngày ban hành, khi biết.' },
        { name: 'subject', type: 'string', description: 'Trích yếu, khi biết.' },
        { name: 'verified', type: 'boolean', description: 'true khi văn bản có trong danh mục đã kiểm tra (content/directives.yaml).', constraints: required },
      ],
      primaryKey: ['id'],
    },
  },
  {
    name: 'citations',
    title: 'Trích dẫn',
    description: 'Mỗi dòng một câu của bài báo trích dẫn một văn bản.',
    schema: {
      fields: [
        { name: 'article', type: 'string', description: 'Mã bài (bảng articles).', constraints: required },
        { name: 'document', type: 'string', description: 'Mã văn bản (bảng documents).', constraints: required },
        { name: 'form', type: 'string', description: 'Văn bản được viết thế nào trong câu: "Kết luận số 75", "Chỉ thị 35-CT/TW".', constraints: required },
        { name: 'sentence', type: 'string', description: 'Câu trích dẫn, như trong bài.', constraints: required },
      ],
      primaryKey: ['article', 'document', 'form', 'sentence'],
      foreignKeys: [articleRef('article'), documentRef('document')],
    },
  },
  {
    name: 'officials',
    title: 'Cán bộ',
    description: 'Mỗi dòng một người được nêu tên trong các bài.',
    schema: {
      fields: [
        { name: 'id', type: 'string', description: 'Mã người, cũng là địa chỉ trang /can-bo/<id>/.', constraints: { required: true, unique: true } },
        { name: 'name', type: 'string', description: 'Họ và tên.', constraints: required },
        { name: 'verified', type: 'boolean', description: 'true khi người này có trong danh sách đã kiểm tra (content/officials.yaml).', constraints: required },
      ],
      primaryKey: ['id'],
    },
  },
  {
    name: 'appearances',
    title: 'Xuất hiện',
    description: 'Mỗi dòng một người trong một bài: chủ trì hay được nhắc đến, với chức vụ như bài ghi.',
    schema: {
      fields: [
        { name: 'article', type: 'string', description: 'Mã bài (bảng articles).', constraints: required },
        { name: 'official', type: 'string', description: 'Mã người (bảng officials).', constraints: required },
        { name: 'role', type: 'string', description: 'chair (chủ trì), co-chair (đồng chủ trì), bridge-chair (chủ trì điểm cầu), mentioned (được nhắc đến).', constraints: { required: true, enum: APPEARANCE_ROLES } },
        { name: 'bridge', type: 'string', description: 'Điểm cầu người đó chủ trì, với bridge-chair.' },
        { name: 'titles', type: 'array', description: 'Chức vụ như bài ghi (mảng JSON).', constraints: required },
      ],
      primaryKey: ['article', 'official'],
      foreignKeys: [articleRef('article'), officialRef('official')],
    },
  },
  {
    name: 'titles',
    title: 'Chức vụ',
    description: 'Mỗi dòng một chức vụ của một người, với bài đầu tiên và bài cuối cùng ghi chức vụ đó.',
    schema: {
      fields: [
        { name: 'official', type: 'string', description: 'Mã người (bảng officials).', constraints: required },
        { name: 'title', type: 'string', description: 'Chức vụ (dạng viết đầy đủ nhất đã gặp; "TW" và "Trung ương" là một).', constraints: required },
        { name: 'first', type: 'date', description: 'Ngày của bài đầu tiên ghi chức vụ này.', constraints: required },
        { name: 'last', type: 'date', description: 'Ngày của bài cuối cùng ghi chức vụ này.', constraints: required },
        { name: 'count', type: 'integer', description: 'Số bài ghi chức vụ này.', constraints: required },
        { name: 'articles', type: 'array', description: 'Mã các bài ghi chức vụ này, theo thứ tự ngày (mảng JSON).', constraints: required },
      ],
      primaryKey: ['official', 'title'],
      foreignKeys: [officialRef('official')],
    },
  },
];

export type Tables = Record<TableName, Row[]>;

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));

/** Article id by source file, for the "republishes" reference. */
export type SourceIds = Map<string, string>;

const sourceIdCache = new WeakMap<SiteIndex, SourceIds>();

/** Built once per site: every per-entity JSON page asks for it. */
export function sourceIds(site: SiteIndex): SourceIds {
  let ids = sourceIdCache.get(site);
  if (!ids) sourceIdCache.set(site, (ids = new Map(site.articles.map((a) => [a.data.sourceFile, a.slug]))));
  return ids;
}

export function articleRow(a: Article, ids: SourceIds): Row {
  return {
    id: a.slug,
    title: a.data.title,
    date: a.data.date,
    dateSource: a.data.dateSource,
    published: a.data.published ?? null,
    eventDate: a.data.eventDate ?? null,
    publisher: a.data.publisher ?? null,
    url: a.data.url ?? null,
    authors: a.data.authors,
    summary: a.data.summary ?? null,
    // A republished article outside the archive has no row to point to.
    republishes: (a.data.republishes && ids.get(a.data.republishes)) || null,
  };
}

export function documentRow(d: DirectiveRecord): Row {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    number: d.number,
    issuer: d.issuer,
    issuingBody: d.issuingBody ?? null,
    term: d.term ?? null,
    termSource: d.termSource,
    issued: d.issued ?? null,
    subject: d.subject ?? null,
    verified: d.verified,
  };
}

/** Citations of one article, each (document, form, sentence) once. */
export function citationRows(a: Article): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const d of a.data.directives) {
    for (const c of d.citations) {
      const key = JSON.stringify([d.id, c.form, c.sentence]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ article: a.slug, document: d.id, form: c.form, sentence: c.sentence });
    }
  }
  return out;
}

/** People of one article, each once, chairs with their role. */
export function appearanceRows(a: Article): Row[] {
  return a.people.map((p) => ({
    article: a.slug,
    official: p.slug,
    role: p.chair ? ROLE_OF_CHAIR.get(p.chair.role)! : 'mentioned',
    bridge: p.chair?.bridge ?? null,
    titles: p.titles,
  }));
}

export function officialRow(o: OfficialRecord): Row {
  return { id: o.slug, name: o.name, verified: o.verified };
}

export function titleRows(o: OfficialRecord): Row[] {
  return o.titles.map((t) => ({
    official: o.slug,
    title: t.title,
    first: t.first.data.date,
    last: t.last.data.date,
    count: t.count,
    articles: t.articles.map((a) => a.slug),
  }));
}

/** Every table, from the same index the pages read. Rows in a stable order. */
export function buildTables(site: SiteIndex): Tables {
  const ids = sourceIds(site);
  return {
    articles: site.articles.map((a) => articleRow(a, ids)),
    documents: site.directives.map(documentRow).sort(byId),
    citations: site.articles.flatMap(citationRows),
    officials: site.officials.map(officialRow).sort(byId),
    appearances: site.articles.flatMap(appearanceRows),
    titles: [...site.officials].sort((a, b) => a.slug.localeCompare(b.slug)).flatMap(titleRows),
  };
}

export function tableSpec(name: TableName): TableSpec {
  return TABLES.find((t) => t.name === name)!;
}
