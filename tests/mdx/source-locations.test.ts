/** The remark plugin that tells <VanBan>, <CanBo> and <Bai> where they were written. */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSourceLocations } from '../../src/lib/mdx/source-locations.ts';

function locations(mdx: string): Record<string, string | undefined> {
  const file = { path: '/repo/content/notes/van-ban/x.mdx', value: mdx };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSourceLocations, { root: '/repo' });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const out: Record<string, string | undefined> = {};
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const el = n as MdxJsxFlowElement | MdxJsxTextElement;
      const at = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'at');
      out[`${el.name}:${el.position?.start.line}`] = at?.value as string | undefined;
    }
    for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
}

describe('remarkSourceLocations', () => {
  it('adds file:line, relative to the root, to each entity component, inline or as a block', () => {
    const mdx = ['Dòng một.', '', 'Xem <VanBan code="75-KL/TW" /> và', '<CanBo ten="Trương Thị Mai" />.', '', '<Bai slug="a" />', ''].join('\n');
    expect(locations(mdx)).toEqual({
      'VanBan:3': 'content/notes/van-ban/x.mdx:3',
      'CanBo:4': 'content/notes/van-ban/x.mdx:4',
      'Bai:6': 'content/notes/van-ban/x.mdx:6',
    });
  });

  it('leaves other elements alone', () => {
    expect(locations('<Khac ten="x" /> <abbr title="y">z</abbr>\n')).toEqual({ 'Khac:1': undefined, 'abbr:1': undefined });
  });
});
