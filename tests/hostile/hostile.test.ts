/**
 * Hostile and broken input (issue 4): every fixture of
 * tests/fixtures/hostile goes through the pipeline and the command line.
 * The ingest never crashes, each outcome is the expected one, nothing from a
 * source runs when the generated MDX is evaluated, and a batch with bad
 * files still writes every good one.
 */
import { evaluate } from '@mdx-js/mdx';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSource, type IngestResult } from '../../src/lib/ingest/pipeline.ts';
import { splitFrontmatter } from '../../src/lib/mdx/frontmatter.ts';
import { parseArticle } from '../../src/lib/quality/articles.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import { loadCorpus, type Expectation } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const corpus = loadCorpus();
const registries = loadRegistries(join(ROOT, 'content'));
const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-hostile-'));
/** What a canary in a source would write if it ran (relative to the working directory). */
const CANARY_FILE = 'bien-nien-canary-pwned.txt';
const g = globalThis as Record<string, unknown>;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const results = new Map<string, IngestResult>();
function run(e: Expectation): IngestResult {
  let r = results.get(e.file);
  if (!r) {
    r = ingestSource(corpus.bytes(e), e.file, registries);
    results.set(e.file, r);
  }
  return r;
}

/** Strings of a rendered element tree, built with a JSX runtime that records instead of rendering. */
type El = { type: unknown; props: Record<string, unknown> & { children?: unknown } };
async function renderBody(mdx: string): Promise<{ exports: string[]; strings: string[]; elements: El[] }> {
  const body = splitFrontmatter(mdx).body;
  const jsx = (type: unknown, props: El['props']): El => ({ type, props });
  const mod = await evaluate(body, { Fragment: Symbol('Fragment'), jsx, jsxs: jsx } as never);
  const tree = (mod.default as (p: object) => El)({ components: {} });
  const strings: string[] = [];
  const elements: El[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') strings.push(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && 'props' in node) {
      elements.push(node as El);
      visit((node as El).props.children);
    }
  };
  visit(tree);
  return { exports: Object.keys(mod).filter((k) => k !== 'default'), strings, elements };
}

