/**
 * Converting one source to MDX bytes: in the main thread for small batches,
 * in worker threads (worker.ts) for large ones. Loaded only when something
 * must be converted, so a run with nothing changed never loads the pipeline.
 */
import type { Registries } from '../../registry.ts';
import { ingestSource, type IngestFailure } from '../pipeline.ts';
import type { IngestWarning } from '../types.ts';
import { sha256 } from './files.ts';

/** What converting one source gives, before its output is settled: the MDX as UTF-8 and its digest. */
export type Converted = { ok: true; content: Uint8Array; sha: string; warnings?: IngestWarning[] } | { ok: false; error: IngestFailure };

const ENCODER = new TextEncoder();

export function convert(rel: string, bytes: Uint8Array, registries: Registries): Converted {
  const r = ingestSource(bytes, rel, registries);
  if (!r.ok) return { ok: false, error: r.error };
  // Its own buffer (never Buffer's shared pool), so it can be transferred, not copied.
  const content = ENCODER.encode(r.mdx);
  return r.warnings.length > 0 ? { ok: true, content, sha: sha256(content), warnings: r.warnings } : { ok: true, content, sha: sha256(content) };
}
