/**
 * One collection: the articles the ingest writes. Its schema is the ingest's
 * own contract (src/lib/schema.ts), imported, never copied, so the two cannot
 * drift. The loader renders each article's MDX body to HTML once
 * (src/lib/mdx/loader.ts). The directory comes from BIEN_NIEN_ARTICLES so
 * tests can build the site from fixtures.
 */
import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/mdx/loader.ts';
import { articleSchema } from './lib/schema.ts';

export const ARTICLES_DIR = process.env.BIEN_NIEN_ARTICLES || 'content/articles';

const articles = defineCollection({
  loader: articleLoader({ base: ARTICLES_DIR }),
  schema: articleSchema,
});

export const collections = { articles };
