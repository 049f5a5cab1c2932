/**
 * The regression corpus (tests/regression/): run the ingest on every labelled
 * real article, in process, and score it.
 *   npm run regression                      the table per field for all / development / held-out,
 *                                           and writes content/accuracy.json
 *   npm run regression -- --verbose         also every miss (article, field, expected, got)
 *   npm run regression -- --update-baseline also writes tests/regression/baseline.json
 *   npm run regression -- --check           writes nothing; exit 1 when content/accuracy.json
 *                                           is not what the corpus gives now
 * Nothing is written into content/articles.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCommandLine } from './command-line.ts';
import { loadRegistries } from '../src/lib/registry.ts';
import { accuracyOf, baselineOf, regressionsAgainst } from '../src/lib/quality/regression.ts';
import { CORPUS_DIR, jsonText, readBaseline, readCorpus, scoreCorpus } from '../src/lib/quality/regression-run.ts';
import { formatMiss, formatRegression, formatTable } from '../src/lib/quality/regression-table.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ACCURACY = join(ROOT, 'content/accuracy.json');
const BASELINE = join(ROOT, CORPUS_DIR, 'baseline.json');

/** Through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function main(argv: string[]): number {
  const args = readCommandLine({ name: 'regression', file: import.meta.filename, helpLines: 11 }, {
    args: argv,
    options: {
      verbose: { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const registries = loadRegistries(join(ROOT, 'content'));
  const corpus = readCorpus(join(ROOT, CORPUS_DIR));
  const scores = scoreCorpus(corpus, registries);
  const accuracy = accuracyOf(CORPUS_DIR, scores, new Map(corpus.map((a) => [a.name, a.label])));
  const text = jsonText(accuracy);

  if (!values.quiet) console.log(formatTable(accuracy));
  if (values.verbose) {
    console.log('\nmisses:');
    for (const s of scores) for (const m of s.misses) console.log(formatMiss(m));
  }
  if (existsSync(BASELINE) && !values['update-baseline']) {
    const regressions = regressionsAgainst(readBaseline(BASELINE), scores);
    if (regressions.length) {
      console.error(`\n${regressions.length} regression(s) against ${CORPUS_DIR}/baseline.json:`);
      for (const r of regressions) console.error(formatRegression(r));
    }
  }
  if (values.check) {
    const committed = existsSync(ACCURACY) ? readFileSync(ACCURACY, 'utf8') : '';
    if (committed !== text) {
      console.error('content/accuracy.json is not what the regression corpus gives now: run "npm run regression" and commit content/accuracy.json.');
      return 1;
    }
    return 0;
  }
  writeAtomic(ACCURACY, text);
  if (values['update-baseline']) {
    writeAtomic(BASELINE, jsonText(baselineOf(scores)));
    console.log(`\nwrote ${CORPUS_DIR}/baseline.json`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
