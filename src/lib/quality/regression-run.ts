/**
 * Runtime of the regression corpus: read tests/regression/, run the pure
 * ingest on each article in process, and hand the results to the scorer.
 * Used by scripts/regression.ts and tests/regression/regression.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFront } from '../ingest/front.ts';
import { ingestSource } from '../ingest/pipeline.ts';
import type { Line } from '../ingest/types.ts';
import type { Registries } from '../registry.ts';
import type { SourceFront } from '../schema.ts';
import { normalizeText } from '../text/vietnamese.ts';
import { formatZodIssues } from '../zod-errors.ts';
import {
  regressionLabelSchema,
  scoreArticle,
  setOfArticle,
  type ArticleRun,
  type ArticleScore,
  type Baseline,
  type Outcome,
  type RegressionLabel,
} from './regression.ts';

export const CORPUS_DIR = 'tests/regression';

export interface CorpusArticle {
  name: string;
  text: string;
  label: RegressionLabel;
}

/** Every article with its label; any unlabelled article, stray label or bad label is an error naming the file. */
export function readCorpus(dir: string): CorpusArticle[] {
  const articles = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
  const labels = new Set(readdirSync(join(dir, 'labels')).filter((f) => f.endsWith('.json')));
  const problems: string[] = [];
  const out: CorpusArticle[] = [];
  for (const file of articles) {
    const name = file.replace(/\.txt$/, '');
    const labelPath = join(dir, 'labels', `${name}.json`);
    if (!setOfArticle(name)) problems.push(`${join(dir, 'articles', file)}: name it 0NN-, 1NN- or 2NN-slug.txt (development) or 3NN-slug.txt (held out)`);
    if (!labels.delete(`${name}.json`)) {
      problems.push(`${join(dir, 'articles', file)}: no label; write ${labelPath} (see tests/regression/README.md)`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(labelPath, 'utf8'));
    } catch (e) {
      problems.push(`${labelPath}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = regressionLabelSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${labelPath}: ${formatZodIssues(parsed.error).join('; ')}`);
      continue;
    }
    out.push({ name, text: readFileSync(join(dir, 'articles', file), 'utf8'), label: parsed.data });
  }
  for (const stray of labels) problems.push(`${join(dir, 'labels', stray)}: no article ${stray.replace(/\.json$/, '.txt')} for this label`);
  if (problems.length) throw new Error(`regression corpus:\n  ${problems.join('\n  ')}`);
  return out;
}

function outcomeOf(text: string, file: string, registries: Registries): Outcome {
  const r = ingestSource(new TextEncoder().encode(text), file, registries);
  return r.ok ? { ok: true, data: r.data } : { ok: false, reason: `line ${r.error.line}: ${r.error.message}` };
}

/** What a maintainer adds after a refusal: the headline and the date, or placeholders when the page has none. */
export const PLACEHOLDER_TITLE = 'Bài không có tiêu đề';
/** Only people and the publisher are scored on a page run with this date (see regression.ts). */
export const PLACEHOLDER_DATE = '2000-01-01';

/** The source with the label's title and date in its front block, unless the front block sets them already. */
export function withLabelFront(front: SourceFront, body: readonly Line[], label: RegressionLabel): string {
  const merged: SourceFront = { ...front, title: front.title ?? label.title ?? PLACEHOLDER_TITLE };
  merged.date = front.date ?? label.date ?? PLACEHOLDER_DATE;
  // JSON strings are YAML double-quoted scalars.
  const keys = Object.entries(merged).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${keys.join('\n')}\n---\n${body.map((l) => l.text).join('\n')}`;
}

export function runArticle(a: CorpusArticle, registries: Registries): ArticleRun {
  const file = `${a.name}.txt`;
  const asPasted = outcomeOf(a.text, file, registries);
  let split: ReturnType<typeof splitFront> | null = null;
  try {
    split = splitFront(normalizeText(a.text));
  } catch {
    // A front block the ingest cannot read: the refusal as pasted is all there is.
  }
  const run: ArticleRun = { article: a.name, set: setOfArticle(a.name)!, label: a.label, frontTitle: split?.front.title !== undefined, asPasted };
  if (!asPasted.ok && split) run.assisted = outcomeOf(withLabelFront(split.front, split.lines, a.label), file, registries);
  return run;
}

export function scoreCorpus(articles: readonly CorpusArticle[], registries: Registries): ArticleScore[] {
  return articles.map((a) => scoreArticle(runArticle(a, registries)));
}

export function readBaseline(path: string): Baseline {
  return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
}

/** Deterministic JSON text for committed files: two-space indent, newline at the end. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
