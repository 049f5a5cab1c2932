/**
 * A worker thread of the batch: converts the sources it is given and posts
 * back one outcome per source. Registries are loaded here, once per thread.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistries } from '../registry.ts';
import { ingestSource } from './pipeline.ts';
import type { CachedOutcome } from './batch.ts';

interface Job {
  contentDir: string;
  sources: { path: string; rel: string }[];
}

const job = workerData as Job;
const registries = loadRegistries(job.contentDir);
const results: CachedOutcome[] = job.sources.map(({ path, rel }) => {
  const r = ingestSource(readFileSync(path), rel, registries);
  return r.ok ? { ok: true, mdx: r.mdx } : { ok: false, error: r.error };
});
parentPort!.postMessage(results);
