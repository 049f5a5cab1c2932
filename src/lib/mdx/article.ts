/**
 * The one reader of the article files the ingest writes: the frontmatter
 * (YAML 1.1, src/lib/yaml.ts) and the body (the closed MDX subset of
 * render.ts) to data and HTML. The site's loader, `npm run check` and the
 * tests all read articles through it, so none of them can accept what the
 * site refuses.
 */
import { ArticleError, splitFrontmatter } from './frontmatter.ts';
import { BodyError, renderBody } from './render.ts';

export { ArticleError };

export interface ReadArticle {
  /** The frontmatter as read, not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The body as HTML. */
  html: string;
}

export function readArticle(text: string): ReadArticle {
  const split = splitFrontmatter(text);
  try {
    return { data: split.data, html: renderBody(split.body) };
  } catch (error) {
    if (error instanceof BodyError) throw new ArticleError(split.bodyLine + error.line - 1, error.reason);
    throw error;
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * The text a reader sees in an article's HTML, one entry per paragraph
 * (captions included). The HTML is readArticle's: paragraphs, figures and
 * text escaped as render.ts escapes it, nothing else.
 */
export function paragraphsOf(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/&(?:amp|lt|gt);/g, (e) => ENTITIES[e]!));
}
