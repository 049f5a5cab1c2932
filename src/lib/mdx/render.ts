/**
 * An article body (the MDX the ingest writes) to HTML, once, when the content
 * collection loads: no JavaScript module per article, which is what made
 * 10,000 articles cost minutes and gigabytes in the bundler (docs/benchmarks.md).
 *
 * The ingest writes a closed subset of MDX: paragraphs of text, and captions as
 * <figure data-kind="caption"> around paragraphs. This renderer accepts exactly
 * that and refuses everything else MDX can say (imports, exports, expressions,
 * other elements, Markdown the ingest never writes), naming the line, so a
 * hand-edited or foreign file cannot put code or markup on the page.
 *
 * Most blocks are plain text (src/lib/mdx/plain.ts), which is its own HTML:
 * those are copied. Any other block sends the whole body through remark's MDX
 * parser. Tests check that both paths give the same HTML.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CAPTION_CLOSE, CAPTION_OPEN, isPlainText } from './plain.ts';

/** A body the renderer will not show; `line` counts from the top of the body. */
export class BodyError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'BodyError';
    this.line = line;
    this.reason = reason;
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).freeze();

/** The body's HTML; throws BodyError for anything outside the ingest's subset. */
export function renderBody(body: string): string {
  return renderPlain(body) ?? renderTree(parseBody(body));
}

/** The fast path: every block plain text or a plain caption, else undefined. */
export function renderPlain(body: string): string | undefined {
  // Only line breaks around the blocks: any other white space is left to remark.
  const text = body.replace(/^\n+|\n+$/g, '');
  if (text === '') return '';
  const out: string[] = [];
  for (const block of text.split('\n\n')) {
    if (isPlainText(block)) {
      out.push(`<p>${block}</p>`);
    } else if (block.startsWith(CAPTION_OPEN) && block.endsWith(CAPTION_CLOSE)) {
      const inner = block.slice(CAPTION_OPEN.length, -CAPTION_CLOSE.length);
      if (!isPlainText(inner)) return undefined;
      out.push(`<figure data-kind="caption"><p>${inner}</p></figure>`);
    } else {
      return undefined;
    }
  }
  return out.join('\n');
}

export function parseBody(body: string): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    // remark-mdx reports syntax errors with a place; keep its line.
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? 1;
    throw new BodyError(line, `not valid MDX (${e.reason ?? String(error)})`);
  }
}

/** The slow path: the parsed tree, checked node by node, as HTML. */
export function renderTree(tree: Root): string {
  return tree.children.map((node) => renderBlock(node)).join('\n');
}

function renderBlock(node: RootContent): string {
  if (node.type === 'paragraph') return renderParagraph(node);
  if (node.type === 'mdxJsxFlowElement' && isCaption(node)) {
    return `<figure data-kind="caption">${node.children.map((c) => (c.type === 'paragraph' ? renderParagraph(c) : refuse(c))).join('\n')}</figure>`;
  }
  return refuse(node);
}

function renderParagraph(node: Paragraph): string {
  let html = '';
  for (const child of node.children) {
    if (child.type !== 'text') return refuse(child);
    html += escapeHtml(child.value);
  }
  return `<p>${html}</p>`;
}

function isCaption(node: MdxJsxFlowElement): boolean {
  const [attribute, ...rest] = node.attributes;
  return (
    node.name === 'figure' &&
    rest.length === 0 &&
    attribute?.type === 'mdxJsxAttribute' &&
    attribute.name === 'data-kind' &&
    attribute.value === 'caption'
  );
}

/** What each refused node is, in the words of someone reading the file. */
const DESCRIPTIONS: Record<string, string> = {
  mdxjsEsm: 'an import or export',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  mdxJsxFlowElement: 'an element other than <figure data-kind="caption">',
  mdxJsxTextElement: 'an element inside text',
};

function refuse(node: { type: string; position?: { start: { line: number } } }): never {
  const what = DESCRIPTIONS[node.type] ?? `Markdown the ingest never writes (${node.type})`;
  throw new BodyError(node.position?.start.line ?? 1, `${what}; article bodies hold only text paragraphs and captions`);
}

/** As hast-util-to-html escapes text: & and < (and > for safety in every context). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
