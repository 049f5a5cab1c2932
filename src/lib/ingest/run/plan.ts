/**
 * Job planning: for each source, settle it from the cache when its bytes and
 * output are unchanged, or say that it must be converted. Lazy, so the batch
 * can hand conversions to threads while planning goes on.
 */
import { readFileSync } from 'node:fs';
import type { IngestFailure } from '../pipeline.ts';
import type { IngestWarning } from '../types.ts';
import type { IngestCache, OutputRecord } from './cache.ts';
import { sha256, statKey, statOf } from './files.ts';
import { compareOutput, type OutputState } from './outputs.ts';
import { nestedSourceFailure, outputPathFor, type SourceEntry } from './sources.ts';

export interface FileOutcome {
  entry: SourceEntry;
  target: string;
  result: { ok: true; state: OutputState; warnings?: IngestWarning[] } | { ok: false; error: IngestFailure };
  /** Taken from the cache, not converted in this run. */
  cached: boolean;
}

/** A source to convert. */
export interface Miss {
  index: number;
  key: string;
  /** Dropped once a worker has it, so the sources are not all held until the end. */
  bytes: Uint8Array | undefined;
  target: string;
  known?: OutputRecord;
}

export type Planned = { index: number; outcome: FileOutcome } | { index: number; miss: Miss };

export interface PlanOptions {
  outDir: string;
  /** Compare only: sources and outputs are read whatever their stat says. */
  check: boolean;
  cache: IngestCache;
}

export function* plan(entries: readonly SourceEntry[], { outDir, check, cache }: PlanOptions): Generator<Planned> {
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const target = outputPathFor(entry, outDir);
    const nested = nestedSourceFailure(entry);
    if (nested) {
      yield { index, outcome: { entry, target, result: { ok: false, error: nested }, cached: false } };
      continue;
    }
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
    const hit = cache.get(key);
    if (hit && !hit.ok) {
      yield { index, outcome: { entry, target, result: hit, cached: true } };
      continue;
    }
    const known = cache.output(target);
    if (hit) {
      const c = compareOutput(target, hit, known, !check);
      if (c.record) cache.setOutput(target, c.record);
      // In a write run a missing or edited output needs its MDX again: convert it.
      if (check || c.state === 'same') {
        yield { index, outcome: { entry, target, result: { ok: true, state: c.state, ...(hit.warnings ? { warnings: hit.warnings } : {}) }, cached: true } };
        continue;
      }
    }
    bytes ??= readFileSync(entry.path);
    yield { index, miss: { index, key, bytes, target, ...(known ? { known } : {}) } };
  }
}
