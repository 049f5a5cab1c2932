/**
 * Scoring the ingest against the regression corpus (tests/regression/): a
 * label per article, written by reading the page, against what the ingest
 * made of it or its refusal. Pure: the runtime that reads the corpus and runs
 * the ingest is regression-run.ts.
 *
 * Rules (also in CONTRIBUTING, "Regression corpus"):
 * - produced: over pages with a year in text or URL (dateFrom not null);
 *   right when the ingest produces exactly when it should, i.e. when the page
 *   has a headline or the front block a title. A headline-less page is to be
 *   refused with a proposed title.
 * - title: over pages that should produce and headline-less pages; a refusal
 *   of a headline-less page without a front title is right.
 * - date: over pages that should produce.
 * - publisher, chairs, officials, directives: on what the ingest made of the
 *   page as pasted or, when it refused, of the page with the label's title and
 *   date in the front block (so that a date miss does not hide the people);
 *   when the label has no date either, a placeholder date is used and
 *   documents are not scored (their term depends on the date).
 *   Titles compare after NFC, space collapsing and tone-placement folding;
 *   names and publishers by the ingest's match key; chairs with their role;
 *   documents by id.
 */
import { z } from 'zod';
import { collapseSpaces, foldTonePlacement, matchKey, normalizeText } from '../text/vietnamese.ts';
import { CHAIR_ROLES, isoDate } from '../schema.ts';

export const regressionLabelSchema = z
  .object({
    title: z.string().min(1).nullable(),
    date: isoDate.nullable(),
    dateFrom: z.string().regex(/^(stamp|url|text: .+)$/, 'must be "stamp", "url" or "text: <the words>"').nullable(),
    publisher: z.string().min(1).nullable(),
    chairs: z.array(z.object({ name: z.string().min(1), role: z.enum(CHAIR_ROLES) }).strict()),
    officials: z.array(z.string().min(1)),
    directives: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an id like chi-thi-35-ct-tw-khoa-xii')),
    notes: z.string().optional(),
  })
  .strict()
  .refine((l) => l.dateFrom === null || l.date !== null, { message: 'a label with dateFrom needs its date', path: ['date'] });
export type RegressionLabel = z.infer<typeof regressionLabelSchema>;

export type CorpusSet = 'development' | 'heldOut';
export const CORPUS_SETS: readonly CorpusSet[] = ['development', 'heldOut'];

/** What the scorer needs of one ingest result. */
export interface IngestOutput {
  title: string;
  date: string;
  publisher?: string | undefined;
  chairs: readonly { name: string; role: string }[];
  officials: readonly { name: string }[];
  directives: readonly { id: string }[];
}

export type Outcome = { ok: true; data: IngestOutput } | { ok: false; reason: string };

export interface ArticleRun {
  /** File name without extension: "016-bacninh-…". */
  article: string;
  set: CorpusSet;
  label: RegressionLabel;
  /** The source's own front block sets a title. */
  frontTitle: boolean;
  /** The page as pasted. */
  asPasted: Outcome;
  /** The page with the label's title and date added, run only when asPasted was refused. */
  assisted?: Outcome;
}

export const FIELDS = ['produced', 'title', 'date', 'publisher', 'chairs', 'officials', 'directives'] as const;
export type Field = (typeof FIELDS)[number];
export const ITEM_FIELDS = ['chairs', 'officials', 'directives'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export interface ItemCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  article: string;
  field: Field;
  expected: string;
  got: string;
}

export interface ArticleScore {
  article: string;
  set: CorpusSet;
  /** Right or not per field; a field that does not apply to the page is absent. */
  right: Partial<Record<Field, boolean>>;
  items: Record<ItemField, ItemCounts>;
  misses: Miss[];
}

/** Titles as a reader compares them: NFC, one space, one tone placement. */
export function titleKey(s: string): string {
  return collapseSpaces(foldTonePlacement(normalizeText(s)));
}

const REFUSED = (o: Outcome) => (o.ok ? '' : `refused: ${o.reason}`);

