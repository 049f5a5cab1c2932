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
 * Most blocks are plain text (src/lib/mdx/plain.ts), read as they are; any
 * other block sends the whole body through remark's MDX parser. Tests check
 * that both paths give the same tree. The tree is hast: the links the ingest
 * placed are wrapped in it (rehype-entity-links.ts) and hast-util-to-html
 * writes it, so text from a source is only ever a text node.
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CAPTION_CLOSE, CAPTION_OPEN, isPlainText } from './plain.ts';
import rehypeEntityLinks, { type EntityLink } from './rehype-entity-links.ts';

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

/** The body's HTML, with `links` wrapped around their places; throws BodyError for anything outside the ingest's subset. */
export function renderBody(body: string, links: readonly EntityLink[] = []): string {
  return toHtml(linkedTree(body, links), { characterReferences: { useNamedReferences: true } });
}

/** The body's tree with `links` wrapped around their places: everything renderBody checks, without writing HTML. */
export function linkedTree(body: string, links: readonly EntityLink[] = []): HastRoot {
  const tree = bodyTree(body);
  rehypeEntityLinks({ links })(tree);
  return tree;
}

/** The body as a hast tree: blocks (<p>, or <figure data-kind="caption"> around one) with a line break between. */
export function bodyTree(body: string): HastRoot {
  return { type: 'root', children: between(plainBlocks(body) ?? treeBlocks(parseBody(body))) };
}

/** The fast path: every block plain text or a plain caption, else undefined. */
export function plainBlocks(body: string): Element[] | undefined {
  // Only line breaks around the blocks: any other white space is left to remark.
  const text = body.replace(/^\n+|\n+$/g, '');
  if (text === '') return [];
  const out: Element[] = [];
  for (const block of text.split('\n\n')) {
    if (isPlainText(block)) {
      out.push(paragraph(block));
    } else if (block.startsWith(CAPTION_OPEN) && block.endsWith(CAPTION_CLOSE)) {
      const inner = block.slice(CAPTION_OPEN.length, -CAPTION_CLOSE.length);
      if (!isPlainText(inner)) return undefined;
      out.push(caption([paragraph(inner)]));
    } else {
      return undefined;
    }
  }
  return out;
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

/** The slow path: the parsed tree, checked node by node. */
export function treeBlocks(tree: Root): Element[] {
  return tree.children.map((node) => toBlock(node));
}

function toBlock(node: RootContent): Element {
  if (node.type === 'paragraph') return toParagraph(node);
  if (node.type === 'mdxJsxFlowElement' && isCaption(node)) {
    return caption(between(node.children.map((c) => (c.type === 'paragraph' ? toParagraph(c) : refuse(c)))));
  }
  return refuse(node);
}

function toParagraph(node: Paragraph): Element {
  let text = '';
  for (const child of node.children) {
    if (child.type !== 'text') return refuse(child);
    text += child.value;
  }
  return paragraph(text);
}

function paragraph(text: string): Element {
  return { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] };
}

function caption(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'figure', properties: { dataKind: 'caption' }, children };
}

/** Nodes with a line break between each two, as the HTML has always been written. */
function between<T extends ElementContent>(nodes: T[]): (T | Text)[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [{ type: 'text', value: '\n' } as Text, node]));
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
