/**
 * Batch conversion: find source files, run the pipeline on each, and write
 * or compare the outputs. One bad file never stops the others.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Registries } from '../registry.ts';
import { ingestSource, type IngestFailure, type IngestResult } from './pipeline.ts';

export interface SourceEntry {
  /** Absolute path of the source file. */
  path: string;
  /** Path relative to its input root, with "/" separators: the article's sourceFile. */
  rel: string;
}

/** Source files under the given files or directories, in a stable order. */
export function collectSources(inputs: readonly string[]): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new Error(`${input}: no such file or directory`);
    if (st.isFile()) {
      out.push({ path: abs, rel: basename(abs) });
      continue;
    }
    for (const path of walk(abs)) out.push({ path, rel: relative(abs, path).split(sep).join('/') });
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(p));
    else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(p);
  }
  return files;
}

/** content/sources/a/b.txt → <out>/a/b.mdx */
export function outputPathFor(entry: SourceEntry, outDir: string): string {
  return join(outDir, entry.rel.replace(/\.txt$/, '') + '.mdx');
}

export interface FileOutcome {
  entry: SourceEntry;
  result: IngestResult;
}

export function convertAll(entries: readonly SourceEntry[], registries: Registries): FileOutcome[] {
  return entries.map((entry) => ({ entry, result: ingestSource(readFileSync(entry.path), entry.rel, registries) }));
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomic(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${createHash('sha1').update(content).digest('hex').slice(0, 8)}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
  return true;
}

/** Generated .mdx files under outDir that no source produced. */
export function orphanOutputs(outDir: string, expected: ReadonlySet<string>): string[] {
  if (!existsSync(outDir)) return [];
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.name.endsWith('.mdx') && !expected.has(p)) found.push(p);
    }
  };
  visit(outDir);
  return found.sort();
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

export function formatFailure(displayPath: string, f: IngestFailure): string {
  return `${displayPath}:${f.line}: ${f.message}. ${f.hint.charAt(0).toUpperCase()}${f.hint.slice(1)}.`;
}
