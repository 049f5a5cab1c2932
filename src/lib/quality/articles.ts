/**
 * Checks on one generated article (.mdx) as committed: the frontmatter
 * matches the contract, and the body is literal text only, with no MDX code
 * (import/export, {expressions}, components, raw HTML, script links). Pure:
 * the caller reads the files. The body is parsed as Astro parses MDX (with
 * GFM); the frontmatter both as YAML 1.2 reads it and as the site's
 * loader does (YAML 1.1).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { readFrontmatterYaml } from '../yaml.ts';
import { articleSchema, type ArticleData } from '../schema.ts';
import { formatZodIssues } from '../zod-errors.ts';

export interface ArticleProblem {
  /** 1-based line of the .mdx file. */
  line: number;
  message: string;
  /** 'ingest' when the generator itself wrote something wrong (not a hand edit). */
  cause?: 'ingest';
}

export interface ParsedArticle {
  data: ArticleData | null;
  /** The body as plain text, one paragraph per line. */
  text: string;
  problems: ArticleProblem[];
}

/** Markdown node types a generated body may contain: text and its plain structure. */
const SAFE_NODES = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'emphasis',
  'strong',
  'break',
  'list',
  'listItem',
  'blockquote',
  'thematicBreak',
  'link',
]);
/** JSX elements the serializer writes, with the attributes it gives them. */
const SAFE_JSX: Record<string, readonly string[]> = { figure: ['data-kind'], figcaption: [] };

/** Split "---\n<yaml>---\n<body>" into its two parts; null when there is no frontmatter. */
export function splitMdx(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/.exec(text);
  if (!m) return null;
  const bodyLine = m[0].split('\n').length;
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine };
}

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

export interface ParseOptions {
  /**
   * Also read the frontmatter as the site's loader does (YAML 1.1: an unquoted
   * 2020-07-01 is a Date there, not a string) and report what Astro's
   * content collection would reject. Default true.
   */
  astro?: boolean;
}

export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  const problems: ArticleProblem[] = [];
  const parts = splitMdx(text);
  if (!parts) {
    return { data: null, text: '', problems: [{ line: 1, message: 'no frontmatter: the file must start with a "---" block' }] };
  }
  let data: ArticleData | null = null;
  const doc = parseDocument(parts.yaml, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    problems.push({ line: (e.linePos?.[0]?.line ?? 0) + 1, message: `frontmatter is not valid YAML (${e.message.split('\n')[0]})` });
  } else {
    let raw: unknown;
    let readable = true;
    try {
      raw = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      readable = false;
      problems.push({ line: 2, message: `frontmatter cannot be read (${(e as Error).message})` });
    }
    if (readable) {
      const parsed = articleSchema.strict().safeParse(raw ?? {});
      if (parsed.success) data = parsed.data;
      else for (const m of formatZodIssues(parsed.error)) problems.push({ line: lineOfField(parts.yaml, m), message: m });
    }
  }
  if (data && options.astro !== false) problems.push(...loaderView(parts.yaml));

  let tree: Root;
  try {
    // GFM on, though the site turns it off: a body must stay literal text either way.
    tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(parts.body) as Root;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = (err.line ?? err.place?.line ?? 1) + parts.bodyLine - 1;
    problems.push({ line, message: `the body is not valid MDX (${err.reason ?? err.message})` });
    return { data, text: '', problems };
  }
  const paragraphs: string[] = [];
  const visit = (node: MdNode, collect: string[]): void => {
    const line = (node.position?.start.line ?? 1) + parts.bodyLine - 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const allowed = node.name ? SAFE_JSX[node.name] : undefined;
      const badAttr = (node.attributes ?? []).find((a) => a.type !== 'mdxJsxAttribute' || !allowed?.includes(a.name ?? '') || typeof a.value !== 'string');
      if (!allowed || badAttr) {
        problems.push({ line, message: `the body contains a component or HTML element <${node.name ?? ''}${badAttr ? ` ${badAttr.name ?? '{…}'}` : ''}>, which MDX would run` });
        return;
      }
    } else if (!SAFE_NODES.has(node.type)) {
      problems.push({ line, message: `the body contains ${describeNode(node.type)}, which MDX would run or render as code` });
      return;
    }
    if (node.type === 'link' && !/^(?:https?:|mailto:|#|\/)/i.test(node.url ?? '')) {
      problems.push({ line, message: `the body links to "${node.url}", which is not an http(s) link` });
    }
    if (typeof node.value === 'string') collect.push(node.value);
    for (const child of node.children ?? []) {
      if (node.type === 'root') {
        const inner: string[] = [];
        visit(child, inner);
        if (inner.length) paragraphs.push(inner.join(''));
      } else {
        visit(child, collect);
      }
    }
  };
  visit(tree as unknown as MdNode, []);
  return { data, text: paragraphs.join('\n'), problems };
}

/** What the site's loader would make of the frontmatter: it reads YAML 1.1, then applies the same schema. */
function loaderView(yaml: string): ArticleProblem[] {
  let raw: unknown;
  try {
    raw = readFrontmatterYaml(yaml);
  } catch (e) {
    return [{ line: 2, message: `the site cannot read the frontmatter (${(e as Error).message.split('\n')[0]})` }];
  }
  const parsed = articleSchema.safeParse(raw ?? {});
  if (parsed.success) return [];
  return formatZodIssues(parsed.error).map((m) => ({
    line: lineOfField(yaml, m),
    message: `as the site reads it (YAML 1.1), ${m}: the serializer must quote this value`,
    cause: 'ingest' as const,
  }));
}

function describeNode(type: string): string {
  switch (type) {
    case 'mdxjsEsm':
      return 'an import/export statement';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'a {…} expression';
    case 'html':
      return 'raw HTML';
    case 'code':
    case 'inlineCode':
      return 'a code block';
    default:
      return `a "${type}" node`;
  }
}

/** Best effort: the frontmatter line of the field a message names (field "a.b" → line of "a:"). */
function lineOfField(yaml: string, message: string): number {
  const m = /field "([^".]+)/.exec(message) ?? /unknown key\(s\) "([^"]+)"/.exec(message);
  if (!m) return 1;
  const idx = yaml.split('\n').findIndex((l) => l.startsWith(`${m[1]}:`));
  return idx < 0 ? 1 : idx + 2;
}
