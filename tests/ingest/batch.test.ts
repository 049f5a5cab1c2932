/**
 * The batch and its cache: a re-run with nothing changed converts nothing
 * and reads no output, yet any change to a source or an output is seen, and
 * --check always compares real file contents.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBatch, type FileOutcome } from '../../src/lib/ingest/run/batch.ts';
import { fileCache } from '../../src/lib/ingest/run/cache.ts';
import { sha256 } from '../../src/lib/ingest/run/files.ts';
import { collectSources } from '../../src/lib/ingest/run/sources.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { loadRegistries, RegistryError } from '../../src/lib/registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const registries = loadRegistries(join(ROOT, 'content'));
const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SEEDS = join(ROOT, 'content/sources');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().slice(0, 3);
const BAD = 'no-year.txt';

function workspace(name: string) {
  const src = join(tmp, name, 'src');
  const out = join(tmp, name, 'out');
  for (const f of seeds) cpSync(join(SEEDS, f), join(src, f));
  writeFileSync(join(src, BAD), 'Hội nghị giao ban\nSáng 22-9, Ủy ban Kiểm tra tổ chức hội nghị giao ban công tác kiểm tra.\n');
  return { src, out, cacheFile: join(tmp, name, 'cache.json') };
}

const notLoaded = () => {
  throw new Error('the registries were loaded: something was converted');
};

async function run(w: ReturnType<typeof workspace>, opts: { check?: boolean; mustNotConvert?: boolean; salt?: string } = {}) {
  const cache = fileCache(w.cacheFile, opts.salt ?? 'salt');
  const outcomes = await ingestBatch(collectSources([w.src]), {
    outDir: w.out,
    check: opts.check ?? false,
    cache,
    registries: opts.mustNotConvert ? notLoaded : () => registries,
    threads: 1,
  });
  if (!opts.check) cache.save();
  return outcomes;
}

const states = (o: FileOutcome[]) => Object.fromEntries(o.map((x) => [x.entry.rel, x.result.ok ? x.result.state : 'failed']));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ingest cache', () => {
  it('writes every output once, then converts nothing and rewrites nothing', async () => {
    const w = workspace('rerun');
    const first = await run(w);
    for (const f of seeds) {
      expect(states(first)[f]).toBe('written');
      expect(readFileSync(join(w.out, f.replace(/\.txt$/, '.mdx')), 'utf8')).toBe((ingestSource(readFileSync(join(SEEDS, f)), f, registries) as { mdx: string }).mdx);
    }
    expect(states(first)[BAD]).toBe('failed');
    await sleep(80); // out of the racy window, so the stats are kept
    await run(w); // reads the just-written outputs once
    const mtimes = readdirSync(w.out).map((f) => statSync(join(w.out, f)).mtimeMs);
    const again = await run(w, { mustNotConvert: true });
    expect(new Set(Object.values(states(again)))).toEqual(new Set(['same', 'failed']));
    expect(again.every((o) => o.cached)).toBe(true);
    expect(readdirSync(w.out).map((f) => statSync(join(w.out, f)).mtimeMs)).toEqual(mtimes);
  });

  it('stores digests and the error of a failed source, not the MDX', async () => {
    const w = workspace('format');
    await run(w);
    const text = readFileSync(w.cacheFile, 'utf8');
    expect(text).not.toMatch(/title:/);
    const cached = JSON.parse(text) as { entries: Record<string, { ok: boolean; sha?: string; error?: { line: number; message: string } }> };
    const values = Object.values(cached.entries);
    expect(values.filter((v) => v.ok)).toHaveLength(seeds.length);
    const mdx = readFileSync(join(w.out, seeds[0]!.replace(/\.txt$/, '.mdx')));
    expect(values.map((v) => v.sha)).toContain(sha256(mdx));
    const failed = values.find((v) => !v.ok)!;
    expect(failed.error!.message).toMatch(/no year/);
    // The failure comes back from the cache, with the same line and message.
    const again = await run(w, { mustNotConvert: true });
    const bad = again.find((o) => o.entry.rel === BAD)!;
    expect(bad.cached).toBe(true);
    expect(bad.result).toEqual({ ok: false, error: failed.error });
  });

  it('converts a changed source again, and only that one', async () => {
    const w = workspace('edit-source');
    await run(w);
    const victim = join(w.src, seeds[1]!);
    writeFileSync(victim, `${readFileSync(victim, 'utf8')}\nHội nghị cũng đã biểu quyết thông qua nghị quyết về công tác cán bộ.\n`);
    const again = await run(w);
    expect(again.filter((o) => !o.cached).map((o) => o.entry.rel)).toEqual([seeds[1]]);
  });

  it('sees a source edited in place with the same size and the old mtime', async () => {
    const w = workspace('edit-source-stat');
    const victim = join(w.src, seeds[0]!);
    const stamp = 1_700_000_000;
    utimesSync(victim, stamp, stamp);
    await run(w);
    await sleep(80); // out of the racy window, so the source's stat is kept
    await run(w);
    const recorded = JSON.parse(readFileSync(w.cacheFile, 'utf8')) as { sources: Record<string, { key: string; stat: string }> };
    expect(recorded.sources[victim]?.stat).toMatch(/^\d+:1700000000000000000:\d+:\d+$/);
    // Same size, same mtime: only the ctime tells, and it is enough.
    const text = readFileSync(victim, 'utf8');
    const edited = text.replace('Hội nghị', 'Hội Nghị');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(victim, edited);
    utimesSync(victim, stamp, stamp);
    const again = await run(w);
    expect(again.filter((o) => !o.cached).map((o) => o.entry.rel)).toEqual([seeds[0]]);
  });

  it('restores an output edited by hand, even with the same size and the old mtime', async () => {
    const w = workspace('edit-output');
    await run(w);
    const target = join(w.out, seeds[0]!.replace(/\.txt$/, '.mdx'));
    // A whole-second mtime, so that it can be put back exactly after the edit.
    const stamp = 1_700_000_000;
    utimesSync(target, stamp, stamp);
    await run(w); // reads the file once and records its stat
    const good = readFileSync(target, 'utf8');
    const edited = good.replace('a', 'b');
    expect(edited.length).toBe(good.length);
    writeFileSync(target, edited);
    utimesSync(target, stamp, stamp);
    expect(statSync(target).mtimeMs).toBe(stamp * 1000);
    // --check reads contents: it sees the edit without converting anything.
    const checked = await run(w, { check: true, mustNotConvert: true });
    expect(states(checked)[seeds[0]!]).toBe('differs');
    expect(readFileSync(target, 'utf8')).toBe(edited);
    const again = await run(w);
    expect(states(again)[seeds[0]!]).toBe('written');
    expect(readFileSync(target, 'utf8')).toBe(good);
  });

  it('writes a deleted output again; --check calls it missing', async () => {
    const w = workspace('delete-output');
    await run(w);
    const target = join(w.out, seeds[2]!.replace(/\.txt$/, '.mdx'));
    const good = readFileSync(target, 'utf8');
    rmSync(target);
    expect(states(await run(w, { check: true, mustNotConvert: true }))[seeds[2]!]).toBe('missing');
    expect(states(await run(w))[seeds[2]!]).toBe('written');
    expect(readFileSync(target, 'utf8')).toBe(good);
  });

  it('converts everything again when the code or the registries change (the salt)', async () => {
    const w = workspace('salt');
    await run(w);
    const again = await run(w, { salt: 'other code' });
    expect(again.filter((o) => o.cached)).toEqual([]);
    // Same output: nothing is rewritten.
    expect(new Set(Object.values(states(again)))).toEqual(new Set(['same', 'failed']));
  });

  it('an unreadable cache is an empty one', async () => {
    const w = workspace('corrupt');
    writeFileSync(w.cacheFile, '{"version": 2, "salt": "salt", "entries": ');
    const first = await run(w);
    expect(first.filter((o) => o.cached)).toEqual([]);
    expect(JSON.parse(readFileSync(w.cacheFile, 'utf8')).version).toBe(3);
  });

  it('gives the same outputs and failures through worker threads, in order', async () => {
    // Enough sources to start the workers: copies of the seeds under other names, and two bad files.
    const src = join(tmp, 'threads', 'src');
    const out = join(tmp, 'threads', 'out');
    const all = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    for (let k = 0; k < 220; k++) cpSync(join(SEEDS, all[k % all.length]!), join(src, `${String(k).padStart(3, '0')}.txt`));
    writeFileSync(join(src, '050.txt'), '');
    writeFileSync(join(src, '150.txt'), 'Hội nghị giao ban\nSáng 22-9, Ủy ban Kiểm tra tổ chức hội nghị giao ban công tác kiểm tra.\n');
    const entries = collectSources([src]);
    const outcomes = await ingestBatch(entries, { outDir: out, cache: fileCache(join(tmp, 'threads', 'cache.json'), 'salt'), registries: notLoaded, contentDir: join(ROOT, 'content'), threads: 2 });
    expect(outcomes.map((o) => o.entry.rel)).toEqual(entries.map((e) => e.rel));
    for (const o of outcomes) {
      const want = ingestSource(readFileSync(o.entry.path), o.entry.rel, registries);
      if (want.ok) {
        expect(o.result).toEqual({ ok: true, state: 'written' });
        expect(readFileSync(o.target, 'utf8')).toBe(want.mdx);
      } else {
        expect(o.result).toEqual({ ok: false, error: want.error });
      }
    }
    expect(outcomes.filter((o) => !o.result.ok).map((o) => o.entry.rel)).toEqual(['050.txt', '150.txt']);
    // --check through the workers: no cache, every output compared.
    const checked = await ingestBatch(entries, { outDir: out, check: true, registries: notLoaded, contentDir: join(ROOT, 'content'), threads: 2 });
    expect(new Set(checked.map((o) => (o.result.ok ? o.result.state : 'failed')))).toEqual(new Set(['same', 'failed']));
  }, 120_000);

  it('reports a registry the workers cannot load as the registry error', async () => {
    const content = join(tmp, 'bad-registry');
    cpSync(join(ROOT, 'content/officials.yaml'), join(content, 'officials.yaml'));
    writeFileSync(join(content, 'directives.yaml'), '- code: [unclosed\n');
    const src = join(tmp, 'bad-registry-src');
    const seed = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;
    for (let k = 0; k < 210; k++) cpSync(join(SEEDS, seed), join(src, `${k}.txt`));
    const run = ingestBatch(collectSources([src]), { outDir: join(tmp, 'bad-registry-out'), registries: () => loadRegistries(content), contentDir: content, threads: 2 });
    await expect(run).rejects.toBeInstanceOf(RegistryError);
  }, 120_000);
});

