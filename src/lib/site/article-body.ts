/**
 * An article's body as HTML, for its page: read from the file the entry came
 * from, its citations and officials' names linked where the frontmatter
 * places them. The loader checked the same body and the same places when it
 * stored the entry (src/lib/mdx/loader.ts), so this fails only when the file
 * changed since; the error then names the file and line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArticleError, articleBody, articleHtml } from '../mdx/article.ts';
import type { ArticleData } from '../schema.ts';
import { bodyLinks } from './body-links.ts';

export interface StoredArticle {
  id: string;
  data: ArticleData;
  /** As the loader stores it: relative to the project root, the build's working directory. */
  filePath?: string;
}

/** `root`: the project root, against which the loader wrote filePath; a build runs in it. */
export function articleBodyHtml(entry: StoredArticle, base: string, root = process.cwd()): string {
  const file = entry.filePath;
  if (!file) throw new Error(`article ${entry.id}: the content store holds no file path for it; it must come from the articles loader (src/lib/mdx/loader.ts)`);
  const text = readFileSync(resolve(root, file), 'utf8');
  try {
    return articleHtml(articleBody(text), bodyLinks(entry.data, base));
  } catch (error) {
    if (error instanceof ArticleError) throw new Error(`${file}:${error.line}: ${error.message}. Run "npm run ingest" to write the article again.`);
    throw error;
  }
}
