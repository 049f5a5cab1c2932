/**
 * A remark plugin for the hand-written MDX (the about page, editorial notes):
 * every <VanBan>, <CanBo> and <Bai> gets an `at="file:line"` attribute, so the
 * component that cannot find its document, person or article fails the build
 * naming the place to fix. Components cannot know where they were written;
 * the syntax tree can.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

/** Components that name an archive entity. */
export const ENTITY_COMPONENTS = ['VanBan', 'CanBo', 'Bai'] as const;

type Node = Root | Root['children'][number];

function isEntityElement(node: Node): node is MdxJsxFlowElement | MdxJsxTextElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (ENTITY_COMPONENTS as readonly string[]).includes(node.name ?? '')
  );
}

export function remarkSourceLocations(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return (tree: Root, file: VFile): void => {
    const path = file.path ? relative(root, file.path) : '(unnamed MDX)';
    const walk = (node: Node): void => {
      if (isEntityElement(node) && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'at')) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'at', value: `${path}:${node.position?.start.line ?? 1}` });
      }
      if ('children' in node) for (const child of node.children) walk(child as Node);
    };
    walk(tree);
  };
}
