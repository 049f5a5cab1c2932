/**
 * Batch conversion: find source files, run the pipeline on each, and write
 * or compare the outputs. One bad file never stops the others.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Registries } from '../registry.ts';
import { ingestSource, type IngestFailure } from './pipeline.ts';

export interface SourceEntry {
  /** Absolute path of the source file. */
  path: string;
  /** Path relative to its input root, with "/" separators: the article's sourceFile. */
  rel: string;
}

/** Source files under the given files or directories, in a stable order. */
export function collectSources(inputs: readonly string[]): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new Error(`${input}: no such file or directory`);
    if (st.isFile()) {
      out.push({ path: abs, rel: basename(abs) });
      continue;
    }
    for (const path of walk(abs)) out.push({ path, rel: relative(abs, path).split(sep).join('/') });
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(p));
    else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(p);
  }
  return files;
}

/** content/sources/a/b.txt → <out>/a/b.mdx */
export function outputPathFor(entry: SourceEntry, outDir: string): string {
  return join(outDir, entry.rel.replace(/\.txt$/, '') + '.mdx');
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomic(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${createHash('sha1').update(content).digest('hex').slice(0, 8)}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
  return true;
}

/** Generated .mdx files under outDir that no source produced. */
export function orphanOutputs(outDir: string, expected: ReadonlySet<string>): string[] {
  if (!existsSync(outDir)) return [];
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.name.endsWith('.mdx') && !expected.has(p)) found.push(p);
    }
  };
  visit(outDir);
  return found.sort();
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

export function formatFailure(displayPath: string, f: IngestFailure): string {
  return `${displayPath}:${f.line}: ${f.message}. ${f.hint.charAt(0).toUpperCase()}${f.hint.slice(1)}.`;
}

/**
 * What a run produced for one source, keyed by a hash of the source's bytes
 * and relative path; the cache as a whole is salted with a hash of the
 * registries and the ingest's own code, so an unchanged source is not
 * converted again and any change of code or registry invalidates everything.
 */
export type CachedOutcome = { ok: true; mdx: string } | { ok: false; error: IngestFailure };

export interface IngestCache {
  get(key: string): CachedOutcome | undefined;
  set(key: string, value: CachedOutcome): void;
  save(): void;
}

export const noCache: IngestCache = { get: () => undefined, set: () => {}, save: () => {} };

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of every file under the given paths (the ingest's code and the registries). */
export function hashTree(paths: readonly string[]): string {
  const h = createHash('sha256');
  const visit = (p: string) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(join(p, name));
    } else {
      h.update(p).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  for (const p of paths) visit(p);
  return h.digest('hex');
}

/** A JSON file of outcomes; a cache that cannot be read is simply empty. */
export function fileCache(path: string, salt: string): IngestCache {
  let entries: Record<string, CachedOutcome> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { salt?: string; entries?: Record<string, CachedOutcome> };
    if (parsed.salt === salt && parsed.entries) entries = parsed.entries;
  } catch {
    entries = {};
  }
  const used: Record<string, CachedOutcome> = {};
  let dirty = false;
  return {
    get(key) {
      const v = entries[key];
      if (v) used[key] = v;
      return v;
    },
    set(key, value) {
      used[key] = value;
      dirty = true;
    },
    save() {
      // Keep only what this run used, so the cache never grows without bound.
      if (!dirty && Object.keys(used).length === Object.keys(entries).length) return;
      writeAtomic(path, JSON.stringify({ salt, entries: used }));
    },
  };
}

export interface FileOutcome {
  entry: SourceEntry;
  result: CachedOutcome;
  cached: boolean;
}

/** Below this many sources to convert, starting threads costs more than it saves. */
const PARALLEL_MIN = 200;

/**
 * Convert every source, taking unchanged ones from the cache. Large batches
 * are split across worker threads; the order of the outcomes is the order of
 * the entries either way, so the output does not depend on the threads.
 */
export async function convertAll(
  entries: readonly SourceEntry[],
  registries: Registries,
  options: { cache?: IngestCache; contentDir?: string; threads?: number } = {},
): Promise<FileOutcome[]> {
  const cache = options.cache ?? noCache;
  const outcomes: (FileOutcome | undefined)[] = [];
  const misses: { index: number; key: string; bytes: Buffer }[] = [];
  entries.forEach((entry, index) => {
    const bytes = readFileSync(entry.path);
    const key = sha256(`${entry.rel}\0${sha256(bytes)}`);
    const hit = cache.get(key);
    if (hit) outcomes[index] = { entry, result: hit, cached: true };
    else misses.push({ index, key, bytes });
  });
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(misses.length / PARALLEL_MIN));
  let results: CachedOutcome[];
  if (threads <= 1 || !options.contentDir) {
    results = misses.map(({ index, bytes }) => {
      const r = ingestSource(bytes, entries[index]!.rel, registries);
      return r.ok ? { ok: true, mdx: r.mdx } : { ok: false, error: r.error };
    });
  } else {
    results = await inWorkers(misses.map(({ index }) => entries[index]!), options.contentDir, threads);
  }
  misses.forEach(({ index, key }, i) => {
    const result = results[i]!;
    cache.set(key, result);
    outcomes[index] = { entry: entries[index]!, result, cached: false };
  });
  return outcomes as FileOutcome[];
}

async function inWorkers(sources: readonly SourceEntry[], contentDir: string, threads: number): Promise<CachedOutcome[]> {
  const size = Math.ceil(sources.length / threads);
  const chunks = Array.from({ length: threads }, (_, t) => sources.slice(t * size, (t + 1) * size));
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<CachedOutcome[]>((resolvePart, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), {
            workerData: { contentDir, sources: chunk.map(({ path, rel }) => ({ path, rel })) },
          });
          worker.once('message', resolvePart);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`ingest worker exited with code ${code}`));
          });
        }),
    ),
  );
  return parts.flat();
}
