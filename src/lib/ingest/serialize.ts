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
import type { ArticleData } from '../schema.ts';
import { writeFrontmatterYaml, writeYamlWithLibrary } from '../yaml.ts';
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
  'dateEvidence',
  'sourceFile',
  'url',
  'publisher',
  'republishes',
  'authors',
  'summary',
  'corrected',
  'chairs',
  'officials',
  'directives',
];

/** The frontmatter by the yaml package alone: what serializeFrontmatter must equal. */
export function serializeFrontmatterWithYaml(data: ArticleData): string {
  return writeYamlWithLibrary(inOrder(data));
}

function inOrder(data: ArticleData): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  return ordered;
}

export function serializeFrontmatter(data: ArticleData): string {
  return writeFrontmatterYaml(inOrder(data));
}

export function serializeArticle(data: ArticleData, blocks: readonly Block[]): string {
  return `---\n${serializeFrontmatter(data)}---\n\n${serializeBody(blocks)}`;
}
