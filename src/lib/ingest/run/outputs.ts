/**
 * Bringing one output file to the content it should have, or only comparing
 * (--check). A recorded stat that still matches stands for the content, so an
 * unchanged re-run need not read 10,000 outputs.
 */
import { readFileSync } from 'node:fs';
import type { OutputRecord } from './cache.ts';
import { replaceFile, sha256, statKey, statOf } from './files.ts';

/** Where an output file stands against the content it should have. */
export type OutputState = 'same' | 'written' | 'differs' | 'missing';

/**
 * Does the file at `path` hold exactly the content whose digest is `sha`?
 * With `trustStat`, a recorded stat that still matches answers without
 * reading the file; otherwise (--check) the file is read and hashed.
 */
export function compareOutput(
  path: string,
  want: { sha: string; size: number },
  known: OutputRecord | undefined,
  trustStat: boolean,
): { state: 'same' | 'differs' | 'missing'; record?: OutputRecord } {
  const st = statOf(path);
  if (!st) return { state: 'missing' };
  if (Number(st.size) !== want.size) return { state: 'differs' };
  const stat = statKey(st);
  if (trustStat && known && known.stat === stat && known.sha === want.sha && known.size === want.size) return { state: 'same', record: known };
  if (sha256(readFileSync(path)) !== want.sha) return { state: 'differs' };
  return { state: 'same', record: { sha: want.sha, size: want.size, stat } };
}

/**
 * Bring the file at `path` to `content` (check: only compare). An identical
 * file is left alone, so its mtime stays and readers that watch it are not
 * woken for nothing.
 */
export function settleOutput(
  path: string,
  content: Uint8Array,
  sha: string,
  known: OutputRecord | undefined,
  check: boolean,
): { state: OutputState; record?: OutputRecord } {
  const want = { sha, size: content.length };
  const st = statOf(path);
  let state: 'same' | 'differs' | 'missing';
  let record: OutputRecord | undefined;
  if (!st) state = 'missing';
  else if (Number(st.size) !== content.length) state = 'differs';
  else if (!check && known && known.stat === statKey(st) && known.sha === sha && known.size === content.length) {
    state = 'same';
    record = known;
  } else {
    state = readFileSync(path).equals(content) ? 'same' : 'differs';
    if (state === 'same') record = { ...want, stat: statKey(st) };
  }
  if (check || state === 'same') return record ? { state, record } : { state };
  replaceFile(path, content);
  const after = statOf(path);
  return { state: 'written', record: after ? { ...want, stat: statKey(after) } : want };
}
