/**
 * Batch conversion: find source files, run the pipeline on each, and write
 * or compare the outputs. One bad file never stops the others.
 *
 * A cache makes a re-run cheap: per source it keeps the hash of the inputs
 * and either a digest of the output or the error, and per output file the
 * digest, size and stat it had when this tool last wrote or read it. With
 * nothing changed, a run reads the sources, hashes them, stats the outputs
 * and loads neither the pipeline nor the registries.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync, type BigIntStats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Registries } from '../registry.ts';
import type { IngestFailure } from './pipeline.ts';
import type { IngestWarning } from './types.ts';

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

/** Directories this process has made (or found) already: a batch writes thousands of files into a few. */
const madeDirs = new Set<string>();
/** Makes temporary names unique within this process; the pid makes them unique between processes. */
let tmpCount = 0;

/** Write through a temporary file and a rename, so a reader never sees half a file. */
function replaceFile(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = `${path}.${process.pid}.${(tmpCount++).toString(36)}.tmp`;
  try {
    writeFileSync(tmp, content);
  } catch (e) {
    // The directory may have been removed since: make it again, once.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
  }
  renameSync(tmp, path);
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

/** Every problem of a refused file, one line each: path:line: what is wrong. What to do. */
export function formatFailure(displayPath: string, f: IngestFailure): string {
  return [f, ...(f.more ?? [])].map((p) => `${displayPath}:${p.line}: ${p.message}. ${p.hint.charAt(0).toUpperCase()}${p.hint.slice(1)}.`).join('\n');
}

export function formatWarning(displayPath: string, w: IngestWarning): string {
  return `${displayPath}:${w.line}: warning: ${w.message}.`;
}

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

// ---------------------------------------------------------------------------
// The cache

/** What converting one source gave: a digest of the MDX (not the MDX), or the error. */
export type CachedOutcome = { ok: true; sha: string; size: number; warnings?: IngestWarning[] } | { ok: false; error: IngestFailure };

/**
 * An output file as this tool last wrote or read it. `stat` (size, mtime,
 * ctime, inode) unchanged means the content is still `sha`, so the file need
 * not be read again; without `stat` the file is read to be sure.
 */
export interface OutputRecord {
  sha: string;
  size: number;
  stat?: string;
}

/**
 * A source file as this tool last read it: its input key (path and bytes)
 * and its stat. Stat unchanged means the bytes are unchanged, so an unchanged
 * re-run need not read the 10,000 sources again.
 */
export interface SourceRecord {
  key: string;
  stat: string;
}

export interface IngestCache {
  /** Outcome by input key (source path and bytes; the cache as a whole is salted with the code and registries). */
  get(key: string): CachedOutcome | undefined;
  set(key: string, value: CachedOutcome): void;
  /** Record of a source file by absolute path. */
  source(path: string): SourceRecord | undefined;
  setSource(path: string, value: SourceRecord): void;
  /** Record of an output file by absolute path. */
  output(path: string): OutputRecord | undefined;
  setOutput(path: string, value: OutputRecord): void;
  save(): void;
}

export const noCache: IngestCache = {
  get: () => undefined,
  set: () => {},
  source: () => undefined,
  setSource: () => {},
  output: () => undefined,
  setOutput: () => {},
  save: () => {},
};

const CACHE_VERSION = 3;

/**
 * A file written within this many milliseconds before the cache is saved
 * could still change within the same timestamp tick without its stat
 * changing (git's "racy clean" problem): its stat is not kept, so the next
 * run reads it once.
 */
const RACY_MS = 50;

interface CacheFile {
  version: number;
  salt: string;
  entries: Record<string, CachedOutcome>;
  sources: Record<string, SourceRecord>;
  outputs: Record<string, OutputRecord>;
}

/**
 * A JSON file; a cache that cannot be read is simply empty. Entries are
 * dropped when the salt changes; output records are facts about files, not
 * about the code, so they survive it.
 */
export function fileCache(path: string, salt: string): IngestCache {
  let entries: Record<string, CachedOutcome> = {};
  let sources: Record<string, SourceRecord> = {};
  let outputs: Record<string, OutputRecord> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (parsed.version === CACHE_VERSION) {
      if (parsed.salt === salt && parsed.entries) entries = parsed.entries;
      if (parsed.sources) sources = parsed.sources;
      if (parsed.outputs) outputs = parsed.outputs;
    }
  } catch {
    entries = {};
    sources = {};
    outputs = {};
  }
  // Keep only what this run used, so the cache never grows without bound.
  const used: Record<string, CachedOutcome> = {};
  const usedSources: Record<string, SourceRecord> = {};
  const usedOutputs: Record<string, OutputRecord> = {};
  let dirty = false;
  return {
    get(key) {
      const v = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (v) used[key] = v;
      return v;
    },
    set(key, value) {
      used[key] = value;
      dirty = true;
    },
    source(p) {
      return Object.hasOwn(sources, p) ? sources[p] : undefined;
    },
    setSource(p, value) {
      const old = Object.hasOwn(sources, p) ? sources[p] : undefined;
      if (!old || old.key !== value.key || old.stat !== value.stat) dirty = true;
      usedSources[p] = value;
    },
    output(p) {
      return Object.hasOwn(outputs, p) ? outputs[p] : undefined;
    },
    setOutput(p, value) {
      const old = Object.hasOwn(outputs, p) ? outputs[p] : undefined;
      if (!old || old.sha !== value.sha || old.size !== value.size || old.stat !== value.stat) dirty = true;
      usedOutputs[p] = value;
    },
    save() {
      const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
      if (!dirty && same(used, entries) && same(usedSources, sources) && same(usedOutputs, outputs)) return;
      const racy = BigInt(Date.now() - RACY_MS) * 1_000_000n;
      for (const [p, r] of Object.entries(usedOutputs)) {
        if (r.stat && isRacy(r.stat, racy)) usedOutputs[p] = { sha: r.sha, size: r.size };
      }
      for (const [p, r] of Object.entries(usedSources)) if (isRacy(r.stat, racy)) delete usedSources[p];
      const file: CacheFile = { version: CACHE_VERSION, salt, entries: used, sources: usedSources, outputs: usedOutputs };
      replaceFile(path, JSON.stringify(file));
    },
  };
}

