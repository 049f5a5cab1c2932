/**
 * The regression corpus, end to end: runs the ingest on every labelled real
 * article in process, prints the table, and fails when a field of an article
 * that is right in tests/regression/baseline.json is wrong now. After a fix,
 * "npm run regression -- --update-baseline" records the new state.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/lib/registry.ts';
import { accuracyOf, regressionsAgainst } from '../../src/lib/quality/regression.ts';
import { CORPUS_DIR, readBaseline, readCorpus, scoreCorpus } from '../../src/lib/quality/regression-run.ts';
import { formatRegression, formatTable } from '../../src/lib/quality/regression-table.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('regression corpus', () => {
  const corpus = readCorpus(join(ROOT, CORPUS_DIR));
  const scores = scoreCorpus(corpus, loadRegistries(join(ROOT, 'content')));

  it('has a development and a held-out set of labelled articles', () => {
    expect(scores.filter((s) => s.set === 'development').length).toBeGreaterThanOrEqual(20);
    expect(scores.filter((s) => s.set === 'heldOut').length).toBeGreaterThanOrEqual(20);
  });

  it('no field right in the baseline is wrong now', () => {
    console.log(`\n${formatTable(accuracyOf(CORPUS_DIR, scores, new Map(corpus.map((a) => [a.name, a.label]))))}\n`);
    const regressions = regressionsAgainst(readBaseline(join(ROOT, CORPUS_DIR, 'baseline.json')), scores);
    expect(regressions.map(formatRegression).join('\n')).toBe('');
  });
});
