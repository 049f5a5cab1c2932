/**
 * Where sources are and where their outputs go: content/sources/x.txt →
 * content/articles/x.mdx. The site's loader reads only the top level of the
 * articles directory, so a source in a sub-folder would be converted and
 * never published: it is refused (see nestedSourceFailure).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { IngestFailure } from '../pipeline.ts';

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

/**
 * Why a source in a sub-folder of its input directory is not converted, or
 * undefined for one at the top level. Found here, not silently flattened:
 * two folders may hold the same file name.
 */
export function nestedSourceFailure(entry: SourceEntry): IngestFailure | undefined {
  const slash = entry.rel.lastIndexOf('/');
  if (slash < 0) return undefined;
  return {
    line: 1,
    message: `the source is in a sub-folder ("${entry.rel.slice(0, slash)}/"), and the site publishes only articles at the top level of content/articles`,
    hint: `move it to the top level of the sources folder (content/sources/${entry.rel.slice(slash + 1)}); the article's date, not a folder, files it by year`,
  };
}

/** content/sources/b.txt → <out>/b.mdx */
export function outputPathFor(entry: SourceEntry, outDir: string): string {
  return join(outDir, entry.rel.replace(/\.txt$/, '') + '.mdx');
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
