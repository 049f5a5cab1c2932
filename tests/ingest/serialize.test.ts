import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { serializeBody } from '../../src/lib/ingest/serialize.ts';
import type { Block } from '../../src/lib/ingest/types.ts';

const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  "import fs from 'node:fs'",
  'export const x = 1',
  'export default function X() {}',
  'IMPORT loud',
  '<Component />',
  'a { b < c > d } e',
  '{/* comment */}',
  '<img src=x onerror="alert(1)">',
  '[link](javascript:alert(1)) and <javascript:alert(1)>',
  '# not a heading',
  '- not a list',
  '1. not a list',
  '> not a quote',
  '    not code',
  '```js',
  '*not* _emphasis_ ~~not struck~~ `not code`',
  '<!-- not a comment -->',
  '---',
  '\\{ backslash',
  '&amp; &#123; entities stay literal',
  'https://evil.example<script>alert(1)</script> www.x.vn<b>{1}</b> ~~x~~',
  'Nghị quyết số 128/NQ-CP, ngày 11-10-2021 của Chính phủ',
];

function blocks(texts: string[]): Block[] {
  return texts.map((text, i) => ({ line: i + 1, text, kind: i % 5 === 1 ? 'caption' : 'body' }));
}

/** Text of each top-level block after parsing the MDX back. */
function parseBack(mdx: string): { types: string[]; texts: string[] } {
  // GFM turns URL-like text into links after parsing, whatever the escapes;
  // that is harmless for http(s) and mailto, so links count as text here.
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
  const types: string[] = [];
  const texts: string[] = [];
  const textOf = (node: { type: string; value?: string; children?: unknown[] }): string => {
    if (node.type === 'link') {
      const url = (node as { url?: string }).url ?? '';
      if (!/^(https?|mailto):/.test(url)) types.push(`link to ${url}`);
    } else types.push(node.type);
    if (typeof node.value === 'string') return node.value;
    return (node.children ?? []).map((c) => textOf(c as never)).join('');
  };
  for (const child of tree.children) texts.push(textOf(child as never));
  return { types, texts };
}

describe('serializeBody', () => {
  it('round-trips hostile text as literal text, with no code nodes', () => {
    const mdx = serializeBody(blocks(HOSTILE));
    const { types, texts } = parseBack(mdx);
    expect(texts).toEqual(HOSTILE);
    const allowed = new Set(['paragraph', 'text', 'mdxJsxFlowElement']);
    expect(types.filter((t) => !allowed.has(t))).toEqual([]);

  });

  it('runs as MDX without executing anything from the source', async () => {
    const canary = '{globalThis.__bienNienCanary = 1}';
    const texts = [...HOSTILE, canary, 'export const y = (globalThis.__bienNienCanary = 2)'];
    const mdx = serializeBody(blocks(texts));
    // A minimal JSX runtime that records the element tree instead of rendering.
    type El = { type: unknown; props: { children?: unknown } };
    const jsx = (type: unknown, props: El['props']): El => ({ type, props });
    const mod = await evaluate(mdx, { Fragment: Symbol('Fragment'), jsx, jsxs: jsx } as never);
    expect(Object.keys(mod).filter((k) => k !== 'default')).toEqual([]);
    const tree = (mod.default as (p: object) => El)({});
    const strings: string[] = [];
    const visit = (node: unknown): void => {
      if (typeof node === 'string') {
        if (node.trim()) strings.push(node);
      } else if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object' && 'props' in node) visit((node as El).props.children);
    };
    visit(tree);
    expect(strings).toEqual(texts);
    expect((globalThis as Record<string, unknown>).__bienNienCanary).toBeUndefined();
  });

  it('sets captions apart in a figure and is deterministic', () => {
    const b: Block[] = [
      { line: 1, text: 'Đoạn một.', kind: 'lead' },
      { line: 2, text: 'Toàn cảnh Hội nghị.', kind: 'caption' },
    ];
    const a = serializeBody(b);
    expect(a).toBe('Đoạn một.\n\n<figure data-kind="caption">\n  Toàn cảnh Hội nghị.\n</figure>\n');
    expect(serializeBody(b)).toBe(a);
  });
});
