/**
 * Converting one source to MDX: in the main thread for small batches, and as
 * the body of a worker thread for large ones (batch.ts sends chunks of
 * sources and writes the outputs that come back). Loaded only when something
 * must be converted, so a run with nothing changed never loads the pipeline.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadRegistries, RegistryError, type Registries } from '../registry.ts';
import { sha256, type Converted } from './batch.ts';
import { ingestSource } from './pipeline.ts';

const ENCODER = new TextEncoder();

export function convert(rel: string, bytes: Uint8Array, registries: Registries): Converted {
  const r = ingestSource(bytes, rel, registries);
  if (!r.ok) return { ok: false, error: r.error };
  // Its own buffer (never Buffer's shared pool), so it can be transferred, not copied.
  const content = ENCODER.encode(r.mdx);
  return r.warnings.length > 0 ? { ok: true, content, sha: sha256(content), warnings: r.warnings } : { ok: true, content, sha: sha256(content) };
}

/** Marks the workers started by batch.ts: other threads (a test runner's) may import this module too. */
export const JOB_KIND = 'bien-nien-ingest';

const job = workerData as { kind?: string; contentDir: string } | undefined;
if (!isMainThread && parentPort && job?.kind === JOB_KIND) {
  const port = parentPort;
  let registries: Registries | undefined;
  try {
    registries = loadRegistries(job.contentDir);
  } catch (e) {
    port.postMessage({ fatal: { message: (e as Error).message, registry: e instanceof RegistryError } });
  }
  if (registries) {
    const loaded = registries;
    port.on('message', (msg: { jobs: { id: number; rel: string; bytes: Uint8Array }[] }) => {
      const results = msg.jobs.map(({ id, rel, bytes }) => ({ id, converted: convert(rel, bytes, loaded) }));
      const buffers = results.flatMap((r) => (r.converted.ok ? [r.converted.content.buffer as ArrayBuffer] : []));
      port.postMessage({ results }, buffers);
    });
  }
}
