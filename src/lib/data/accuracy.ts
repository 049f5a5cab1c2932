/**
 * The extraction's measured accuracy, content/accuracy.json, written by
 * `npm run regression` (the hand-labelled regression corpus). Read at build
 * time by the pages that explain how the data was made. Absent until the
 * regression corpus has been measured: the pages then say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const rate = z.number().min(0).max(1);
const share = z.object({ right: z.number().int(), of: z.number().int(), rate });
const match = z.object({ tp: z.number().int(), fp: z.number().int(), fn: z.number().int(), precision: rate, recall: rate, f1: rate });
const accuracySet = z.object({
  articles: z.number().int(),
  withYear: z.number().int(),
  produced: share,
  title: share,
  date: share,
  publisher: share,
  chairs: match,
  officials: match,
  directives: match,
});
export const accuracySchema = z.object({
  corpus: z.string(),
  sets: z.object({ all: accuracySet, development: accuracySet, heldOut: accuracySet }),
});
export type Accuracy = z.infer<typeof accuracySchema>;
export type AccuracySet = z.infer<typeof accuracySet>;

export const ACCURACY_FILE = resolve(process.cwd(), 'content/accuracy.json');

export function readAccuracy(file = ACCURACY_FILE): Accuracy | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = accuracySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} — rerun \`npm run regression\``);
  }
  return parsed.data;
}

/** The measured fields as a reader names them: shares of articles right, and matched lists. */
export const SHARE_FIELDS = [
  ['title', 'Tiêu đề'],
  ['date', 'Ngày đăng'],
  ['publisher', 'Cơ quan báo chí'],
] as const satisfies readonly (readonly [keyof AccuracySet, string])[];
export const MATCH_FIELDS = [
  ['chairs', 'Người chủ trì'],
  ['officials', 'Cán bộ được nêu tên'],
  ['directives', 'Văn bản được trích dẫn'],
] as const satisfies readonly (readonly [keyof AccuracySet, string])[];
