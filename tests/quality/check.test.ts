import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/ingest/types.ts';
import { serializeArticle } from '../../src/lib/ingest/serialize.ts';
import { parseArticle } from '../../src/lib/quality/articles.ts';
import type { ArticleData } from '../../src/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BODY = Array.from({ length: 60 }, (_, i) => `Câu thứ ${i} về công tác tổ chức xây dựng Đảng năm 2024 tại tỉnh ${i % 7}.`).join(' ');

function data(over: Partial<ArticleData> = {}): ArticleData {
  return {
    title: 'Hội nghị tổng kết công tác tổ chức xây dựng Đảng',
    date: '2024-01-05',
    dateSource: 'published',
    sourceFile: 'a.txt',
    authors: [],
    chairs: [],
    officials: [],
    directives: [],
    ...over,
  };
}

/**
 * Quote the date fields as Astro needs them (js-yaml reads an unquoted
 * 2024-01-05 as a Date). A no-op once the serializer quotes them itself;
 * the serializer's own output is tested in 'reads the same in Astro' below.
 */
// The serializer already quotes dates (YAML 1.1 style); this is kept as a no-op guard for older output.
const astroSafe = (mdx: string) => mdx.replace(/^(\s*(?:date|published|eventDate|issued)): (\d[^\n]*)$/gm, '$1: "$2"');

const blocks = (text: string): Block[] => [
  { line: 4, text, kind: 'lead' },
  { line: 5, text: 'Toàn cảnh hội nghị.', kind: 'caption' },
];

describe('parseArticle', () => {
  it('accepts what the serializer writes, with hostile text kept literal', () => {
    const hostile = `${BODY} {process.exit(1)} <script>alert(1)</script>`;
    const parsed = parseArticle(astroSafe(serializeArticle(data(), [...blocks(hostile), { line: 9, text: "import fs from 'node:fs'", kind: 'body' }])));
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.title).toBe('Hội nghị tổng kết công tác tổ chức xây dựng Đảng');
    expect(parsed.text.split('\n')).toEqual([hostile, 'Toàn cảnh hội nghị.', "import fs from 'node:fs'"]);
  });

  it('names the field of a bad frontmatter and the line of code in a body', () => {
    const good = astroSafe(serializeArticle(data(), blocks(BODY)));
    const badDate = good.replace('date: "2024-01-05"', 'date: 05/01/2024');
    const dateProblem = parseArticle(badDate).problems[0]!;
    expect([dateProblem.line, dateProblem.message]).toEqual([3, expect.stringMatching(/field "date"/)]);
    const extraKey = good.replace('title:', 'layout: evil\ntitle:');
    expect(parseArticle(extraKey).problems[0]!.message).toMatch(/unknown key.*layout/);
    for (const [code, what] of [
      ['export const x = 1', /import or export/],
      ['{globalThis.x = 1}', /expression/],
      ['<Bad />', /element other than/],
      ['<figure onclick="x()">a</figure>', /an element/],
      ['[x](javascript:alert(1))', /never writes \(link\)/],
      // Markdown the site's loader refuses: the check refuses it too.
      ['[x](https://x.vn)', /never writes \(link\)/],
      ['# Tiêu đề', /never writes \(heading\)/],
      ['- một\n- hai', /never writes \(list\)/],
      ['**đậm**', /never writes \(strong\)/],
    ] as const) {
      const problems = parseArticle(`${good}\n${code}\n`).problems;
      expect(problems.map((p) => p.message).join('; '), code).toMatch(what);
    }
    expect(parseArticle('no frontmatter').problems[0]!.message).toMatch(/frontmatter/);
    expect(parseArticle(`${good}\n<div>\n`).problems[0]!.message).toMatch(/not valid MDX/);
  });

  it('reports a frontmatter that the site would read differently (YAML 1.1 dates)', () => {
    const unquoted = astroSafe(serializeArticle(data(), blocks(BODY))).replace('date: "2024-01-05"', 'date: 2024-01-05');
    expect(parseArticle(unquoted).problems.map((p) => [p.line, p.message, p.cause])).toEqual([[3, expect.stringMatching(/as the site reads it.*"date".*Date/), 'ingest']]);
  });

  it('the serializer writes a frontmatter that reads the same on the site', () => {
    const mdx = serializeArticle(data({ published: '2024-01-05T10:45:00+07:00', eventDate: '2024-01-04' }), blocks(BODY));
    expect(parseArticle(mdx).problems.map((p) => p.message)).toEqual([]);
  });
});

