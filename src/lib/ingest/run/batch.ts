/**
 * Batch conversion: plan each source (cache or convert), convert the misses
 * in this thread or in worker threads, and write or compare each output. One
 * bad file never stops the others.
 */
import { availableParallelism } from 'node:os';
import type { Registries } from '../../registry.ts';
import type { IngestFailure } from '../pipeline.ts';
import type { IngestWarning } from '../types.ts';
import { noCache, type IngestCache } from './cache.ts';
import type { Converted } from './convert.ts';
import { settleOutput } from './outputs.ts';
import { plan, type FileOutcome, type Miss } from './plan.ts';
import { Pool, WorkerFailure } from './pool.ts';
import type { SourceEntry } from './sources.ts';

export type { FileOutcome } from './plan.ts';

/** Every problem of a refused file, one line each: path:line: what is wrong. What to do. */
export function formatFailure(displayPath: string, f: IngestFailure): string {
  return [f, ...(f.more ?? [])].map((p) => `${displayPath}:${p.line}: ${p.message}. ${p.hint.charAt(0).toUpperCase()}${p.hint.slice(1)}.`).join('\n');
}

export function formatWarning(displayPath: string, w: IngestWarning): string {
  return `${displayPath}:${w.line}: warning: ${w.message}.`;
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

/**
 * Convert every source, taking unchanged ones from the cache, and write (or
 * compare) its output. From PARALLEL_MIN sources to convert on, worker
 * threads convert while this thread goes on planning and writes the outputs
 * as they come back; the outcomes are in the order of the entries either
 * way, so the output does not depend on the threads.
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

  for (const planned of plan(entries, { outDir: options.outDir, check, cache })) {
    if ('outcome' in planned) {
      outcomes[planned.index] = planned.outcome;
      continue;
    }
    const miss = planned.miss;
    misses.push(miss);
    if (!pool && threads > 1 && misses.length >= PARALLEL_MIN) {
      // Enough work for threads: start them now, so they load while this thread plans on.
      pool = new Pool(threads, options.contentDir!, (id, converted) => settle(misses[id]!, converted));
      misses.forEach((m, id) => {
        pool!.add(id, entries[m.index]!.rel, m.bytes!);
        m.bytes = undefined;
      });
    } else if (pool) {
      pool.add(misses.length - 1, entries[miss.index]!.rel, miss.bytes!);
      miss.bytes = undefined;
    }
    // Let finished conversions be written while planning goes on.
    if (pool && planned.index % 64 === 0) await new Promise((r) => setImmediate(r));
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
    const { convert } = await import('./convert.ts');
    for (const miss of misses) settle(miss, convert(entries[miss.index]!.rel, miss.bytes!, registries));
  }
  return outcomes;
}
