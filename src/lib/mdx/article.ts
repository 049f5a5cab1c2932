/**
 * The one reader of the article files the ingest writes: the frontmatter
 * (YAML 1.1, src/lib/yaml.ts) and the body (the closed MDX subset of
 * render.ts) to data and HTML. The site's loader, `npm run check` and the
 * tests all read articles through it, so none of them can accept what the
 * site refuses.
 */
import { ArticleError, splitFrontmatter } from './frontmatter.ts';
import { BodyError, renderBody } from './render.ts';
import type { EntityLink } from './rehype-entity-links.ts';

export { ArticleError };

export interface ReadArticle {
  /** The frontmatter as read, not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The body as HTML. */
  html: string;
}

/** An article split into its frontmatter and its body, the body not yet rendered. */
export interface SplitArticle {
  data: Record<string, unknown>;
  body: string;
  /** The file's line on which the body starts. */
  bodyLine: number;
}

export function splitArticle(text: string): SplitArticle {
  return splitFrontmatter(text);
}

/**
 * The body's HTML with `links` wrapped around the places the frontmatter
 * gives (the site passes them once the schema has checked the data);
 * ArticleError with the file's line for anything outside the subset.
 */
export function articleHtml(split: SplitArticle, links: readonly EntityLink[] = []): string {
  try {
    return renderBody(split.body, links);
  } catch (error) {
    if (error instanceof BodyError) throw new ArticleError(split.bodyLine + error.line - 1, error.reason);
    throw error;
  }
}

export function readArticle(text: string): ReadArticle {
  const split = splitArticle(text);
  return { data: split.data, html: articleHtml(split) };
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