function check(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/bien-nien/' } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run check (without astro and ingest)', () => {
  const articles = join(tmp, 'articles');
  const dist = join(tmp, 'dist');
  mkdirSync(articles, { recursive: true });
  writeFileSync(join(articles, 'a.mdx'), astroSafe(serializeArticle(data({ url: 'https://xaydungdang.org.vn/a.html' }), blocks(BODY))));
  writeFileSync(join(articles, 'b.mdx'), astroSafe(serializeArticle(data({ sourceFile: 'b.txt', title: 'Khác' }), blocks(`Khác hẳn: ${BODY.split(' ').reverse().join(' ')}`))));

  it('passes clean articles and notes that dist/ is missing', () => {
    const r = check('--skip', 'astro,ingest', '--articles', articles, '--dist', join(tmp, 'no-dist'));
    expect(r.out).toMatch(/links\s+skipped.*npm run build/);
    expect(r.code).toBe(0);
  });

  it('lists articles whose year was inferred, with the words it came from, for a reviewer', () => {
    const dir = join(tmp, 'inferred');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'c.mdx'),
      astroSafe(serializeArticle(data({ sourceFile: 'c.txt', date: '2019-12-20', dateSource: 'inferred', dateEvidence: 'tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020' }), blocks(BODY))),
    );
    const r = check('--only', 'schema', '--articles', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('? ');
    expect(r.out).toMatch(/c\.mdx: dated 2019-12-20, the year inferred from "tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020".*content\/sources\/c\.txt/);
    expect(r.out).toMatch(/schema\s+ok \(1 article\(s\), 1 with an inferred year to review\)/);
  });

  it('fails on a schema error, a duplicate and a broken link, saying what to do', () => {
    const bad = join(tmp, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'a.mdx'), astroSafe(serializeArticle(data({ url: 'https://xaydungdang.org.vn/a.html' }), blocks(BODY))));
    writeFileSync(join(bad, 'copy.mdx'), astroSafe(serializeArticle(data({ sourceFile: 'copy.txt', url: 'https://baocantho.vn/b.html' }), blocks(`(CT) - ${BODY}`))));
    writeFileSync(join(bad, 'broken.mdx'), astroSafe(serializeArticle(data({ sourceFile: 'broken.txt' }), blocks('Khác'))).replace('date: "2024-01-05"', 'date: hôm qua'));
    mkdirSync(join(dist, 'bai-viet'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<a href="/bien-nien/bai-viet/">ok</a><a href="/bien-nien/mat-tich/">broken</a>');
    writeFileSync(join(dist, 'bai-viet/index.html'), '<a href="/bien-nien/">home</a>');
    const r = check('--skip', 'astro,ingest', '--articles', bad, '--dist', dist);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.mdx:\d+: field "date".*npm run ingest/);
    expect(r.out).toMatch(/a\.txt and copy\.txt have nearly the same text.*republishes: a\.txt/);
    expect(r.out).toMatch(/index\.html: <a href="\/bien-nien\/mat-tich\/">: no such page/);
    expect(r.out).not.toMatch(/bai-viet\/index\.html:/);
    expect(r.out).toMatch(/3 gate\(s\) failed: schema, duplicates, links/);
  });

  it('refuses an unknown gate name', () => {
    expect(check('--skip', 'astr').code).toBe(2);
  });
});
