/**
 * Serialize an article record to MDX. The body is built as an mdast tree and
 * written by remark with the MDX extensions, so every character that MDX
 * would read as code ({ } < > import/export at a line start) is escaped:
 * nothing from a source can become JSX, an expression, an import or a script.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document, isSeq, visit } from 'yaml';
import type { ArticleData } from '../schema.ts';
import type { Block } from './types.ts';
import { CAPTION_CLOSE, CAPTION_OPEN, isPlainText } from '../mdx/plain.ts';

/** Build the body tree: one paragraph per block, captions set apart in a figure. */
export function bodyTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = blocks.map((block) => {
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    if (block.kind !== 'caption') return paragraph;
    const figure: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'figure',
      attributes: [{ type: 'mdxJsxAttribute', name: 'data-kind', value: 'caption' }],
      children: [paragraph],
    };
    return figure;
  });
  return { type: 'root', children };
}

// Astro renders MDX with GFM on, so the serializer must know GFM too: its
// autolinks would otherwise swallow a backslash escape ("https://x<script>").
const processor = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    // A line that starts with "import " or "export " would be read as ESM:
    // make the serializer encode its first letter as a character reference.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
      { character: 'I', atBreak: true, after: 'MPORT\\b' },
      { character: 'E', atBreak: true, after: 'XPORT\\b' },
    ],
  })
  .freeze();

/**
 * The body as remark writes it. Most paragraphs are letters, digits and the
 * punctuation of running text, which remark writes unchanged: those are
 * written directly, the rest by remark one block at a time. The result is
 * the whole tree's serialization (tests/ingest/serialize.test.ts checks it
 * against remark on hostile and generated text).
 */
export function serializeBody(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (isPlainText(block.text)) {
      parts.push(block.kind === 'caption' ? `${CAPTION_OPEN}${block.text}${CAPTION_CLOSE}` : block.text);
      continue;
    }
    const one = processor.stringify(bodyTree([block]));
    // Blocks are joined by one blank line; a block that would end with a line break itself is left to remark.
    if (!one.endsWith('\n') || one.endsWith('\n\n')) return processor.stringify(bodyTree(blocks));
    parts.push(one.slice(0, -1));
  }
  return parts.length ? `${parts.join('\n\n')}\n` : processor.stringify(bodyTree(blocks));
}

/** The body by remark alone, as the whole tree: what serializeBody must equal. */
export function serializeBodyWithRemark(blocks: readonly Block[]): string {
  return processor.stringify(bodyTree(blocks));
}

/** Frontmatter keys in contract order; absent optional keys are left out. */
const KEY_ORDER: readonly (keyof ArticleData)[] = [
  'title',
  'date',
  'dateSource',
  'published',
  'eventDate',
  'sourceFile',
  'url',
  'publisher',
  'republishes',
  'authors',
  'summary',
  'chairs',
  'officials',
  'directives',
];

const YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, flowCollectionPadding: false } as const;

/** The frontmatter by the yaml package alone: what serializeFrontmatter must equal. */
export function serializeFrontmatterWithYaml(data: ArticleData): string {
  return withYaml(inOrder(data));
}

/** Block style, except a list of lists (places in the body: `at`), one line in flow style. */
function withYaml(value: Record<string, unknown>): string {
  const doc = new Document(value, YAML_OPTIONS);
  visit(doc, {
    Seq(_, node) {
      if (node.items.some(isSeq)) node.flow = true;
    },
  });
  return doc.toString(YAML_OPTIONS);
}

function inOrder(data: ArticleData): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  return ordered;
}

export function serializeFrontmatter(data: ArticleData): string {
  const ordered = inOrder(data);
  // YAML 1.1 rules quote every string a 1.1 reader (Astro uses js-yaml) would
  // turn into something else: dates, yes/no, numbers with leading zeros.
  try {
    return blockMap(ordered, '');
  } catch (e) {
    if (e !== UNUSUAL) throw e;
    return withYaml(ordered);
  }
}

export function serializeArticle(data: ArticleData, blocks: readonly Block[]): string {
  return `---\n${serializeFrontmatter(data)}---\n\n${serializeBody(blocks)}`;
}

// ---------------------------------------------------------------------------
// The frontmatter, written as the yaml package writes it with YAML_OPTIONS
// (block style, two-space indent, sequences indented under their key), for
// the shapes an article has: maps of strings, integers, booleans, and lists
// of those or of maps. Anything else (an empty map, null, a multi-line or
// control-character string, a string the package would write as a block
// scalar) throws UNUSUAL and the whole frontmatter goes to the package.
// tests/ingest/serialize.test.ts compares the two on hostile and generated
// records.

const UNUSUAL = new Error('frontmatter shape left to the yaml package');

/** The schema the package uses for version 1.1: its tags decide which plain strings would read back as something else. */
const SCHEMA = new Document(null, YAML_OPTIONS).schema;
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

/** "key: value" lines of a map at `indent`; the first line's indent is the caller's when `first` is given. */
function blockMap(map: Record<string, unknown>, indent: string, first = indent): string {
  const keys = Object.keys(map);
  if (keys.length === 0) throw UNUSUAL;
  let out = '';
  keys.forEach((key, n) => {
    const value = map[key];
    if (!KEY.test(key) || READS_AS_OTHER.some((t) => t.test.test(key))) throw UNUSUAL;
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
