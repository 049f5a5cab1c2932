import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/schema.ts';
import { isPlainText as isPlainBody } from '../../src/lib/mdx/plain.ts';
import {
  serializeBody,
  serializeBodyWithRemark,
  serializeFrontmatter,
  serializeFrontmatterWithYaml,
} from '../../src/lib/ingest/serialize.ts';
import type { Block } from '../../src/lib/ingest/types.ts';
import { HOSTILE, TRICKY, WORDS, pick, random, randomText } from '../fixtures/tricky-text.ts';

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

// ---------------------------------------------------------------------------
// The serializer writes plain paragraphs and ordinary frontmatter itself; the
// result must be what remark and the yaml package write, byte for byte.

/** mulberry32: the same pseudo-random cases on every run. */

describe('serializer fast paths', () => {
  it('write the body exactly as remark writes the whole tree', () => {
    const r = random(5);
    const wrong: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const bs: Block[] = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => ({
        line: i + 1,
        text: randomText(r),
        kind: pick(r, ['body', 'lead', 'caption'] as const),
      }));
      if (serializeBody(bs) !== serializeBodyWithRemark(bs)) wrong.push(JSON.stringify(bs.map((b) => b.text)));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('write text near the edges of the plain path exactly as remark does', () => {
    // Pieces the plain path accepts, and the few that a rule needs escaped where they stand.
    const pieces = [...' !"%\'(),-./0123456789:;?AaIiEeMmPpOoRrTtXxWwSs', 'ư', 'Đ', '“', '”', '…', '–', '\u00a0', '\u3000', '\u2028', '🇻'];
    pieces.push('import', 'export', 'Import', 'EXPORT', 'www', 'w.', 'W.x', 'http:', 'p:/', '1.', '1)', '- ', ': ', '(1)', '!(', 'x@', '#');
    const r = random(11);
    const wrong: string[] = [];
    let plain = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(r() * 10); k > 0; k--) text += pick(r, pieces);
      if (isPlainBody(text)) plain++;
      const bs: Block[] = [{ line: 1, text, kind: r() < 0.3 ? 'caption' : 'body' }];
      if (serializeBody(bs) !== serializeBodyWithRemark(bs)) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(plain).toBeGreaterThan(1000);
  });

  it('take the plain path for running text only', () => {
    expect(isPlainBody('Sáng 28/12, hội nghị (trực tuyến) đạt 100%!')).toBe(true);
    for (const t of ['1. Đoạn', '- Đoạn', 'import x', 'xem www.x.vn', 'http://x.vn', 'a <b>', 'a & b', 'a_b', '# a', 'cuối ']) expect(isPlainBody(t), t).toBe(false);
  });

  it('write the frontmatter exactly as the yaml package does', () => {
    const r = random(9);
    const str = () => randomText(r).replace(/\n/g, ' ');
    const list = <T>(make: () => T, max: number) => Array.from({ length: Math.floor(r() * (max + 1)) }, make);
    const wrong: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const official = () => ({ name: str(), slug: 'x-y', titles: list(str, 3), verified: r() < 0.5 });
      const data = {
        title: str(),
        date: pick(r, ['2020-07-01', str()]),
        dateSource: 'published',
        ...(r() < 0.5 ? { published: '2020-07-01T10:45:00+07:00' } : {}),
        sourceFile: str(),
        ...(r() < 0.5 ? { url: `https://x.vn/${str()}` } : {}),
        ...(r() < 0.5 ? { publisher: str() } : {}),
        authors: list(str, 3),
        ...(r() < 0.7 ? { summary: str() } : {}),
        chairs: list(() => ({ ...official(), role: 'chủ trì', ...(r() < 0.3 ? { bridge: str() } : {}) }), 2),
        officials: list(official, 3),
        directives: list(
          () => ({
            id: 'chi-thi-35',
            code: str(),
            kind: 'Chỉ thị',
            number: pick(r, ['35', '05', '0123', str()]),
            issuer: 'TW',
            ...(r() < 0.5 ? { term: pick(r, ['XII', 'XIII', '2024']) } : {}),
            termSource: 'registry',
            ...(r() < 0.3 ? { issued: '2019-06-14' } : {}),
            verified: r() < 0.5,
            citations: list(() => ({ sentence: str(), form: str(), line: Math.floor(r() * 500) + 1 }), 3),
          }),
          3,
        ),
      } as unknown as ArticleData;
      if (serializeFrontmatter(data) !== serializeFrontmatterWithYaml(data)) wrong.push(JSON.stringify(data));
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('leave unusual values to the yaml package', () => {
    const data = { title: 'a\nb', date: '2020-07-01', dateSource: 'published', sourceFile: 'x\u0007.txt', authors: [], chairs: [], officials: [], directives: [] } as unknown as ArticleData;
    expect(serializeFrontmatter(data)).toBe(serializeFrontmatterWithYaml(data));
    expect(serializeFrontmatter(data)).toMatch(/title: \|-?\n|title: "a\\nb"/);
  });
});
