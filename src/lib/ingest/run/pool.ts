/**
 * Worker threads fed from one queue. Each has at most two chunks in flight,
 * so it never waits for the main thread to hand it the next one; results come
 * back through a callback as they are ready, in no particular order.
 */
import { Worker } from 'node:worker_threads';
import type { Converted } from './convert.ts';
import { JOB_KIND, type Job, type WorkerReply, type WorkerRequest } from './messages.ts';

/** A worker could not start; `registry` when it was a registry it could not load. */
export class WorkerFailure extends Error {
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

export class Pool {
  private readonly queue: Job[] = [];
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
        workerData: { kind: JOB_KIND, contentDir },
        // Converting makes many short-lived strings: a larger young generation means fewer scavenges.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const slot = { worker, inFlight: 0 };
      worker.on('message', (msg: WorkerReply) => {
        if (msg.fatal) return this.fail(new WorkerFailure(msg.fatal.message, msg.fatal.registry));
        slot.inFlight--;
        try {
          for (const { id, converted } of msg.results) this.onResult(id, converted);
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

  /** Resolves once every added job has come back; rejects on the first failure. */
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
      // While jobs are still being added, wait for a full chunk; at the end, send what is left.
      while (slot.inFlight < 2 && (this.queue.length >= CHUNK || (this.closed && this.queue.length > 0))) {
        const request: WorkerRequest = { jobs: this.queue.splice(0, CHUNK) };
        slot.worker.postMessage(request);
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