export function scoreArticle(run: ArticleRun): ArticleScore {
  const { label, asPasted } = run;
  const right: Partial<Record<Field, boolean>> = {};
  const misses: Miss[] = [];
  const note = (field: Field, ok: boolean, expected: string, got: string) => {
    right[field] = ok;
    if (!ok) misses.push({ article: run.article, field, expected, got });
  };
  const hasYear = label.dateFrom !== null;
  const headed = label.title !== null || run.frontTitle;
  const shouldProduce = hasYear && headed;

  if (hasYear) {
    note('produced', asPasted.ok === shouldProduce, shouldProduce ? 'an MDX' : 'a refusal (no headline)', asPasted.ok ? 'an MDX' : REFUSED(asPasted));
  }
  if (!headed) {
    note('title', !asPasted.ok, 'a refusal proposing a title (no headline on the page)', asPasted.ok ? asPasted.data.title : REFUSED(asPasted));
  } else if (shouldProduce) {
    const got = asPasted.ok ? asPasted.data.title : REFUSED(asPasted);
    note('title', asPasted.ok && titleKey(asPasted.data.title) === titleKey(label.title ?? ''), label.title ?? '(front title)', got);
  }
  if (shouldProduce) {
    const got = asPasted.ok ? asPasted.data.date : REFUSED(asPasted);
    note('date', asPasted.ok && asPasted.data.date === label.date, `${label.date} (${label.dateFrom})`, got);
  }

  const effective = asPasted.ok ? asPasted : (run.assisted ?? asPasted);
  const data = effective.ok ? effective.data : null;
  if (label.publisher !== null) {
    const got = data?.publisher;
    note('publisher', got !== undefined && matchKey(got) === matchKey(label.publisher), label.publisher, got ?? (data ? '(none)' : REFUSED(effective)));
  }
  const items = {
    chairs: compareItems(
      label.chairs.map((c) => chairKey(c.name, c.role)),
      data?.chairs.map((c) => chairKey(c.name, c.role)) ?? [],
    ),
    officials: compareItems(label.officials.map(matchKey), data?.officials.map((o) => matchKey(o.name)) ?? []),
    directives: compareItems(label.directives, data?.directives.map((d) => d.id) ?? []),
  };
  const undated = !asPasted.ok && label.date === null;
  if (undated) items.directives = { tp: 0, fn: [], fp: [] };
  for (const field of ITEM_FIELDS) {
    if (field === 'directives' && undated) continue;
    const c = items[field];
    note(field, c.fn.length === 0 && c.fp.length === 0, c.fn.length ? `missing ${c.fn.join('; ')}` : '(nothing more)', data ? (c.fp.length ? `extra ${c.fp.join('; ')}` : '(nothing extra)') : REFUSED(effective));
  }
  return {
    article: run.article,
    set: run.set,
    right,
    items: {
      chairs: counts(items.chairs),
      officials: counts(items.officials),
      directives: counts(items.directives),
    },
    misses,
  };
}

function chairKey(name: string, role: string): string {
  return `${matchKey(name)} (${role})`;
}

/** Multiset comparison: the ingest lists each person or document once, a repeat is an extra. */
function compareItems(expected: readonly string[], got: readonly string[]): { tp: number; fn: string[]; fp: string[] } {
  const left = [...got];
  const fn: string[] = [];
  let tp = 0;
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i < 0) fn.push(e);
    else {
      tp++;
      left.splice(i, 1);
    }
  }
  return { tp, fn, fp: left };
}

const counts = (c: { tp: number; fn: string[]; fp: string[] }): ItemCounts => ({ tp: c.tp, fp: c.fp.length, fn: c.fn.length });

// ── Aggregation: the shape of content/accuracy.json ─────────────────────────

