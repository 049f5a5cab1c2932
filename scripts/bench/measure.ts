/**
 * Run one benchmark step as a child process and measure it: wall time, and
 * peak memory two ways. GNU time (/usr/bin/time, Debian package "time")
 * reports the largest resident set of any single process in the tree; a
 * poller sums VmRSS over the whole process tree every 100 ms, which catches
 * steps that fan out into workers. Without /usr/bin/time only the poller runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StepResult {
  name: string;
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Largest single-process RSS (GNU time), kB; null without /usr/bin/time. */
  maxProcessRssKb: number | null;
  /** Largest sampled sum of RSS over the process tree, kB. */
  peakTreeRssKb: number;
  /** The larger of the two: what the step needs. */
  peakRssKb: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

function children(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // The task ended between listing and reading.
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS over a process and all its descendants. */
export function treeRssKb(root: number): number {
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKb(pid);
    stack.push(...children(pid));
  }
  return total;
}

const KEEP = 64 * 1024;
const tail = (s: string) => (s.length > KEEP ? s.slice(-KEEP) : s);

export async function runStep(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; echo?: boolean },
): Promise<StepResult> {
  const useTime = hasGnuTime();
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout = tail(stdout + d.toString());
    if (options.echo) process.stdout.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr = tail(stderr + d.toString());
    if (options.echo) process.stderr.write(d);
  });
  let peakTree = 0;
  const poll = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, treeRssKb(child.pid));
  }, 100);
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  const exitCode: number | null = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  let maxProcessRssKb: number | null = null;
  if (useTime) {
    try {
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      const m = /([\d.]+) (\d+)$/.exec(lines.at(-1) ?? '');
      if (m) maxProcessRssKb = Number(m[2]);
    } catch {
      // The step was killed before GNU time wrote its report.
    }
  }
  rmSync(dir, { recursive: true, force: true });
  // The GNU time wrapper itself is in the sampled tree; it is ~2 MB.
  return {
    name,
    ok: exitCode === 0,
    exitCode,
    wallMs,
    maxProcessRssKb,
    peakTreeRssKb: peakTree,
    peakRssKb: Math.max(peakTree, maxProcessRssKb ?? 0),
    stdout,
    stderr,
  };
}
