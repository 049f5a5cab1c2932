/**
 * The quality gates a pull request must pass, in one command:
 *   npm run check                 every gate
 *   npm run check -- --skip astro,links --articles <dir> --dist <dir>
 *   npm run check -- --only links    one or more gates (CI checks links after the build)
 * Gates: astro (type check), ingest (content/articles is what the ingest
 * writes), accuracy (content/accuracy.json is what the regression corpus
 * gives now), schema (every article's frontmatter and a body of literal text),
 * duplicates (the same article added twice), links (internal links of dist/,
 * under BASE_PATH; skipped with a note when dist/ is not built).
 * Every failure names the file and says what to do. Exit 1 when a gate fails.
 * The schema gate also lists, for a reviewer, the articles whose year was
 * inferred from their text (dateSource: inferred), with the words it came from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readCommandLine } from './command-line.ts';
import { parseArticle } from '../src/lib/quality/articles.ts';
import { danglingRepublishes, describeDuplicate, findDuplicates, type ArticleRecord } from '../src/lib/quality/duplicates.ts';
import { findBrokenLinks, normalizeBase } from '../src/lib/quality/links.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GATES = ['astro', 'ingest', 'accuracy', 'schema', 'duplicates', 'links'] as const;
type Gate = (typeof GATES)[number];

interface GateResult {
  gate: Gate;
  status: 'ok' | 'failed' | 'skipped';
  /** What is wrong and what to do, one line each. */
  messages: string[];
  /** Not wrong, but for a reviewer to confirm, one line each. */
  review?: string[];
  note?: string;
}

const display = (p: string) => relative(process.cwd(), p) || p;

function walk(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else if (entry.isFile() && keep(entry.name)) out.push(p);
    }
  };
  visit(dir);
  return out.sort();
}

/** Run a command with the output shown live; returns its exit code. */
function run(command: string, args: string[]): number {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.error) {
    console.error(`  could not start ${command}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

function gateAstro(): GateResult {
  // Through npm so that the project's pinned Node runs astro (npm puts
  // node_modules/.bin, which holds that Node, first on PATH).
  const npmCli = process.env.npm_execpath;
  const code = npmCli && /\.c?js$/.test(npmCli)
    ? run(process.execPath, [npmCli, 'run', '--silent', 'astro', '--', 'check'])
    : run('npm', ['run', '--silent', 'astro', '--', 'check']);
  return code === 0
    ? { gate: 'astro', status: 'ok', messages: [] }
    : {
        gate: 'astro',
        status: 'failed',
        messages: ['astro check found type errors (listed above): fix them in the named .astro/.ts files; "npm run astro -- check" repeats only this check.'],
      };
}

/** A gate that is one of our scripts run with "--check --quiet": ok when it exits 0, else `todo`. */
function gateScript(gate: Gate, script: string, todo: string): GateResult {
  const code = run(process.execPath, [join(ROOT, script), '--check', '--quiet']);
  return code === 0 ? { gate, status: 'ok', messages: [] } : { gate, status: 'failed', messages: [todo] };
}

const gateIngest = () =>
  gateScript(
    'ingest',
    'scripts/ingest.ts',
    'content/articles is not what the ingest writes, or a source fails (listed above): run "npm run ingest", fix any source it names (front block, content/directives.yaml, content/officials.yaml), and commit the regenerated .mdx. Never edit an .mdx by hand.',
  );

const gateAccuracy = () =>
  gateScript(
    'accuracy',
    'scripts/regression.ts',
    'content/accuracy.json is not what the regression corpus (tests/regression) gives now: run "npm run regression", read the table and any regression it lists, and commit content/accuracy.json (and tests/regression/baseline.json after a fix, with "--update-baseline").',
  );

interface LoadedArticles {
  records: ArticleRecord[];
  problems: string[];
  /** Articles dated by a year inferred from their text. */
  inferred: string[];
  count: number;
}

function loadArticles(dir: string): LoadedArticles {
  const records: ArticleRecord[] = [];
  const problems: string[] = [];
  const inferred: string[] = [];
  if (!existsSync(dir)) return { records, problems: [`${display(dir)}: no such directory. Run "npm run ingest" to generate the articles.`], inferred, count: 0 };
  const files = walk(dir, (n) => n.endsWith('.mdx'));
  for (const file of files) {
    const parsed = parseArticle(readFileSync(file, 'utf8'));
    for (const p of parsed.problems) {
      const todo = p.cause === 'ingest'
        ? 'This is an ingest bug, not your edit: report it with the file (src/lib/ingest/serialize.ts).'
        : 'Generated files are never edited by hand: fix the source or the registries and run "npm run ingest".';
      problems.push(`${display(file)}:${p.line}: ${p.message}. ${todo}`);
    }
    const expectedSource = relative(dir, file).split(sep).join('/').replace(/\.mdx$/, '.txt');
    if (parsed.data && parsed.data.sourceFile !== expectedSource) {
      problems.push(`${display(file)}: sourceFile is "${parsed.data.sourceFile}" but the file's name says "${expectedSource}". Run "npm run ingest" (it removes articles whose source is gone).`);
    }
    if (parsed.data?.dateSource === 'inferred') {
      inferred.push(
        `${display(file)}: dated ${parsed.data.date}, the year inferred from "${parsed.data.dateEvidence ?? '?'}". If that is wrong, set "date:" in the front block of content/sources/${parsed.data.sourceFile}.`,
      );
    }
    if (parsed.data) {
      records.push({
        sourceFile: parsed.data.sourceFile,
        body: parsed.text,
        ...(parsed.data.url ? { url: parsed.data.url } : {}),
        ...(parsed.data.republishes ? { republishes: parsed.data.republishes } : {}),
      });
    }
  }
  return { records, problems, inferred, count: files.length };
}