/** Modified or changed so recently that a further change could keep the same stat. */
function isRacy(stat: string, since: bigint): boolean {
  const [, mtime, ctime] = stat.split(':');
  return BigInt(mtime!) >= since || BigInt(ctime!) >= since;
}

/** size:mtime:ctime:inode. ctime cannot be set by tools that preserve mtime (cp -p, tar, rsync -t). */
function statKey(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

function statOf(path: string): BigIntStats | undefined {
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  return st?.isFile() ? st : undefined;
}

/** Where an output file stands against the content it should have. */
export type OutputState = 'same' | 'written' | 'differs' | 'missing';

/**
 * Does the file at `path` hold exactly the content whose digest is `sha`?
 * With `trustStat`, a recorded stat that still matches answers without
 * reading the file; otherwise (--check) the file is read and hashed.
 */
function compareOutput(
  path: string,
  want: { sha: string; size: number },
  known: OutputRecord | undefined,
  trustStat: boolean,
): { state: 'same' | 'differs' | 'missing'; record?: OutputRecord } {
  const st = statOf(path);
  if (!st) return { state: 'missing' };
  if (Number(st.size) !== want.size) return { state: 'differs' };
  const stat = statKey(st);
  if (trustStat && known && known.stat === stat && known.sha === want.sha && known.size === want.size) return { state: 'same', record: known };
  if (sha256(readFileSync(path)) !== want.sha) return { state: 'differs' };
  return { state: 'same', record: { sha: want.sha, size: want.size, stat } };
}

/**
 * Bring the file at `path` to `content` (check: only compare). An identical
 * file is left alone, so its mtime stays and readers that watch it are not
 * woken for nothing.
 */
function settleOutput(
  path: string,
  content: Uint8Array,
  sha: string,
  known: OutputRecord | undefined,
  check: boolean,
): { state: OutputState; record?: OutputRecord } {
  const want = { sha, size: content.length };
  const st = statOf(path);
  let state: 'same' | 'differs' | 'missing';
  let record: OutputRecord | undefined;
  if (!st) state = 'missing';
  else if (Number(st.size) !== content.length) state = 'differs';
  else if (!check && known && known.stat === statKey(st) && known.sha === sha && known.size === content.length) {
    state = 'same';
    record = known;
  } else {
    state = readFileSync(path).equals(content) ? 'same' : 'differs';
    if (state === 'same') record = { ...want, stat: statKey(st) };
  }
  if (check || state === 'same') return record ? { state, record } : { state };
  replaceFile(path, content);
  const after = statOf(path);
  return { state: 'written', record: after ? { ...want, stat: statKey(after) } : want };
}

// ---------------------------------------------------------------------------
// Converting

/** What converting one source gives, before its output is settled: the MDX as UTF-8 and its digest. */
export type Converted = { ok: true; content: Uint8Array; sha: string; warnings?: IngestWarning[] } | { ok: false; error: IngestFailure };

export interface FileOutcome {
  entry: SourceEntry;
  target: string;
  result: { ok: true; state: OutputState; warnings?: IngestWarning[] } | { ok: false; error: IngestFailure };
  /** Taken from the cache, not converted in this run. */
  cached: boolean;
}

/** Below this many sources to convert, starting threads costs more than it saves. */
const PARALLEL_MIN = 200;

export interface BatchOptions {
  outDir: string;
  /** Compare only: write nothing; every output is read (no stat shortcut). */
  check?: boolean;
  cache?: IngestCache;
  /** Loaded only when a source must be converted in this thread. */
  registries: () => Registries | Promise<Registries>;
  /** Where worker threads load the registries from; without it everything runs in this thread. */
  contentDir?: string;
  threads?: number;
}

interface Miss {
  index: number;
  key: string;
  /** Dropped once a worker has it, so the sources are not all held until the end. */
  bytes: Uint8Array | undefined;
  target: string;
  known?: OutputRecord;
}

/**
 * Convert every source, taking unchanged ones from the cache, and write (or
 * compare) its output. From PARALLEL_MIN sources to convert on, worker
 * threads convert while this thread goes on reading sources and writes the
 * outputs as they come back; the outcomes are in the order of the entries
 * either way, so the output does not depend on the threads.
 */
export async function ingestBatch(entries: readonly SourceEntry[], options: BatchOptions): Promise<FileOutcome[]> {
  const cache = options.cache ?? noCache;
  const check = options.check ?? false;
  const outcomes: FileOutcome[] = new Array(entries.length);
  const misses: Miss[] = [];
  const threads = options.contentDir ? Math.min(options.threads ?? availableParallelism(), 8) : 1;
  let pool: Pool | undefined;

  const settle = (miss: Miss, converted: Converted) => {
    const entry = entries[miss.index]!;
    if (!converted.ok) {
      cache.set(miss.key, { ok: false, error: converted.error });
      outcomes[miss.index] = { entry, target: miss.target, result: { ok: false, error: converted.error }, cached: false };
      return;
    }
    const { state, record } = settleOutput(miss.target, converted.content, converted.sha, miss.known, check);
    const warnings = converted.warnings ? { warnings: converted.warnings } : {};
    cache.set(miss.key, { ok: true, sha: converted.sha, size: converted.content.length, ...warnings });
    if (record) cache.setOutput(miss.target, record);
    outcomes[miss.index] = { entry, target: miss.target, result: { ok: true, state, ...warnings }, cached: false };
  };

  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    // A source whose stat is what it was when last read has the same bytes:
    // its key comes from the cache (not in --check, which reads everything).
    const st = check ? undefined : statOf(entry.path);
    const stat = st && statKey(st);
    const seen = stat ? cache.source(entry.path) : undefined;
    let bytes: Uint8Array | undefined;
    let key: string;
    if (seen && seen.stat === stat) key = seen.key;
    else {
      bytes = readFileSync(entry.path);
      key = sha256(`${entry.rel}\0${sha256(bytes)}`);
    }
    if (stat) cache.setSource(entry.path, { key, stat });
    const target = outputPathFor(entry, options.outDir);
    const hit = cache.get(key);
    if (hit && !hit.ok) {
      outcomes[index] = { entry, target, result: hit, cached: true };
      continue;
    }
    const known = cache.output(target);
    if (hit) {
      const c = compareOutput(target, hit, known, !check);
      if (c.record) cache.setOutput(target, c.record);
      // In a write run a missing or edited output needs its MDX again: convert (below).
      if (check || c.state === 'same') {
        outcomes[index] = { entry, target, result: { ok: true, state: c.state, ...(hit.warnings ? { warnings: hit.warnings } : {}) }, cached: true };
        continue;
      }
    }
    bytes ??= readFileSync(entry.path);
    misses.push({ index, key, bytes, target, ...(known ? { known } : {}) });
    if (!pool && threads > 1 && misses.length >= PARALLEL_MIN) {
      // Enough work for threads: start them now, so they load while this thread reads on.
      pool = new Pool(threads, options.contentDir!, (id, converted) => settle(misses[id]!, converted));
      misses.forEach((m, id) => {
        pool!.add(id, entries[m.index]!.rel, m.bytes!);
        m.bytes = undefined;
      });
    } else if (pool) {
      pool.add(misses.length - 1, entry.rel, bytes);
      misses[misses.length - 1]!.bytes = undefined;
    }
    // Let finished conversions be written while reading goes on.
    if (pool && index % 64 === 0) await new Promise((r) => setImmediate(r));
  }

  if (pool) {
    try {
      await pool.finish();
    } catch (e) {
      // A registry a worker could not load: load it here for the same, proper error.
      if (e instanceof WorkerFailure && e.registry) await options.registries();
      throw e;
    }
  } else if (misses.length) {
    const registries = await options.registries();
    const { convert } = await import('./worker.ts');
    for (const miss of misses) settle(miss, convert(entries[miss.index]!.rel, miss.bytes!, registries));
  }
  return outcomes;
}

