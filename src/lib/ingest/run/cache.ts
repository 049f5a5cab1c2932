/**
 * The ingest's cache. Per source it keeps the hash of the inputs and either a
 * digest of the output or the error, and per output file the digest, size
 * and stat it had when this tool last wrote or read it. With nothing
 * changed, a run reads the sources, hashes them, stats the outputs and loads
 * neither the pipeline nor the registries.
 */
import { readFileSync } from 'node:fs';
import type { IngestFailure } from '../pipeline.ts';
import type { IngestWarning } from '../types.ts';
import { replaceFile } from './files.ts';

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
