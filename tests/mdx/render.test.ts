import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeBody } from '../../src/lib/ingest/serialize.ts';
import type { Block } from '../../src/lib/ingest/types.ts';
import { paragraphsOf } from '../../src/lib/mdx/article.ts';
import { splitFrontmatter } from '../../src/lib/mdx/frontmatter.ts';
import { BodyError, parseBody, plainBlocks, renderBody, treeBlocks } from '../../src/lib/mdx/render.ts';
import { HOSTILE, TRICKY, pick, random, randomText } from '../fixtures/tricky-text.ts';

const ARTICLES = join(import.meta.dirname, '../../content/articles');

/** The text a browser shows for our HTML. */
const shownText = paragraphsOf;

function bodyOf(blocks: Block[]): string {
  return serializeBody(blocks);
}

describe('renderBody: what the ingest writes becomes HTML showing the same text', () => {
  it('renders every committed article, the same on both paths', () => {
    const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(10);
    let fast = 0;
    for (const f of files) {
      const { body } = splitFrontmatter(readFileSync(join(ARTICLES, f), 'utf8'));
      const quick = plainBlocks(body);
      if (quick !== undefined) {
        expect(quick, f).toEqual(treeBlocks(parseBody(body)));
        fast++;
      }
    }
    // Real articles are running text: most take the fast path.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it('shows the seed 000 caption as a figure, and its text as written', () => {
    const { body } = splitFrontmatter(readFileSync(join(ARTICLES, readdirSync(ARTICLES).find((f) => f.startsWith('000-'))!), 'utf8'));
    const html = renderBody(body);
    expect(html).toMatch(/^<p>/);
    expect(html).toContain('<figure data-kind="caption"><p>Đồng chí Mai Văn Chính');
    expect(html).not.toContain('\\');
  });

  it('round-trips hostile and tricky text: ingest text → MDX → HTML → the same text, nothing else', () => {
    const texts = [...HOSTILE, ...TRICKY].filter((text) => text.trim() !== '' && text === text.trim()); // the ingest trims block text
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) {
      for (const kind of ['body', 'caption'] as const) {
        const html = renderBody(bodyOf([{ line: 1, text, kind }]));
        expect(shownText(html), text).toEqual([text]);
        expect(html).not.toMatch(/<(?!\/?(?:p|figure)\b)/);
        if (kind === 'caption') expect(html).toMatch(/^<figure data-kind="caption"><p>.*<\/p><\/figure>$/s);
      }
    }
  });

  it('gives the same HTML on the fast and the slow path for 3,000 random bodies', () => {
    const r = random(23);
    const wrong: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const blocks: Block[] = [];
      for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
        const text = randomText(r).replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ line: k, text, kind: r() < 0.3 ? 'caption' : 'body' });
      }
      if (!blocks.length) continue;
      const body = bodyOf(blocks);
      const html = renderBody(body);
      const quick = plainBlocks(body);
      if (quick !== undefined && !isDeepStrictEqual(quick, treeBlocks(parseBody(body)))) wrong.push(JSON.stringify(body));
      expect(shownText(html)).toEqual(blocks.map((b) => b.text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('reads plain text back exactly as remark does, near the edges of the plain rule', () => {
    const pieces = [...' !"%\'(),-./0123456789:;?AaIiEeMmPpOoRrTtXxWwSs', 'ư', 'Đ', '“', '…', '\u3000', 'import', 'export', 'www', 'w.', 'http:', 'p:/', '1.', '- ', ': ', '#'];
    const r = random(5);
    const wrong: string[] = [];
    let plain = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(r() * 10); k > 0; k--) text += pick(r, pieces);
      const fast = plainBlocks(text);
      if (fast === undefined) continue;
      plain++;
      if (!isDeepStrictEqual(fast, treeBlocks(parseBody(text)))) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The comparison above means something only if the fast path took many of them.
    expect(plain).toBeGreaterThan(300);
  });

  it('renders an empty body as nothing', () => {
    expect(renderBody('')).toBe('');
    expect(renderBody('\n')).toBe('');
  });
});

describe('renderBody refuses what the ingest never writes, naming the line', () => {
  const cases: [string, number, RegExp][] = [
    ["Đoạn một.\n\nimport fs from 'node:fs'\n", 3, /an import or export/],
    ['Đoạn một.\n\nexport const x = 1\n', 3, /an import or export/],
    ['{process.exit(1)}\n', 1, /expression/],
    ['Đoạn {1 + 1} giữa.\n', 1, /expression/],
    ['Đoạn một.\n\nĐoạn hai.\n\n<script>alert(1)</script>\n', 5, /an element/],
    ['<div>\n  Khối\n</div>\n', 1, /element other than/],
    ['<figure data-kind="caption" onClick={x}>\n  Chú thích\n</figure>\n', 1, /element other than/],
    ['<figure data-kind="other">\n  Chú thích\n</figure>\n', 1, /element other than/],
    ['Chữ <b>đậm</b> đây.\n', 1, /element inside text/],
    ['**đậm**\n', 1, /Markdown the ingest never writes \(strong\)/],
    ['# Tiêu đề\n', 1, /heading/],
    ['- một\n- hai\n', 1, /list/],
    ['[liên kết](javascript:alert(1))\n', 1, /link/],
    ['<figure data-kind="caption">\n  Chú thích\n\n  - danh sách\n</figure>\n', 4, /list/],
  ];
  for (const [body, line, reason] of cases) {
    it(JSON.stringify(body.slice(0, 40)), () => {
      let error: unknown;
      try {
        renderBody(body);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BodyError);
      expect((error as BodyError).line).toBe(line);
      expect((error as BodyError).reason).toMatch(reason);
    });
  }

  it('reports MDX that does not parse with its line', () => {
    let error: unknown;
    try {
      renderBody('Đoạn một.\n\nĐoạn <hai\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BodyError);
    expect((error as BodyError).line).toBe(3);
    expect((error as BodyError).reason).toMatch(/not valid MDX/);
  });
});
