/**
 * The ingest's file primitives: atomic writes, stat keys and digests. No
 * knowledge of sources, outputs or the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';

/** Directories this process has made (or found) already: a batch writes thousands of files into a few. */
const madeDirs = new Set<string>();
/** Makes temporary names unique within this process; the pid makes them unique between processes. */
let tmpCount = 0;

/** Write through a temporary file and a rename, so a reader never sees half a file. */
export function replaceFile(path: string, content: string | Uint8Array): void {
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

export function removeFile(path: string): void {
  rmSync(path, { force: true });
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

/** size:mtime:ctime:inode. ctime cannot be set by tools that preserve mtime (cp -p, tar, rsync -t). */
export function statKey(st: BigIntStats): string {
  return `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}`;
}

/** The stat of a regular file, or undefined when there is none at `path`. */
export function statOf(path: string): BigIntStats | undefined {
  const st = statSync(path, { bigint: true, throwIfNoEntry: false });
  return st?.isFile() ? st : undefined;
}