export interface Rate {
  right: number;
  of: number;
  rate: number;
}
export interface PrecisionRecall extends ItemCounts {
  precision: number;
  recall: number;
  f1: number;
}
export interface SetAccuracy {
  articles: number;
  withYear: number;
  produced: Rate;
  title: Rate;
  date: Rate;
  publisher: Rate;
  chairs: PrecisionRecall;
  officials: PrecisionRecall;
  directives: PrecisionRecall;
}
export interface Accuracy {
  corpus: string;
  sets: { all: SetAccuracy; development: SetAccuracy; heldOut: SetAccuracy };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** A measure with nothing to measure is perfect: no page asked for it, none was got wrong. */
const ratio = (a: number, b: number) => (b === 0 ? 1 : round3(a / b));

export function summarize(scores: readonly ArticleScore[], labels: ReadonlyMap<string, RegressionLabel>): SetAccuracy {
  const rate = (field: Field): Rate => {
    const applied = scores.filter((s) => s.right[field] !== undefined);
    const right = applied.filter((s) => s.right[field]).length;
    return { right, of: applied.length, rate: ratio(right, applied.length) };
  };
  const pr = (field: ItemField): PrecisionRecall => {
    const tp = sum(scores, (s) => s.items[field].tp);
    const fp = sum(scores, (s) => s.items[field].fp);
    const fn = sum(scores, (s) => s.items[field].fn);
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = tp + fp + fn === 0 ? 1 : round3((2 * tp) / (2 * tp + fp + fn));
    return { tp, fp, fn, precision, recall, f1 };
  };
  return {
    articles: scores.length,
    withYear: scores.filter((s) => labels.get(s.article)?.dateFrom != null).length,
    produced: rate('produced'),
    title: rate('title'),
    date: rate('date'),
    publisher: rate('publisher'),
    chairs: pr('chairs'),
    officials: pr('officials'),
    directives: pr('directives'),
  };
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.reduce((a, x) => a + f(x), 0);
}

export function accuracyOf(corpus: string, scores: readonly ArticleScore[], labels: ReadonlyMap<string, RegressionLabel>): Accuracy {
  const of = (set: CorpusSet) => scores.filter((s) => s.set === set);
  return {
    corpus,
    sets: {
      all: summarize(scores, labels),
      development: summarize(of('development'), labels),
      heldOut: summarize(of('heldOut'), labels),
    },
  };
}

// ── Baseline: per article and field, right or not ───────────────────────────

export type Baseline = Record<string, Partial<Record<Field, boolean>>>;

export function baselineOf(scores: readonly ArticleScore[]): Baseline {
  const out: Baseline = {};
  for (const s of [...scores].sort((a, b) => a.article.localeCompare(b.article))) {
    const fields: Partial<Record<Field, boolean>> = {};
    for (const f of FIELDS) if (s.right[f] !== undefined) fields[f] = s.right[f];
    out[s.article] = fields;
  }
  return out;
}

export interface Regression {
  article: string;
  field: Field;
  /** The miss now, when the article was scored. */
  miss?: Miss;
}

/** Fields right in the baseline and wrong now (or gone: an article or field that vanished is a regression too). */
export function regressionsAgainst(baseline: Baseline, scores: readonly ArticleScore[]): Regression[] {
  const now = new Map(scores.map((s) => [s.article, s]));
  const out: Regression[] = [];
  for (const [article, fields] of Object.entries(baseline)) {
    const s = now.get(article);
    for (const f of FIELDS) {
      if (fields[f] !== true) continue;
      if (s?.right[f] === true) continue;
      const miss = s?.misses.find((m) => m.field === f);
      out.push({ article, field: f, ...(miss ? { miss } : {}) });
    }
  }
  return out;
}

/**
 * Set of an article by its number: 0xx to 7xx development, 8xx held out.
 * 1xx was the held-out set until batch 2xx was labelled, 2xx until batch 3xx was,
 * 3xx until batch 4xx was, 4xx until batch 5xx was, 5xx until batch 6xx was,
 * 6xx until batch 7xx was, 7xx until batch 8xx was (tests/regression/README.md).
 */
export function setOfArticle(name: string): CorpusSet | null {
  if (/^[01234567]\d\d-/.test(name)) return 'development';
  if (/^8\d\d-/.test(name)) return 'heldOut';
  return null;
}