describe('the hostile corpus', () => {
  it('has at least 40 fixtures, each with an expected outcome, and nothing unlisted', () => {
    expect(corpus.expectations.length).toBeGreaterThanOrEqual(40);
    const listed = corpus.expectations.filter((e) => !e.generated).map((e) => e.file).sort();
    expect(listed).toEqual(corpus.committed);
    expect(corpus.expectations.filter((e) => e.generated).map((e) => e.file).sort()).toEqual(corpus.generated);
    for (const e of corpus.expectations) {
      expect(['converts', 'refused', 'either'], e.file).toContain(e.expect);
      expect(e.covers, e.file).toBeTruthy();
      if (e.expect !== 'converts') expect(e.message, `${e.file}: a refusal names its message`).toBeTruthy();
    }
    const dupes = corpus.expectations.map((e) => e.file).filter((f, i, all) => all.indexOf(f) !== i);
    expect(dupes).toEqual([]);
  });

  it('holds the 5 MB text, a binary file and UTF-16 files (built by make.ts)', () => {
    const size = (f: string) => corpus.bytes(corpus.expectations.find((e) => e.file === f)!).length;
    expect(size('gen-5mb.txt')).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect([...corpus.bytes({ file: 'gen-binary-png.txt', generated: true } as Expectation).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect([...corpus.bytes({ file: 'gen-utf16le-bom.txt', generated: true } as Expectation).subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });
});

describe('ingestSource on each hostile fixture', () => {
  beforeAll(() => {
    delete g.__canary;
    rmSync(join(ROOT, CANARY_FILE), { force: true });
  });

  for (const e of corpus.expectations) {
    it(`${e.file}: ${e.expect} (${e.covers})`, async () => {
      const r = run(e);
      if (!r.ok) expect(r.error.message, `${e.file} crashed the ingest`).not.toMatch(/^internal error/);

      const converts = e.expect === 'converts' || (e.expect === 'either' && r.ok);
      if (!converts) {
        expect(r.ok, `${e.file} should be refused, but it converted`).toBe(false);
        if (r.ok) return;
        expect(r.error.message + ' ' + r.error.hint, `${e.file}: the message`).toMatch(new RegExp(e.message!, 'i'));
        if (e.line !== undefined) expect(r.error.line, `${e.file}: the line of the message`).toBe(e.line);
        expect(r.error.hint, `${e.file}: the message says what to do`).toBeTruthy();
        return;
      }
      expect(r.ok ? 'converted' : `refused at line ${r.error.line}: ${r.error.message}`, `${e.file} should convert`).toBe('converted');
      if (!r.ok) return;
      const d = r.data;
      if (e.title !== undefined) expect(d.title, `${e.file}: title`).toBe(e.title);
      if (e.date !== undefined) expect(d.date, `${e.file}: date`).toBe(String(e.date));
      if (e.url !== undefined) expect(d.url, `${e.file}: url`).toBe(e.url);
      if (e.publisher !== undefined) expect(d.publisher, `${e.file}: publisher`).toBe(e.publisher);
      if (e.authors !== undefined) expect(d.authors, `${e.file}: authors`).toEqual(e.authors);
      if (e.note !== undefined) expect(r.notes.join('; '), `${e.file}: notes`).toMatch(new RegExp(e.note, 'i'));
      if (e.directives) {
        const codes = d.directives.map((x) => x.code);
        for (const code of e.directives) expect(codes, `${e.file}: directive ${code}`).toContain(code);
      }
      if (e.officials) {
        const names = [...d.officials, ...d.chairs].map((o) => o.name);
        for (const name of e.officials) expect(names, `${e.file}: official ${name}`).toContain(name);
      }

      // The MDX as committed, read as the site reads it: frontmatter round-trips, the body is literal text only.
      const parsed = parseArticle(r.mdx);
      expect(parsed.problems, `${e.file}: the generated MDX`).toEqual([]);
      expect(parsed.data, `${e.file}: frontmatter round-trip`).toEqual(d);
      for (const s of e.body ?? []) expect(parsed.text, `${e.file}: body shows literally`).toContain(s);
      for (const s of e.notBody ?? []) {
        expect(parsed.text.includes(s), `${e.file}: body must not contain ${JSON.stringify(s)}`).toBe(false);
        expect(r.mdx.includes(s), `${e.file}: the .mdx must not contain ${JSON.stringify(s)}`).toBe(false);
      }

      // Evaluated as MDX, nothing runs: no exports, canaries untouched, no exit.
      const exit = process.exit;
      let exited: unknown = null;
      process.exit = ((code?: number) => {
        exited = code ?? 0;
        throw new Error(`a source called process.exit(${code})`);
      }) as typeof process.exit;
      let rendered;
      try {
        rendered = await renderBody(r.mdx);
      } finally {
        process.exit = exit;
      }
      expect(exited, `${e.file}: process.exit ran`).toBeNull();
      expect(rendered.exports, `${e.file}: exports`).toEqual([]);
      expect(g.__canary, `${e.file}: canary`).toBeUndefined();
      expect(existsSync(join(ROOT, CANARY_FILE)), `${e.file}: canary file`).toBe(false);
      const names = new Set(rendered.elements.map((el) => (typeof el.type === 'string' ? el.type : typeof el.type === 'symbol' ? 'Fragment' : 'component')));
      expect([...names].filter((n) => !['Fragment', 'p', 'figure', 'figcaption'].includes(n)), `${e.file}: elements`).toEqual([]);
      const text = rendered.strings.join('');
      for (const s of e.body ?? []) expect(text, `${e.file}: rendered text`).toContain(s);
    }, 120_000);
  }

  it('left no trace of any canary', async () => {
    // Give a stray promise from a dynamic import a chance to settle.
    await new Promise((done) => setTimeout(done, 50));
    expect(g.__canary).toBeUndefined();
    expect(existsSync(join(ROOT, CANARY_FILE))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the command line on the hostile corpus', () => {
  const src = join(tmp, 'sources');
  const out = join(tmp, 'out');
  const ingest = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: tmp, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    mkdirSync(src, { recursive: true });
    for (const e of corpus.expectations) writeFileSync(join(src, e.file), corpus.bytes(e));
  });

  it('converts the batch: every good file written, every bad one reported as path:line, exit 1', () => {
    const r = ingest(src, '--out', out);
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(r.code).toBe(1);
    const written = new Set(readdirSync(out));
    for (const e of corpus.expectations) {
      const result = run(e);
      const mdxName = e.file.replace(/\.txt$/, '.mdx');
      if (result.ok) {
        expect(written.has(mdxName), `${e.file} converted but was not written`).toBe(true);
        expect(readFileSync(join(out, mdxName), 'utf8'), `${e.file}: CLI output = ingestSource output`).toBe(result.mdx);
      } else {
        expect(written.has(mdxName), `${e.file} failed but was written`).toBe(false);
        const escaped = e.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(r.stderr, `${e.file} reported as path:line: message`).toMatch(new RegExp(`${escaped}:${result.error.line}: `));
      }
    }
    // One line per problem of a refused file, one per warning of a converted one.
    const lines = corpus.expectations.reduce((n, e) => {
      const result = run(e);
      return n + (result.ok ? result.warnings.length : 1 + (result.error.more?.length ?? 0));
    }, 0);
    expect(r.stderr.trim().split('\n').length).toBe(lines);
  }, 300_000);

  it('--explain never crashes on a hostile file', () => {
    const crashes: string[] = [];
    for (const e of corpus.expectations) {
      // Large or slow files: the batch above already ran them through the command line.
      if (['gen-many-lines.txt', 'gen-very-long-line.txt', 'gen-5mb.txt'].includes(e.file)) continue;
      const r = ingest('--explain', join(src, e.file));
      if (r.signal || (r.code !== 0 && r.code !== 1) || /internal error|^\s+at /m.test(r.stderr)) crashes.push(`${e.file}: exit ${r.code ?? r.signal}: ${r.stderr.slice(0, 300)}`);
    }
    expect(crashes).toEqual([]);
  }, 300_000);
});
