/**
 * YAML, in one place. The `yaml` package is the reader and the writer; this
 * module adds fast paths for the few shapes the project writes and reads by
 * the thousand, each proved equal to the package by tests/yaml.test.ts
 * (realistic and hostile values), and each leaving to the package whatever it
 * does not recognise:
 *
 * - writeFrontmatterYaml: an article's frontmatter, byte for byte as the
 *   package writes it with FRONTMATTER_OPTIONS;
 * - readFrontmatterYaml: that frontmatter read back (YAML 1.1, as the site's
 *   loader reads it), without the package's parser for the written shapes;
 * - readFlatYaml: a source's front block of "key: value" lines (core schema).
 *
 * The package parser is about ten times slower than these paths: at 10,000
 * articles that is seconds of ingest and build.
 */
import { Document, isSeq, parseDocument, visit } from 'yaml';
import { isCanonical } from './text/vietnamese.ts';

/** A YAML text that cannot be read; `line` is 1-based within the YAML text. */
export class YamlError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'YamlError';
    this.line = line;
  }
}

// ---------------------------------------------------------------------------
// Writing

/**
 * YAML 1.1 quoting: every string a 1.1 reader would turn into something else
 * (dates, yes/no, numbers with leading zeros) is quoted, so the frontmatter
 * means the same to any reader. Block style, no line folding, no anchors.
 */
export const FRONTMATTER_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, flowCollectionPadding: false } as const;

/** The map by the yaml package alone: what writeFrontmatterYaml must equal. */
export function writeYamlWithLibrary(map: Record<string, unknown>): string {
  const doc = new Document(map, FRONTMATTER_OPTIONS);
  // Block style, except a list of lists (places in the body: `at`), one line in flow style.
  visit(doc, {
    Seq(_, node) {
      if (node.items.some(isSeq)) node.flow = true;
    },
  });
  return doc.toString(FRONTMATTER_OPTIONS);
}

/**
 * The map as the yaml package writes it with FRONTMATTER_OPTIONS (block
 * style, two-space indent, sequences indented under their key), for the
 * shapes an article has: maps of strings, integers, booleans, and lists of
 * those or of maps. Anything else (an empty map, null, a multi-line or
 * control-character string, a string the package would write as a block
 * scalar) goes to the package.
 */
export function writeFrontmatterYaml(map: Record<string, unknown>): string {
  try {
    return blockMap(map, '');
  } catch (e) {
    if (e !== UNUSUAL) throw e;
    return writeYamlWithLibrary(map);
  }
}

const UNUSUAL = new Error('YAML shape left to the yaml package');

/** The schema the package uses for version 1.1: its tags decide which plain strings would read back as something else. */
const SCHEMA = new Document(null, FRONTMATTER_OPTIONS).schema;
const READS_AS_OTHER = [...SCHEMA.tags, ...(SCHEMA.compat ?? [])].filter(
  (t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test,
) as { test: RegExp }[];

// The package's own tests (stringifyString.js, plainString), for one-line strings outside flow collections.
const INDICATOR = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
const FORCES_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const KEY = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Short strings (names, titles, codes, kinds) come back in article after article. */
const SCALARS = new Map<string, string>();

function scalar(value: unknown): string {
  if (typeof value === 'string' && value.length <= 100) {
    let out = SCALARS.get(value);
    if (out === undefined) {
      out = stringScalar(value);
      if (SCALARS.size >= 50_000) SCALARS.clear();
      SCALARS.set(value, out);
    }
    return out;
  }
  return typeof value === 'string' ? stringScalar(value) : otherScalar(value);
}

function otherScalar(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) throw UNUSUAL;
    return String(value);
  }
  throw UNUSUAL;
}

