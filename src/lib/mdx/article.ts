/**
 * The one reader of the article files the ingest writes: the frontmatter
 * (YAML 1.1, src/lib/yaml.ts) and the body (the closed MDX subset of
 * render.ts) to data and HTML. The site's loader, its article pages,
 * `npm run check` and the tests all read articles through it, so none of
 * them can accept what the site refuses.
 */
import { ArticleError, frontmatterBounds, splitFrontmatter } from './frontmatter.ts';
import { BodyError, linkedTree, renderBody } from './render.ts';
import type { EntityLink } from './rehype-entity-links.ts';

export { ArticleError };

export interface ReadArticle {
  /** The frontmatter as read, not yet checked against the schema. */
  data: Record<string, unknown>;
  /** The body as HTML. */
  html: string;
}

/** An article's body, not yet rendered, and the file's line on which it starts. */
export interface ArticleBody {
  body: string;
  bodyLine: number;
}

/** An article split into its frontmatter and its body, the body not yet rendered. */
export interface SplitArticle extends ArticleBody {
  data: Record<string, unknown>;
}

export function splitArticle(text: string): SplitArticle {
  return splitFrontmatter(text);
}

/** The body alone, the frontmatter skipped unread (the site has its data already). */
export function articleBody(text: string): ArticleBody {
  return frontmatterBounds(text);
}

/**
 * The body's HTML with `links` wrapped around the places the frontmatter
 * gives (the site passes them once the schema has checked the data);
 * ArticleError with the file's line for anything outside the subset.
 */
export function articleHtml(part: ArticleBody, links: readonly EntityLink[] = []): string {
  return withFileLine(part, () => renderBody(part.body, links));
}

/** Everything articleHtml refuses, refused the same way, without writing the HTML. */
export function checkArticleBody(part: ArticleBody, links: readonly EntityLink[] = []): void {
  withFileLine(part, () => linkedTree(part.body, links));
}

function withFileLine<T>(part: ArticleBody, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BodyError) throw new ArticleError(part.bodyLine + error.line - 1, error.reason);
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
