/**
 * Test helpers: read article files the way the site's loader does
 * (src/lib/mdx/article.ts, then the collection schema), so the unit tests
 * see what pages see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ArticleError, readArticle } from '../../src/lib/mdx/article.ts';
import { articleSchema, type ArticleData } from '../../src/lib/schema.ts';
import type { ArticleEntry } from '../../src/lib/site/site-index.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/articles');

export function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...mdxFiles(p));
    else if (e.name.endsWith('.mdx')) out.push(p);
  }
  return out.sort();
}

export type Parsed = { file: string; ok: true; data: ArticleData } | { file: string; ok: false; errors: string[] };

/** One file through the site's reader and the collection schema. */
export function parseArticle(file: string): Parsed {
  let data: unknown;
  try {
    data = readArticle(readFileSync(file, 'utf8')).data;
  } catch (e) {
    if (e instanceof ArticleError) return { file, ok: false, errors: [`line ${e.line}: ${e.message}`] };
    throw e;
  }
  const r = articleSchema.safeParse(data);
  return r.success
    ? { file, ok: true, data: r.data }
    : { file, ok: false, errors: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** Entries as the content collection hands them over (id: path without extension). */
export function loadEntries(dir = FIXTURES): ArticleEntry[] {
  return mdxFiles(dir).map((file) => {
    const p = parseArticle(file);
    if (!p.ok) throw new Error(`${file}: ${p.errors.join('; ')}`);
    return { id: relative(dir, file).replace(/\.mdx$/, ''), data: p.data };
  });
}

/** A minimal valid article, for building synthetic archives. */
export function article(overrides: Partial<ArticleData> & { date: string }): ArticleData {
  return {
    title: `Bài ngày ${overrides.date}`,
    dateSource: 'published',
    sourceFile: `${overrides.date}.txt`,
    authors: [],
    chairs: [],
    officials: [],
    directives: [],
    ...overrides,
  };
}
