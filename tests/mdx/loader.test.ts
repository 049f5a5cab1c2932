import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/mdx/frontmatter.ts';
import { articleLoader } from '../../src/lib/mdx/loader.ts';
import { renderBody } from '../../src/lib/mdx/render.ts';
import { articleBodyHtml, type StoredArticle } from '../../src/lib/site/article-body.ts';
import { articleSchema } from '../../src/lib/schema.ts';

const ARTICLES = join(import.meta.dirname, '../../content/articles');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  rendered?: unknown;
}

/** The parts of Astro's loader context the loader uses, with the real schema. */
function fakeContext(root: string, base = '/') {
  const entries = new Map<string, Entry>();
  const sets: string[] = [];
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`), base },
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Entry) => {
        sets.push(e.id);
        entries.set(e.id, e);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => articleSchema.parse(data),
    generateDigest: (s: string) => createHash('sha1').update(s).digest('hex'),
    logger: { info() {}, error() {}, warn() {} },
  };
  return { context: context as unknown as LoaderContext, entries, sets };
}

function workspace(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'bien-nien-loader-'));
  dirs.push(root);
  const dir = join(root, 'articles');
  mkdirSync(dir);
  return { root, dir };
}

const real = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx')).sort();

describe('articleLoader', () => {
  it('stores each article with its validated data and where its file is, not its body', async () => {
    const { root, dir } = workspace();
    for (const f of real.slice(0, 3)) copyFileSync(join(ARTICLES, f), join(dir, f));
    const { context, entries } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    expect([...entries.keys()]).toEqual(real.slice(0, 3).map((f) => f.replace(/\.mdx$/, '')));
    const first = entries.get(real[0]!.replace(/\.mdx$/, ''))!;
    expect(first.data.title).toBe('Kết quả công tác nổi bật trong tuần từ ngày 22 đến ngày 28-6-2020 của Ban Tổ chức Trung ương');
    expect(first.filePath).toBe(`articles/${real[0]}`);
    expect(first.rendered).toBeUndefined();
    expect(JSON.stringify(first)).not.toContain('<p>');
    // The page renders the body from that file.
    const html = articleBodyHtml(first as unknown as StoredArticle, '/', root);
    expect(html).toMatch(/^<p>/);
    expect(html).toContain('<figure data-kind="caption">');
  });

  it('reports every bad file with its line, and still stores the good ones', async () => {
    const { root, dir } = workspace();
    copyFileSync(join(ARTICLES, real[0]!), join(dir, real[0]!));
    const good = readFileSync(join(ARTICLES, real[1]!), 'utf8');
    const close = good.indexOf('\n---\n', 4) + 5;
    const bodyLine = good.slice(0, close).split('\n').length;
    // An import on the fourth line of the body, and a file whose frontmatter lacks its title.
    writeFileSync(join(dir, 'z-import.mdx'), `${good.slice(0, close)}\nĐoạn một.\n\nimport fs from 'node:fs'\n`);
    writeFileSync(join(dir, 'z-no-title.mdx'), good.replace(/^title: .*\n/m, ''));
    const { context, entries } = fakeContext(root);
    const error = await articleLoader({ base: 'articles' })
      .load(context)
      .then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^2 of 3 articles cannot be shown:/);
    expect(error?.message).toContain(`articles/z-import.mdx:${bodyLine + 3}: an import or export`);
    expect(error?.message).toContain('articles/z-no-title.mdx: field "title" expected string, received undefined');
    expect(error?.message).toMatch(/npm run ingest/);
    expect([...entries.keys()]).toEqual([real[0]!.replace(/\.mdx$/, '')]);
  });

  it('reports an article in a sub-folder, which the site would not show, and says where its source belongs', async () => {
    const { root, dir } = workspace();
    copyFileSync(join(ARTICLES, real[0]!), join(dir, real[0]!));
    mkdirSync(join(dir, '2024', 'q1'), { recursive: true });
    copyFileSync(join(ARTICLES, real[1]!), join(dir, '2024', 'q1', 'x.mdx'));
    writeFileSync(join(dir, '2024', 'notes.txt'), 'not an article');
    const { context, entries } = fakeContext(root);
    const error = await articleLoader({ base: 'articles' })
      .load(context)
      .then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^1 of 2 articles cannot be shown:\narticles\/2024\/q1\/x\.mdx: in a sub-folder, .*move its source to the top level of content\/sources\//);
    expect(error?.message).not.toContain('notes.txt');
    expect([...entries.keys()]).toEqual([real[0]!.replace(/\.mdx$/, '')]);
  });

  it('links the citations and names the frontmatter places, under the base path', async () => {
    const { root, dir } = workspace();
    copyFileSync(join(ARTICLES, real[0]!), join(dir, real[0]!));
    const { context, entries } = fakeContext(root, '/sub/');
    await articleLoader({ base: 'articles' }).load(context);
    const html = articleBodyHtml(entries.get(real[0]!.replace(/\.mdx$/, '')) as unknown as StoredArticle, '/sub/', root);
    expect(html).toContain('<a href="/sub/van-ban/ket-luan-75-kl-tw-khoa-xii/" title="Kết luận 75-KL/TW (khóa XII)');
    expect(html).toMatch(/<a href="\/sub\/can-bo\/mai-van-chinh\/">Mai Văn Chính<\/a>/);
    // The text is the same with the links as without.
    expect(html.replace(/<a [^>]*>|<\/a>/g, '')).toBe(renderBody(splitFrontmatter(readFileSync(join(dir, real[0]!), 'utf8')).body));
  });

  it('names the file and line when the file changed after it was stored', async () => {
    const { root, dir } = workspace();
    copyFileSync(join(ARTICLES, real[0]!), join(dir, real[0]!));
    const { context, entries } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    const text = readFileSync(join(dir, real[0]!), 'utf8');
    const close = text.indexOf('\n---\n', 4) + 5;
    writeFileSync(join(dir, real[0]!), `${text.slice(0, close)}\nĐoạn một.\n\n<script>alert(1)</script>\n`);
    const entry = entries.get(real[0]!.replace(/\.mdx$/, '')) as unknown as StoredArticle;
    const bodyLine = text.slice(0, close).split('\n').length;
    expect(() => articleBodyHtml(entry, '/', root)).toThrow(`articles/${real[0]}:${bodyLine + 3}: an element`);
  });

  it('names the file whose frontmatter places a link past the end of its body', async () => {
    const { root, dir } = workspace();
    const text = readFileSync(join(ARTICLES, real[0]!), 'utf8');
    writeFileSync(join(dir, 'short.mdx'), `${text.slice(0, text.indexOf('\n---\n', 4) + 5)}\nĐoạn một.\n`);
    const { context } = fakeContext(root);
    const error = await articleLoader({ base: 'articles' })
      .load(context)
      .then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/articles\/short\.mdx: the link to \/van-ban\/[^ ]+ at \[\d+, \d+, \d+\] is past the end of the body/);
  });

  it('says to run the ingest when the articles directory is missing', async () => {
    const { root } = workspace();
    const { context } = fakeContext(root);
    const error = await articleLoader({ base: 'nowhere' })
      .load(context)
      .then(() => undefined, (e: Error) => e);
    expect(error?.message).toBe('nowhere: no such directory. Run "npm run ingest" to write the articles.');
  });

  it('does not read an unchanged file again, and forgets a removed one', async () => {
    const { root, dir } = workspace();
    for (const f of real.slice(0, 2)) copyFileSync(join(ARTICLES, f), join(dir, f));
    const { context, entries, sets } = fakeContext(root);
    await articleLoader({ base: 'articles' }).load(context);
    expect(sets.length).toBe(2);
    rmSync(join(dir, real[1]!));
    await articleLoader({ base: 'articles' }).load(context);
    expect(sets.length).toBe(2);
    expect([...entries.keys()]).toEqual([real[0]!.replace(/\.mdx$/, '')]);
  });
});
