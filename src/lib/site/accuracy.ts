/**
 * The measured accuracy of the extraction, as the regression corpus script
 * writes it (content/accuracy.json, shape in the corpus contract). The about
 * page shows it; nobody types these numbers in by hand.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatZodIssues } from '../zod-errors.ts';

const rate = z.number().min(0).max(1);
const fieldScore = z.object({ right: z.number().int().nonnegative(), of: z.number().int().nonnegative(), rate });
const entityScore = z.object({
  tp: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  precision: rate,
  recall: rate,
  f1: rate,
});

export const FIELD_SCORES = ['produced', 'title', 'date', 'publisher'] as const;
export const ENTITY_SCORES = ['chairs', 'officials', 'directives'] as const;

const setScores = z.object({
  articles: z.number().int().nonnegative(),
  withYear: z.number().int().nonnegative(),
  produced: fieldScore,
  title: fieldScore,
  date: fieldScore,
  publisher: fieldScore,
  chairs: entityScore,
  officials: entityScore,
  directives: entityScore,
});

export const SETS = ['all', 'development', 'heldOut'] as const;
export type SetName = (typeof SETS)[number];

export const accuracySchema = z.object({
  corpus: z.string().min(1),
  sets: z.object({ all: setScores, development: setScores, heldOut: setScores }),
});
export type Accuracy = z.infer<typeof accuracySchema>;
export type SetScores = z.infer<typeof setScores>;

export const SET_LABELS: Record<SetName, string> = {
  all: 'Toàn bộ',
  development: 'Tập phát triển',
  heldOut: 'Tập kiểm tra độc lập',
};

export const FIELD_LABELS: Record<(typeof FIELD_SCORES)[number] | (typeof ENTITY_SCORES)[number], string> = {
  produced: 'Tạo được bản ghi',
  title: 'Tiêu đề',
  date: 'Ngày đăng',
  publisher: 'Cơ quan báo chí',
  chairs: 'Người chủ trì',
  officials: 'Cán bộ được nêu tên',
  directives: 'Văn bản được trích dẫn',
};

const percent = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });

/** 0.975 → "97,5 %" as Vietnamese writes it. */
export function formatRate(r: number): string {
  return percent.format(r);
}

/** The file's data, validated; a malformed file fails the build with the field at fault. */
export function parseAccuracy(json: unknown, file = 'content/accuracy.json'): Accuracy {
  const r = accuracySchema.safeParse(json);
  if (!r.success) {
    throw new Error(`${file}: ${formatZodIssues(r.error).join('; ')}; rerun "npm run regression"`);
  }
  return r.data;
}

/** Read and validate the results file; a missing file says how to make it. */
export function loadAccuracy(file = 'content/accuracy.json'): Accuracy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: missing; the about page shows the measured accuracy from it: run "npm run regression" and commit the file`);
  }
  return parseAccuracy(JSON.parse(text), file);
}