function gateSchema(loaded: LoadedArticles): GateResult {
  const review = loaded.inferred.length ? { review: loaded.inferred } : {};
  return loaded.problems.length
    ? { gate: 'schema', status: 'failed', messages: loaded.problems, ...review }
    : { gate: 'schema', status: 'ok', messages: [], ...review, note: `${loaded.count} article(s)${loaded.inferred.length ? `, ${loaded.inferred.length} with an inferred year to review` : ''}` };
}

function gateDuplicates(loaded: LoadedArticles): GateResult {
  const messages = findDuplicates(loaded.records).map(describeDuplicate);
  for (const d of danglingRepublishes(loaded.records)) {
    messages.push(`${d.sourceFile} says "republishes: ${d.republishes}" but there is no such source. Write the file name of the original as it is in content/sources/ ("003-ten-bai.txt").`);
  }
  return messages.length ? { gate: 'duplicates', status: 'failed', messages } : { gate: 'duplicates', status: 'ok', messages: [] };
}

function gateLinks(dist: string, required: boolean): GateResult {
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    const note = `${display(dist)} is not built; run "npm run build" first to check internal links`;
    // Asked for by name (--only links), a missing build is a failure, not a note.
    return required ? { gate: 'links', status: 'failed', messages: [note] } : { gate: 'links', status: 'skipped', messages: [], note };
  }
  const files = new Map<string, string | null>();
  for (const file of walk(dist, () => true)) {
    const rel = relative(dist, file).split(sep).join('/');
    files.set(rel, rel.endsWith('.html') ? readFileSync(file, 'utf8') : null);
  }
  const basePath = normalizeBase(process.env.BASE_PATH);
  const broken = findBrokenLinks({ files, basePath, ...(process.env.SITE_URL ? { siteUrl: process.env.SITE_URL } : {}) });
  const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
  if (!broken.length) return { gate: 'links', status: 'ok', messages: [], note: `${pages} page(s) under ${basePath}` };
  const messages = broken.map((b) => `${display(join(dist, b.page))}: <${b.where}="${b.ref}">: ${b.reason}.`);
  messages.push(
    `Fix the page or component that writes these links (build every internal URL from import.meta.env.BASE_URL). dist/ was checked with BASE_PATH=${process.env.BASE_PATH ?? '(unset)'}: rebuild with the same BASE_PATH if it is stale.`,
  );
  return { gate: 'links', status: 'failed', messages };
}

function main(argv: string[]): number {
  const args = readCommandLine({ name: 'check', file: import.meta.filename, helpLines: 10 }, {
    args: argv,
    options: {
      skip: { type: 'string', default: '' },
      only: { type: 'string', default: '' },
      articles: { type: 'string' },
      dist: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const only = list(values.only);
  const skip = new Set([...list(values.skip), ...(only.length ? GATES.filter((g) => !only.includes(g)) : [])]);
  const unknown = [...skip, ...only].filter((s) => !(GATES as readonly string[]).includes(s));
  if (unknown.length) {
    console.error(`check: unknown gate(s) ${unknown.join(', ')}; the gates are ${GATES.join(', ')}.`);
    return 2;
  }
  const articlesDir = resolve(values.articles ?? join(ROOT, 'content/articles'));
  const dist = resolve(values.dist ?? join(ROOT, 'dist'));

  const results: GateResult[] = [];
  let loaded: LoadedArticles | null = null;
  const articles = () => (loaded ??= loadArticles(articlesDir));
  for (const gate of GATES) {
    if (skip.has(gate)) {
      results.push({ gate, status: 'skipped', messages: [], note: 'not run (--skip/--only)' });
      continue;
    }
    console.log(`\n── check: ${gate}`);
    const result =
      gate === 'astro' ? gateAstro()
      : gate === 'ingest' ? gateIngest()
      : gate === 'accuracy' ? gateAccuracy()
      : gate === 'schema' ? gateSchema(articles())
      : gate === 'duplicates' ? gateDuplicates(articles())
      : gateLinks(dist, only.includes('links'));
    for (const m of result.messages) console.error(`  ✗ ${m}`);
    for (const m of result.review ?? []) console.log(`  ? ${m}`);
    console.log(`   ${result.status}${result.note ? ` (${result.note})` : ''}`);
    results.push(result);
  }

  const failed = results.filter((r) => r.status === 'failed');
  console.log('\n── summary');
  for (const r of results) console.log(`  ${r.status === 'ok' ? '✓' : r.status === 'failed' ? '✗' : '–'} ${r.gate.padEnd(10)} ${r.status}${r.note ? ` (${r.note})` : ''}`);
  if (failed.length) {
    console.error(`\nnpm run check: ${failed.length} gate(s) failed: ${failed.map((r) => r.gate).join(', ')}. See the ✗ lines above for what to do.`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
