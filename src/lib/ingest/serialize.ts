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
import { stringify as stringifyYaml } from 'yaml';
import type { ArticleData } from '../schema.ts';
import type { Block } from './types.ts';

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

export function serializeBody(blocks: readonly Block[]): string {
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

export function serializeFrontmatter(data: ArticleData): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  // YAML 1.1 rules quote every string a 1.1 reader (Astro uses js-yaml) would
  // turn into something else: dates, yes/no, numbers with leading zeros.
  return stringifyYaml(ordered, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}

export function serializeArticle(data: ArticleData, blocks: readonly Block[]): string {
  return `---\n${serializeFrontmatter(data)}---\n\n${serializeBody(blocks)}`;
}
