/**
 * The benchmark (issue 5). In a temporary workspace, never touching content/:
 * generate N sources, ingest them (cold, unchanged re-run, one file changed),
 * build the site with Astro, index it with Pagefind, then weigh the result:
 * files, bytes, page weights, and what Chromium downloads for two searches.
 *
 *   npm run bench -- --articles 10000 [--seed S] [--keep] [--json out.json]
 *                    [--workdir DIR] [--skip-site] [--skip-browser]
 *
 * Every step runs as a child process so its peak memory can be read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { breakdown, measureSearch, type SearchBytes } from './browser.ts';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_SEED, createWorld, generateArticle, writeCorpus } from './generate.ts';
import { hasGnuTime, runStep, type StepResult } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------- files

function walk(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) out.push(p);
    }
  }
  return out.sort();
}

function dirStats(dir: string): { files: number; bytes: number } {
  let bytes = 0;
  const files = walk(dir);
  for (const f of files) bytes += statSync(f).size;
  return { files: files.length, bytes };
}

function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of walk(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

function fileHashes(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of walk(dir)) m.set(relative(dir, f), createHash('sha1').update(readFileSync(f)).digest('hex'));
  return m;
}

/** Change one source the way a maintainer would: a sentence added to a body paragraph. */
function touchOneSource(sources: string): string {
  const files = walk(sources);
  const file = files[Math.floor(files.length / 2)] as string;
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.length > 200);
  lines[i >= 0 ? i : lines.length - 1] += ' Hội nghị cũng đã biểu quyết thông qua nghị quyết về công tác cán bộ.';
  writeFileSync(file, lines.join('\n'));
  return relative(sources, file);
}

/**
 * How often the ingest's frontmatter agrees with what the generator planted
 * (date, title, the set of chairs), over the first articles: not a target of
 * issue 5, a regression signal for the ingest at scale.
 */
export function agreement(articles: string, n: number, seed: number) {
  const world = createWorld(seed);
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  let checked = 0;
  let date = 0;
  let title = 0;
  let chairs = 0;
  const chairMisses: string[] = [];
  for (let i = 0; i < Math.min(n, 2000); i++) {
    const a = generateArticle(world, i);
    const path = join(articles, a.file.replace(/\.txt$/, '.mdx'));
    if (!existsSync(path)) continue;
    const front = readFileSync(path, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, '');
    const fm = parseYaml(front) as { date?: unknown; title?: string; chairs?: { name: string }[] };
    checked++;
    if (String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date) === a.truth.date) date++;
    if (fm.title === a.truth.title) title++;
    const got = new Set((fm.chairs ?? []).map((c) => fold(c.name)));
    const want = new Set(a.truth.chairs.map(fold));
    if (got.size === want.size && [...want].every((x) => got.has(x))) chairs++;
    else if (chairMisses.length < 5) chairMisses.push(a.file);
  }
  return { checked, date, title, chairs, chairMisses };
}

// ---------------------------------------------------------------- page weights

interface PageWeight {
  path: string;
  htmlBytes: number;
  cssBytes: number;
  totalBytes: number;
  totalGzipBytes: number;
}