/** A string as the package writes it in block context; throws UNUSUAL for what is left to the package. */
function stringScalar(value: string): string {
  // "<<" is the merge key to the package (written bare, whatever the context).
  if (value === '' || value === '<<' || value.includes('\n') || FORCES_DOUBLE.test(value) || DOCUMENT_MARKER.test(value)) throw UNUSUAL;
  if (INDICATOR.test(value) || READS_AS_OTHER.some((t) => t.test.test(value))) {
    // quotedString: single quotes only for a value with " and no ', else double quotes (JSON escapes suffice here).
    return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
  }
  return value;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function isPlainKey(key: string): boolean {
  return KEY.test(key) && !READS_AS_OTHER.some((t) => t.test.test(key));
}

/** "key: value" lines of a map at `indent`; the first line's indent is the caller's when `first` is given. */
function blockMap(map: Record<string, unknown>, indent: string, first = indent): string {
  const keys = Object.keys(map);
  if (keys.length === 0) throw UNUSUAL;
  let out = '';
  keys.forEach((key, n) => {
    const value = map[key];
    if (!isPlainKey(key)) throw UNUSUAL;
    if (value === undefined) throw UNUSUAL;
    const lead = n === 0 ? first : indent;
    if (Array.isArray(value) && value.length > 0 && value.every(Array.isArray)) out += `${lead}${key}: ${flowSeqOfSeqs(value)}\n`;
    else if (Array.isArray(value)) out += value.length === 0 ? `${lead}${key}: []\n` : `${lead}${key}:\n${blockSeq(value, `${indent}  `)}`;
    else if (isMap(value)) out += `${lead}${key}:\n${blockMap(value, `${indent}  `)}`;
    else out += `${lead}${key}: ${scalar(value)}\n`;
  });
  return out;
}

function blockSeq(list: readonly unknown[], indent: string): string {
  let out = '';
  for (const item of list) {
    if (Array.isArray(item) || item === undefined) throw UNUSUAL;
    if (isMap(item)) out += blockMap(item, `${indent}  `, `${indent}- `);
    else out += `${indent}- ${scalar(item)}\n`;
  }
  return out;
}

/** "[[0, 12, 31], [4, 0, 19]]": lists of non-negative integers only (what the package writes the same way). */
function flowSeqOfSeqs(list: readonly unknown[][]): string {
  const inner = list.map((item) => {
    if (item.length === 0 || !item.every((v) => typeof v === 'number')) throw UNUSUAL;
    return `[${item.map(otherScalar).join(', ')}]`;
  });
  return `[${inner.join(', ')}]`;
}

// ---------------------------------------------------------------------------
// Reading a frontmatter

/**
 * A frontmatter as YAML 1.1 reads it (an unquoted 2020-07-01 is a Date, as
 * any 1.1 reader makes it). What writeFrontmatterYaml writes is read here
 * directly: a scalar is taken only when writing it back gives the very same
 * text, so the fast path can only agree with the package. Anything else
 * (comments, flow collections, other indents, hand edits) goes to the package.
 */
export function readFrontmatterYaml(text: string): unknown {
  const fast = readWrittenYaml(text);
  return fast === undefined ? readWithLibrary(text, { version: '1.1' }) : fast;
}

/** The package's reading; aliases are refused (YAML bombs multiply through them). */
export function readWithLibrary(text: string, options: { version: '1.1' } | { schema: 'core' }): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, ...options });
  const error = doc.errors[0];
  if (error) throw new YamlError(error.linePos?.[0]?.line ?? 1, error.message.split('\n')[0]!);
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    throw new YamlError(1, `${(e as Error).message} (remove anchors and aliases, & and *)`);
  }
}

interface Cursor {
  lines: string[];
  at: number;
}

/** The record, or undefined when the text is not in the shapes writeFrontmatterYaml writes. */
export function readWrittenYaml(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('\n')) return undefined;
  const cursor = { lines: text.slice(0, -1).split('\n'), at: 0 };
  try {
    const map = readMap(cursor, 0);
    return cursor.at === cursor.lines.length ? map : undefined;
  } catch (e) {
    if (e !== UNUSUAL) throw e;
    return undefined;
  }
}

