/**
 * Body of an ingest worker thread (started by pool.ts): loads the registries
 * once, then converts the chunks of sources it is sent and sends back the
 * MDX bytes, transferred rather than copied.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadRegistries, RegistryError, type Registries } from '../../registry.ts';
import { convert } from './convert.ts';
import { JOB_KIND, type WorkerReply, type WorkerRequest } from './messages.ts';

const job = workerData as { kind?: string; contentDir: string } | undefined;
// Other threads (a test runner's) may import this module too: only the pool's workers serve.
if (!isMainThread && parentPort && job?.kind === JOB_KIND) {
  const port = parentPort;
  const reply = (msg: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(msg, transfer);
  let registries: Registries | undefined;
  try {
    registries = loadRegistries(job.contentDir);
  } catch (e) {
    reply({ fatal: { message: (e as Error).message, registry: e instanceof RegistryError } });
  }
  if (registries) {
    const loaded = registries;
    port.on('message', (msg: WorkerRequest) => {
      const results = msg.jobs.map(({ id, rel, bytes }) => ({ id, converted: convert(rel, bytes, loaded) }));
      reply({ results }, results.flatMap((r) => (r.converted.ok ? [r.converted.content.buffer as ArrayBuffer] : [])));
    });
  }
}
