/**
 * Two collections. The articles the ingest writes: their schema is the
 * ingest's own contract (src/lib/schema.ts), imported, never copied, so the
 * two cannot drift; the loader checks each article's MDX body
 * (src/lib/mdx/loader.ts) and the article page renders it. The editorial notes maintainers write by hand go
 * through @astrojs/mdx instead, so they can use components. The articles
 * directory comes from BIEN_NIEN_ARTICLES so tests can build the site from
 * fixtures; notes name pages of one archive, so they sit beside its articles
 * (content/notes, tests/fixtures/notes), or where BIEN_NIEN_NOTES says.
 */
import { defineCollection } from 'astro:content';
import { dirname, join } from 'node:path';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/mdx/loader.ts';
import { articleSchema, noteSchema } from './lib/schema.ts';

export const ARTICLES_DIR = process.env.BIEN_NIEN_ARTICLES || 'content/articles';
export const NOTES_DIR = process.env.BIEN_NIEN_NOTES || join(dirname(ARTICLES_DIR), 'notes');

const articles = defineCollection({
  loader: articleLoader({ base: ARTICLES_DIR }),
  schema: articleSchema,
});

const notes = defineCollection({
  loader: glob({ pattern: ['van-ban/*.mdx', 'can-bo/*.mdx'], base: NOTES_DIR }),
  schema: noteSchema,
});

export const collections = { articles, notes };
