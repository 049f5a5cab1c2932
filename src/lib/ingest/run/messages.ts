/** What the pool (pool.ts) and its worker threads (worker.ts) send each other. */
import type { Converted } from './convert.ts';

/** Marks the workers started by the pool in their workerData. */
export const JOB_KIND = 'bien-nien-ingest';

export interface Job {
  id: number;
  rel: string;
  bytes: Uint8Array;
}

export interface WorkerRequest {
  jobs: Job[];
}

/** A chunk's results, or a registry (or other) failure that stops the worker before any job. */
export type WorkerReply = { results: { id: number; converted: Converted }[]; fatal?: undefined } | { fatal: { message: string; registry: boolean }; results?: undefined };