export function pageWeights(dist: string): { articles: PageWeight[]; others: PageWeight[] } {
  const cssCache = new Map<string, { raw: number; gz: number }>();
  const css = (href: string) => {
    const clean = href.split(/[?#]/)[0] as string;
    const cached = cssCache.get(clean);
    if (cached) return cached;
    const path = join(dist, clean.replace(/^\//, ''));
    const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
    const v = { raw: buf.length, gz: buf.length ? gzipSync(buf).length : 0 };
    cssCache.set(clean, v);
    return v;
  };
  const articles: PageWeight[] = [];
  const others: PageWeight[] = [];
  for (const f of walk(dist)) {
    if (!f.endsWith('.html')) continue;
    const rel = `/${relative(dist, f).split(sep).join('/')}`;
    if (rel.startsWith('/pagefind/')) continue;
    const html = readFileSync(f);
    let cssBytes = 0;
    let cssGz = 0;
    for (const m of html.toString('utf8').matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/g)) {
      const href = /href=["']?([^"' >]+)/.exec(m[0])?.[1];
      if (!href || /^https?:/.test(href)) continue;
      const c = css(href);
      cssBytes += c.raw;
      cssGz += c.gz;
    }
    const w: PageWeight = { path: rel, htmlBytes: html.length, cssBytes, totalBytes: html.length + cssBytes, totalGzipBytes: gzipSync(html).length + cssGz };
    (rel.startsWith('/bai/') ? articles : others).push(w);
  }
  return { articles, others };
}

export function summarizeWeights(list: PageWeight[], limit: number) {
  if (!list.length) return null;
  const sorted = [...list].sort((a, b) => a.totalBytes - b.totalBytes);
  return {
    count: list.length,
    median: sorted[Math.floor(sorted.length / 2)] as PageWeight,
    p90: sorted[Math.floor(sorted.length * 0.9)] as PageWeight,
    max: sorted.at(-1) as PageWeight,
    /** Pages over the issue's limit for their kind. */
    overLimit: sorted.filter((w) => w.totalBytes > limit).length,
  };
}

/** The first line of a failure that says what went wrong. */
function firstError(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error|failed|invalid/i.test(l)) ?? lines[0] ?? 'no output').slice(0, 300);
}

// ---------------------------------------------------------------- machine

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    node: process.version,
    astro: versionOf('astro'),
    remarkMdx: versionOf('remark-mdx'),
    pagefind: versionOf('pagefind'),
    playwright: versionOf('playwright-core'),
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    gnuTime: hasGnuTime(),
    /** Other work on the machine skews every timing: the 1-minute load when the run began. */
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------- formatting

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rss = (k: number | null | undefined) => (k ? `${Math.round(k / 1024)} MiB` : '—');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
      workdir: { type: 'string' },
      'skip-site': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      queries: { type: 'string', default: 'quy hoạch cán bộ|kỷ luật đảng viên' },
    },
  });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n < 1) {
    console.error('bench: --articles must be a positive integer');
    return 2;
  }
  const ws = values.workdir ? resolve(values.workdir) : mkdtempSync(join(tmpdir(), 'bien-nien-bench-'));
  mkdirSync(ws, { recursive: true });
  const sources = join(ws, 'sources');
  const articles = join(ws, 'articles');
  const dist = join(ws, 'dist');
  const cache = join(ws, 'astro-cache');
  const ingestCache = join(ws, 'ingest-cache.json');
  for (const d of [sources, articles, dist, cache, ingestCache]) rmSync(d, { recursive: true, force: true });
  const node = process.execPath;
  const notes: string[] = [];
  const steps: StepResult[] = [];
  const log = (s: string) => console.error(`bench: ${s}`);
  const result: Record<string, unknown> = { articles: n, seed: Number(values.seed), workspace: ws, machine: machine() };
  if (!hasGnuTime()) notes.push('/usr/bin/time is missing (Debian package "time"): peak RSS is the sampled process-tree sum only.');

  try {
    log(`workspace ${ws}`);
    const t0 = performance.now();
    const gen = writeCorpus(sources, n, Number(values.seed));
    result.generate = { ms: performance.now() - t0, ...gen };
    log(`generated ${gen.files} sources (${mb(gen.bytes)}) in ${secs(performance.now() - t0)}`);

    // A cache of its own in the workspace: the cold run is really cold and nobody's cache is touched.
    const ingestArgs = [join(ROOT, 'scripts/ingest.ts'), sources, '--out', articles, '--cache', ingestCache];
    const step = async (name: string, args: string[], env?: NodeJS.ProcessEnv, cwd = ROOT) => {
      log(`${name}…`);
      const r = await runStep(name, node, args, { cwd, env: { ...process.env, ...env } });
      steps.push(r);
      log(`${name}: ${r.ok ? 'ok' : `exit ${r.exitCode}`} in ${secs(r.wallMs)}, peak ${rss(r.peakRssKb)}`);
      if (!r.ok) log(`${name} stderr (tail):\n${r.stderr.split('\n').slice(-15).join('\n')}`);
      return r;
    };

    const cold = await step('ingest (cold)', ingestArgs);
    // "path:line: warning: …" lines are about converted files; the other path:line lines are refusals.
    const failedSources = new Set((cold.stderr.match(/^.+?(?=:\d+: (?!warning: ))/gm) ?? [])).size;
    const warnings = (cold.stderr.match(/^.+:\d+: warning: /gm) ?? []).length;
    const mdx = walk(articles).filter((f) => f.endsWith('.mdx')).length;
    result.ingest = { converted: mdx, failedSources, warnings, summary: cold.stdout.trim().split('\n').at(-1) };
    if (failedSources) notes.push(`ingest refused ${failedSources} of ${n} generated sources (see stderr with --keep).`);

    const agree = agreement(articles, n, Number(values.seed));
    Object.assign(result.ingest as object, { agreement: agree });

    const before = treeHash(articles);
    const beforeFiles = fileHashes(articles);
    await step('ingest (unchanged re-run)', ingestArgs);
    const identical = treeHash(articles) === before;
    const touched = touchOneSource(sources);
    await step('ingest (one file changed)', ingestArgs);
    const afterFiles = fileHashes(articles);
    const changedOutputs = [...afterFiles].filter(([k, v]) => beforeFiles.get(k) !== v).length;
    Object.assign(result.ingest as object, { rerunByteIdentical: identical, touchedSource: touched, outputsChangedByOneEdit: changedOutputs });

    let pages: number | null = null;
    let searchBytes: SearchBytes | null = null;
    let weights: ReturnType<typeof pageWeights> | null = null;
    const siteReady = existsSync(join(ROOT, 'astro.config.mjs')) && existsSync(join(ROOT, 'scripts/index-search.ts'));
    if (values['skip-site']) notes.push('site steps skipped (--skip-site).');
    else if (!siteReady) notes.push('site steps skipped: astro.config.mjs or scripts/index-search.ts is missing.');
    else if (mdx === 0) notes.push('site steps skipped: the ingest converted no article.');
    else {
      const env = { BIEN_NIEN_ARTICLES: articles, BIEN_NIEN_OUT: dist, BIEN_NIEN_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' };
      const astro = await step('astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
      const m = /(\d+) page\(s\) built/.exec(astro.stdout + astro.stderr);
      pages = m ? Number(m[1]) : null;
      if (!astro.ok) notes.push(`astro build failed: ${firstError(astro.stderr + astro.stdout)}`);
      else {
        const db = await step('database', ['scripts/write-database.ts'], env);
        if (!db.ok) notes.push(`database failed: ${firstError(db.stderr + db.stdout)}`);
        const pf = await step('pagefind', ['scripts/index-search.ts', dist], env);
        if (!pf.ok) notes.push(`pagefind failed: ${firstError(pf.stderr + pf.stdout)}`);
        const distStats = dirStats(dist);
        const pfStats = dirStats(join(dist, 'pagefind'));
        const htmlPages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`)).length;
        result.site = { pagesBuilt: pages, htmlPages, dist: distStats, pagefind: pfStats, pagefindSummary: pf.stdout.trim().split('\n').at(-1) };
        weights = pageWeights(dist);
        if (pf.ok && !values['skip-browser']) {
          const q = values.queries.split('|') as [string, string];
          log(`search in Chromium: "${q[0]}", then "${q[1]}"…`);
          try {
            searchBytes = await measureSearch(dist, q);
          } catch (e) {
            notes.push(`browser measurement failed: ${(e as Error).message.split('\n')[0]}`);
          }
        }
      }
    }

    // ------------------------------------------------------------ report
    const stepRows = [['step', 'wall', 'peak RSS', 'max 1 process', 'tree sum', 'ok']];
    for (const s of steps) stepRows.push([s.name, secs(s.wallMs), rss(s.peakRssKb), rss(s.maxProcessRssKb), rss(s.peakTreeRssKb), s.ok ? 'yes' : `exit ${s.exitCode}`]);
    const by = (name: string) => steps.find((s) => s.name === name);
    const fullBuild = ['ingest (cold)', 'astro build', 'database', 'pagefind'].map(by);
    const fullMs = fullBuild.every(Boolean) ? fullBuild.reduce((a, s) => a + s!.wallMs, 0) : null;
    const fullPeak = fullBuild.every(Boolean) ? Math.max(...fullBuild.map((s) => s!.peakRssKb)) : null;
    const site = result.site as { dist: { files: number; bytes: number }; pagefind: { files: number; bytes: number }; htmlPages: number } | undefined;
    const art = weights ? summarizeWeights(weights.articles, 30_000) : null;
    const oth = weights ? summarizeWeights(weights.others, 100_000) : null;
    const largestOthers = weights ? [...weights.others].sort((a, b) => b.totalBytes - a.totalBytes).slice(0, 5) : [];

    const m = result.machine as ReturnType<typeof machine>;
    console.log(`\nBiên niên benchmark: ${n} articles, seed ${values.seed}`);
    console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}, Astro ${m.astro}, remark-mdx ${m.remarkMdx}, Pagefind ${m.pagefind}, Chromium ${searchBytes?.chromium ?? '—'}`);
    console.log(`load average at start ${m.loadAverageAtStart} (at end ${loadavg()[0]!.toFixed(2)}): timings on a busy machine run long\n`);
    console.log(table(stepRows));
    const metricRows = [['measure', 'value', 'target (10,000 articles)', 'met']];
    const add = (name: string, value: string, target = '', met: boolean | null = null) => metricRows.push([name, value, target, met === null ? '' : met ? 'yes' : 'NO']);
    const ing = result.ingest as { converted: number; failedSources: number; warnings: number; rerunByteIdentical: boolean; outputsChangedByOneEdit: number };
    add('sources generated', `${gen.files} (${mb(gen.bytes)}; ${gen.wordsPerArticle} words, ${gen.distinctWordsPerArticle} distinct, per article; ${gen.vocabulary} distinct words in all)`);
    add('articles converted', `${ing.converted} (${ing.failedSources} refused; ${ing.warnings} warnings)`);
    const within = (name: string, ms: number) => !!by(name)?.ok && by(name)!.wallMs <= ms;
    if (by('ingest (cold)')) add('ingest, all articles (cold)', secs(by('ingest (cold)')!.wallMs), '≤ 5 s', within('ingest (cold)', 5000));
    if (by('ingest (unchanged re-run)')) add('ingest, nothing changed', secs(by('ingest (unchanged re-run)')!.wallMs), '≤ 1 s', within('ingest (unchanged re-run)', 1000));
    const ag = (result.ingest as { agreement: ReturnType<typeof agreement> }).agreement;
    const pc = (x: number) => `${((100 * x) / Math.max(ag.checked, 1)).toFixed(1)} %`;
    add(`ingest agrees with the generator (first ${ag.checked})`, `date ${pc(ag.date)}, title ${pc(ag.title)}, chairs exactly ${pc(ag.chairs)}`);
    add('re-run output byte-identical', ing.rerunByteIdentical ? 'yes' : 'NO', 'yes', ing.rerunByteIdentical);
    if (by('ingest (one file changed)')) add('ingest, one file changed', `${secs(by('ingest (one file changed)')!.wallMs)} (${ing.outputsChangedByOneEdit} output changed)`);
    const fullOk = fullBuild.every((x) => x?.ok);
    if (fullMs !== null) add('full build (ingest + astro + database + pagefind)', secs(fullMs), '≤ 120 s', fullOk && fullMs <= 120_000);
    if (fullPeak !== null) add('full build peak RSS', rss(fullPeak), '≤ 2 GB', fullPeak * 1024 <= 2e9);
    if (pages !== null) add('pages written (astro)', String(pages));
    if (by('astro build') && pages) add('astro pages/s', (pages / (by('astro build')!.wallMs / 1000)).toFixed(1));
    if (site) {
      add('dist/', `${site.dist.files} files, ${mb(site.dist.bytes)}`, '≤ 20,000 files (Cloudflare Pages)', site.dist.files <= 20000);
      add('HTML pages in dist/', String(site.htmlPages));
      add('dist/pagefind/', `${site.pagefind.files} files, ${mb(site.pagefind.bytes)}`);
    }
    if (searchBytes) {
      add(`first search "${searchBytes.queries[0]}" (page + query)`, `${kb(searchBytes.firstSearchBytes)} (${kb(searchBytes.pageLoadBytes)} + ${kb(searchBytes.firstQueryBytes)})`, '≤ 150 kB', searchBytes.firstSearchBytes <= 150_000);
      add(`second search "${searchBytes.queries[1]}"`, kb(searchBytes.secondSearchBytes));
    }
    if (art) {
      add('article page HTML+CSS, median', `${kb(art.median.totalBytes)} (${kb(art.median.totalGzipBytes)} gzip)`, '≤ 30 kB');
      add('article page HTML+CSS, 90th percentile', `${kb(art.p90.totalBytes)} (${kb(art.p90.totalGzipBytes)} gzip)`, '≤ 30 kB');
      add('article page HTML+CSS, largest', `${kb(art.max.totalBytes)} (${kb(art.max.totalGzipBytes)} gzip) ${art.max.path}`, '≤ 30 kB', art.max.totalBytes <= 30_000);
      add('article pages over 30 kB', `${art.overLimit} of ${art.count}`, '0', art.overLimit === 0);
    }
    if (oth) add('largest index page HTML+CSS', `${kb(oth.max.totalBytes)} (${kb(oth.max.totalGzipBytes)} gzip) ${oth.max.path}`, '≤ 100 kB', oth.max.totalBytes <= 100_000);
    console.log(`\n${table(metricRows)}`);
    if (searchBytes) {
      for (const phase of ['load', 'first', 'second']) {
        const b = Object.entries(breakdown(searchBytes.requests, phase)).sort((x, y) => y[1].bytes - x[1].bytes);
        console.log(`search bytes, ${phase === 'load' ? 'opening the search page' : `${phase} query`}: ${b.map(([k, v]) => `${k} ${kb(v.bytes)} (${v.requests})`).join(', ')}`);
      }
    }
    if (largestOthers.length) console.log(`\nlargest non-article pages: ${largestOthers.map((w) => `${w.path} ${kb(w.totalBytes)}`).join('; ')}`);
    if (n !== 10000) notes.push('targets are stated for 10,000 articles; at other sizes the "met" column is only indicative.');
    for (const note of notes) console.log(`note: ${note}`);

    Object.assign(result, {
      steps: steps.map(({ stdout, stderr, ...s }) => ({ ...s, stdoutTail: stdout.split('\n').slice(-5).join('\n') })),
      fullBuild: { ms: fullMs, peakRssKb: fullPeak },
      pageWeights: art || oth ? { articles: art, indexes: oth, largestIndexes: largestOthers } : null,
      search: searchBytes,
      notes,
    });
    const json = JSON.stringify(result, null, 2);
    console.log(`\nJSON:\n${json}`);
    if (values.json) writeFileSync(resolve(values.json), `${json}\n`);
    return steps.every((s) => s.ok) ? 0 : 1;
  } finally {
    if (!values.keep && !values.workdir) rmSync(ws, { recursive: true, force: true });
    else log(`kept ${ws}`);
  }
}

if (import.meta.main) process.exitCode = await main();