const MAP_LINE = /^([a-zA-Z][a-zA-Z0-9]*):(?: (.*))?$/;

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function readMap(c: Cursor, indent: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  while (c.at < c.lines.length) {
    const line = c.lines[c.at]!;
    const lineIndent = indentOf(line);
    if (lineIndent < indent) break;
    if (lineIndent > indent) throw UNUSUAL;
    const m = MAP_LINE.exec(line.slice(indent));
    if (!m || !isPlainKey(m[1]!) || Object.hasOwn(map, m[1]!)) throw UNUSUAL;
    c.at++;
    const rest = m[2];
    if (rest === '[]') map[m[1]!] = [];
    else if (rest !== undefined && FLOW_SEQ_OF_SEQS.test(rest)) map[m[1]!] = readFlowSeqOfSeqs(rest);
    else if (rest !== undefined) map[m[1]!] = readScalar(rest);
    else {
      const next = c.lines[c.at];
      if (next === undefined || indentOf(next) !== indent + 2) throw UNUSUAL;
      map[m[1]!] = next.startsWith('- ', indent + 2) ? readSeq(c, indent + 2) : readMap(c, indent + 2);
    }
  }
  if (Object.keys(map).length === 0) throw UNUSUAL;
  return map;
}

function readSeq(c: Cursor, indent: number): unknown[] {
  const list: unknown[] = [];
  while (c.at < c.lines.length) {
    const line = c.lines[c.at]!;
    if (indentOf(line) !== indent || !line.startsWith('- ', indent)) break;
    const item = line.slice(indent + 2);
    if (MAP_LINE.test(item)) {
      // "- key: value" opens a map whose other keys sit two columns further in.
      c.lines[c.at] = `${' '.repeat(indent + 2)}${item}`;
      list.push(readMap(c, indent + 2));
    } else {
      list.push(readScalar(item));
      c.at++;
    }
  }
  return list;
}

const FLOW_SEQ_OF_SEQS = /^\[\[\d/;

/** What flowSeqOfSeqs writes, read back only when writing it again gives the same text. */
function readFlowSeqOfSeqs(raw: string): unknown[][] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw UNUSUAL;
  }
  if (!Array.isArray(value) || !value.every(Array.isArray) || flowSeqOfSeqs(value as unknown[][]) !== raw) throw UNUSUAL;
  return value as unknown[][];
}

/** A scalar as written by writeFrontmatterYaml, or UNUSUAL. */
function readScalar(raw: string): unknown {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
  let value: string;
  if (raw.startsWith('"')) {
    try {
      value = JSON.parse(raw) as string;
    } catch {
      throw UNUSUAL;
    }
    if (typeof value !== 'string') throw UNUSUAL;
  } else if (raw.startsWith("'")) {
    if (!raw.endsWith("'") || raw.length < 2) throw UNUSUAL;
    value = raw.slice(1, -1);
  } else value = raw;
  // Written back it must be this very text; stringScalar throws UNUSUAL for what it leaves to the package.
  if (stringScalar(value) !== raw) throw UNUSUAL;
  return value;
}

// ---------------------------------------------------------------------------
// Reading a source's front block

// The usual front block is a few "key: value" lines with plain or simply
// double-quoted values; the YAML parser is the costliest step of a small
// article. readFlatYaml reads exactly those lines, the way the parser (core
// schema) does, and leaves everything else to it.

const FLAT_LINE = /^([a-z]+): (.+)$/;
/** Double quotes with no escape inside: the text between them, as is. */
const FLAT_QUOTED = /^"[^"\\]*"$/;
/** A plain value that reads as a string: a letter first, and no ": ", " #", tab, trailing ":" or space. */
const FLAT_PLAIN = /^\p{L}(?!.*(?:: | #|\t|[: ]$))/u;
/** Letter-initial plain values the core schema reads as null or a boolean. */
const CORE_WORDS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** A digit-initial plain value that is no number to the core schema: a date, maybe with a time. */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
/**
 * The "key: value" lines of `text` as the core schema reads them, or null to
 * leave the text to the parser: any other key, or a repeated one, included.
 */
export function readFlatYaml(text: string, keys: ReadonlySet<string>): Record<string, unknown> | null {
  // Canonical text has no control, zero-width or odd line-break character the parser would treat apart.
  if (text === '' || !isCanonical(text)) return null;
  const record: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const m = FLAT_LINE.exec(line);
    if (!m || !keys.has(m[1]!) || Object.hasOwn(record, m[1]!)) return null;
    const value = m[2]!;
    if (FLAT_QUOTED.test(value)) record[m[1]!] = value.slice(1, -1);
    else if ((FLAT_PLAIN.test(value) && !CORE_WORDS.test(value)) || PLAIN_DATE.test(value)) record[m[1]!] = value;
    else return null;
  }
  return record;
}
