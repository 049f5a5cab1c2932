/**
 * Command line of the ingest. A contract: tools outside the repo call it so.
 *   npm run ingest                              content/sources → content/articles
 *   npm run ingest -- <file-or-dir>... --out <dir>
 *   npm run ingest -- --check                   is content/articles what a run would write?
 *   npm run ingest -- --explain <file>          how each line was classified
 *   options: --cache <file> (default .cache/ingest-<out dir hash>.json), --no-cache, --quiet
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readCommandLine } from './command-line.ts';
import type { Registries } from '../src/lib/registry.ts';
import { formatFailure, formatWarning, ingestBatch } from '../src/lib/ingest/run/batch.ts';
import { fileCache, noCache } from '../src/lib/ingest/run/cache.ts';
import { hashTree, removeFile, sha256 } from '../src/lib/ingest/run/files.ts';
import { collectSources, orphanOutputs } from '../src/lib/ingest/run/sources.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_SOURCES = resolve(ROOT, 'content/sources');
const DEFAULT_OUT = resolve(ROOT, 'content/articles');

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine({ name: 'ingest', file: import.meta.filename, helpLines: 6 }, {
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      explain: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const display = (p: string) => relative(process.cwd(), p) || p;
  // The registries (and the pipeline) are loaded only when a source must be
  // converted: a run with nothing changed needs neither.
  const registries = async (): Promise<Registries> => (await import('../src/lib/registry.ts')).loadRegistries(resolve(ROOT, 'content'));

  if (values.explain) return explain(values.explain, registries, display);

  const defaultRun = positionals.length === 0;
  const inputs = defaultRun ? [DEFAULT_SOURCES] : positionals;
  const outDir = resolve(values.out ?? DEFAULT_OUT);
  let entries;
  try {
    entries = collectSources(inputs);
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}`);
    return 2;
  }
  // The cache salt covers everything besides the source that shapes the output:
  // the code, the registries, the dependencies (remark, yaml) and Node itself.
  const salt = sha256(
    `${process.version}\0${hashTree([resolve(ROOT, 'src/lib'), resolve(ROOT, 'content/directives.yaml'), resolve(ROOT, 'content/officials.yaml'), resolve(ROOT, 'content/publishers.yaml'), resolve(ROOT, 'package-lock.json')])}`,
  );
  const cachePath = values.cache ? resolve(values.cache) : resolve(ROOT, `.cache/ingest-${sha256(outDir).slice(0, 12)}.json`); // one cache per output directory
  const cache = values['no-cache'] ? noCache : fileCache(cachePath, salt);
  let outcomes;
  try {
    // Registry errors are reported even when there is nothing to convert.
    if (entries.length === 0) await registries();
    outcomes = await ingestBatch(entries, { outDir, check: values.check, cache, registries, contentDir: resolve(ROOT, 'content') });
  } catch (e) {
    if (await isRegistryError(e)) {
      console.error((e as Error).message);
      return 1;
    }
    throw e;
  }
  if (!values.check) cache.save();
  let failed = 0;
  let written = 0;
  const stale: string[] = [];
  const expected = new Set<string>();
  for (const { entry, target, result } of outcomes) {
    expected.add(target);
    if (!result.ok) {
      failed++;
      console.error(formatFailure(display(entry.path), result.error));
      continue;
    }
    for (const w of result.warnings ?? []) console.error(formatWarning(display(entry.path), w));
    if (values.check) {
      if (result.state !== 'same') stale.push(`${display(target)} (${result.state})`);
    } else if (result.state === 'written') {
      written++;
    }
  }
  // In the default run the output directory mirrors the sources exactly.
  if (defaultRun) {
    for (const orphan of orphanOutputs(outDir, expected)) {
      if (values.check) stale.push(`${display(orphan)} (no source)`);
      else removeFile(orphan);
    }
  }
  if (values.check) {
    if (stale.length) {
      console.error(`content/articles is not what the ingest writes:\n  ${stale.join('\n  ')}\nRun "npm run ingest" and commit the result (never edit the .mdx by hand).`);
      return 1;
    }
    if (!values.quiet) console.log(`ingest --check: ${outcomes.length - failed} article(s) up to date${failed ? `, ${failed} source(s) failed` : ''}`);
    return failed ? 1 : 0;
  }
  if (!values.quiet) {
    console.log(`ingest: ${outcomes.length} source(s), ${outcomes.length - failed} converted, ${written} written, ${failed} failed → ${display(outDir)}`);
  }
  return failed ? 1 : 0;
}

async function isRegistryError(e: unknown): Promise<boolean> {
  return e instanceof (await import('../src/lib/registry.ts')).RegistryError;
}

async function explain(file: string, loadRegistries: () => Promise<Registries>, display: (p: string) => string): Promise<number> {
  let registries;
  try {
    registries = await loadRegistries();
  } catch (e) {
    if (await isRegistryError(e)) {
      console.error((e as Error).message);
      return 1;
    }
    throw e;
  }
  const { ingestSource } = await import('../src/lib/ingest/pipeline.ts');
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    console.error(`ingest: ${file}: cannot be read`);
    return 2;
  }
  const result = ingestSource(bytes, display(path), registries);
  const width = String(result.lines.at(-1)?.n ?? 1).length;
  // Whole lines: a cut line hides the words that decided its kind.
  for (const l of result.lines) console.log(`${String(l.n).padStart(width)}  ${l.kind.padEnd(11)} ${l.text}${l.reason ? `   ← ${l.reason}` : ''}`);
  if (!result.ok) {
    console.error(formatFailure(display(path), result.error));
    return 1;
  }
  for (const w of result.warnings) console.error(formatWarning(display(path), w));
  const d = result.data;
  console.log(`\ntitle: ${d.title}\ndate: ${d.date} (${d.dateSource})${d.published ? `, published ${d.published}` : ''}${d.eventDate ? `, event ${d.eventDate}` : ''}${d.dateEvidence ? `, year from "${d.dateEvidence}"` : ''}`);
  console.log(`publisher: ${d.publisher ?? '—'}; authors: ${d.authors.join(', ') || '—'}`);
  console.log(`chairs: ${d.chairs.map((c) => `${c.name} (${c.role}${c.bridge ? ` ${c.bridge}` : ''})`).join('; ') || '—'}`);
  console.log(`officials: ${d.officials.map((o) => o.name).join('; ') || '—'}`);
  console.log(`directives: ${d.directives.map((x) => `${x.kind} ${x.code} [${x.term ?? '?'} via ${x.termSource}${x.verified ? '' : ', unverified'}]`).join('; ') || '—'}`);
  if (d.corrected) console.log(`set by hand in the front block: ${d.corrected.join(', ')}`);
  const { explainChairs } = await import('../src/lib/ingest/people/explain.ts');
  const candidates = explainChairs(result.blocks);
  if (candidates.length) console.log('\nchairs, candidate by candidate (the paragraph, then each "chủ trì" and each person named):');
  for (const c of candidates) {
    console.log(`\n${String(c.line).padStart(width)}  ${c.text.replace(/\n/g, ' ')}`);
    for (const v of c.verbs) {
      for (const t of v.taken) console.log(`    "${v.verb}" → ${t.name}: taken as ${t.role}, rule ${t.rule}: ${t.ruleText}`);
      if (v.reason) console.log(`    "${v.verb}" → nobody: ${v.reason}`);
    }
    for (const o of c.others) console.log(`    ${o.name}: ${o.reason}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