class WorkerFailure extends Error {
  readonly registry: boolean;
  constructor(message: string, registry: boolean) {
    super(message);
    this.registry = registry;
  }
}

/** Young generation of a worker (V8's default is 16 to 32 MB on 64-bit). */
const YOUNG_GENERATION_MB = 96;

/** Sources go to workers a few at a time, so that a slower worker gets less. */
const CHUNK = 16;

/**
 * Worker threads fed from one queue. Each has at most two chunks in flight,
 * so it never waits for this thread to hand it the next one.
 */
class Pool {
  private readonly queue: { id: number; rel: string; bytes: Uint8Array }[] = [];
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private closed = false;
  private done = false;
  private failed: Error | undefined;
  private settleFinish: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private readonly onResult: (id: number, converted: Converted) => void;

  constructor(size: number, contentDir: string, onResult: (id: number, converted: Converted) => void) {
    this.onResult = onResult;
    for (let k = 0; k < size; k++) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { kind: 'bien-nien-ingest', contentDir },
        // Converting makes many short-lived strings: a larger young generation means fewer scavenges.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (msg: { results?: { id: number; converted: Converted }[]; fatal?: { message: string; registry: boolean } }) => {
        if (msg.fatal) return this.fail(new WorkerFailure(msg.fatal.message, msg.fatal.registry));
        slot.inFlight--;
        try {
          for (const { id, converted } of msg.results ?? []) this.onResult(id, converted);
        } catch (e) {
          return this.fail(e as Error);
        }
        this.pump();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.done) this.fail(new Error(`ingest worker exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  add(id: number, rel: string, bytes: Uint8Array): void {
    this.queue.push({ id, rel, bytes });
    this.pump();
  }

  finish(): Promise<void> {
    this.closed = true;
    return new Promise((resolve, reject) => {
      this.settleFinish = { resolve, reject };
      if (this.failed) reject(this.failed);
      else this.pump();
    });
  }

  private pump(): void {
    if (this.failed) return;
    for (const slot of this.workers) {
      // While reading goes on, wait for a full chunk; at the end, send what is left.
      while (slot.inFlight < 2 && (this.queue.length >= CHUNK || (this.closed && this.queue.length > 0))) {
        slot.worker.postMessage({ jobs: this.queue.splice(0, CHUNK) });
        slot.inFlight++;
      }
    }
    if (this.closed && this.queue.length === 0 && this.workers.every((w) => w.inFlight === 0)) {
      this.done = true;
      for (const { worker } of this.workers) void worker.terminate();
      this.settleFinish?.resolve();
    }
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    this.done = true;
    for (const { worker } of this.workers) void worker.terminate();
    this.settleFinish?.reject(e);
  }
}
