/**
 * The content loader for the articles the ingest writes (content/articles/*.mdx).
 * Each file is read by src/lib/mdx/article.ts (the one reader of the ingest's
 * MDX subset): its frontmatter validated by the collection's schema (the one
 * in src/lib/schema.ts), and its body checked here, with the places of its
 * links, so every bad file is reported, with its line, before the build
 * stops. An entry is data only: no JavaScript module per article for the
 * bundler to compile, and no body either. The article page renders the body
 * from the file (src/lib/site/article-body.ts): 45 MB of HTML held in Astro's
 * data store made the bundler and the store's serializer cost 8 s and 500 MB
 * more at 10,000 articles (docs/benchmarks.md). Unchanged files (same digest)
 * are not read again on the next build.
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { formatZodIssues } from '../zod-errors.ts';
import type { ArticleData } from '../schema.ts';
import { bodyLinks } from '../site/body-links.ts';
import { ArticleError, checkArticleBody, splitArticle } from './article.ts';

export interface ArticleLoaderOptions {
  /** The directory of .mdx files, relative to the project root. */
  base: string;
}

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'bien-nien-articles',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, options.base);
      if (!existsSync(dir)) throw new Error(`${relative(root, dir) || dir}: no such directory. Run "npm run ingest" to write the articles.`);
      const listing = readdirSync(dir, { withFileTypes: true });
      const files = listing
        .filter((f) => f.isFile() && f.name.endsWith('.mdx'))
        .map((f) => f.name)
        .sort();
      // Articles live at the top level only (their file name is their URL): one in a sub-folder would not be shown.
      const nested = nestedArticles(dir, listing);
      const problems: string[] = nested.map((path) => nestedProblem(relative(root, path)));
      const seen = new Set<string>();
      for (const name of files) {
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        const problem = await syncFile(context, join(dir, name), id, relative(root, join(dir, name)));
        if (problem) problems.push(problem);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      if (problems.length) {
        throw new Error(
          `${problems.length} of ${files.length + nested.length} articles cannot be shown:\n${problems.join('\n')}\n` +
            'Articles are written by the ingest: fix the source text and run "npm run ingest".',
        );
      }
      context.logger.info(`${files.length} articles`);

      // In `astro dev`, follow edits to the directory.
      context.watcher?.add(dir);
      const idIn = (path: string) => (path.startsWith(`${dir}/`) && path.endsWith('.mdx') ? path.slice(dir.length + 1, -'.mdx'.length) : undefined);
      const resync = async (path: string) => {
        const id = idIn(path);
        if (id === undefined) return;
        if (id.includes('/')) return context.logger.error(nestedProblem(relative(root, path)));
        const problem = await syncFile(context, path, id, relative(root, path)).catch(() => `${path}: removed`);
        if (problem) context.logger.error(problem);
      };
      context.watcher?.on('change', resync);
      context.watcher?.on('add', resync);
      context.watcher?.on('unlink', (path) => {
        const id = idIn(path);
        if (id !== undefined) context.store.delete(id);
      });
    },
  };
}

function nestedProblem(filePath: string): string {
  return `${filePath}: in a sub-folder, so it would not be shown. The ingest writes every article at the top level: move its source to the top level of content/sources/`;
}

/** .mdx files anywhere below the sub-folders of dir, in a stable order. */
function nestedArticles(dir: string, listing: readonly Dirent[]): string[] {
  return listing
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name), { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith('.mdx'))
        .map((f) => join(f.parentPath, f.name)),
    )
    .sort();
}

/** Read one file into the store; a message naming the file and line if it cannot be. */
async function syncFile(context: LoaderContext, path: string, id: string, filePath: string): Promise<string | undefined> {
  const text = readFileSync(path, 'utf8');
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return undefined;
  try {
    const split = splitArticle(text);
    // The collection's schema is articleSchema (src/content.config.ts): parsed data has its shape.
    const parsed = (await context.parseData({ id, data: split.data, filePath })) as ArticleData;
    checkArticleBody(split, bodyLinks(parsed, context.config.base));
    context.store.set({ id, data: parsed, digest, filePath });
    return undefined;
  } catch (error) {
    if (error instanceof ArticleError) return `${filePath}:${error.line}: ${error.message}.`;
    const e = error as { message?: string; issues?: unknown[] };
    // The schema's complaints, one per field, in the words the ingest uses.
    const message = Array.isArray(e.issues) ? formatZodIssues(error as z.ZodError).join('; ') : oneLine(e.message ?? String(error));
    return `${filePath}: ${message}`;
  }
}

/** Astro's schema errors are Markdown over several lines: one plain line per file reads better in a list. */
function oneLine(message: string): string {
  return message.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ' ').trim();
}
