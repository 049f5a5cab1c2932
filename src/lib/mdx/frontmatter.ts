/**
 * Split an article file into its YAML frontmatter and its body. The YAML is
 * read as YAML 1.1, the version the ingest quotes for (dates stay strings
 * only when quoted), through the fast path for what the ingest writes.
 */
import { readFrontmatterYaml, YamlError } from '../yaml.ts';

/** An article file the site cannot show; `line` is the line of the file. */
export class ArticleError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'ArticleError';
    this.line = line;
  }
}

export interface SplitArticle extends FrontmatterBounds {
  data: Record<string, unknown>;
}

/** Where the frontmatter ends: its YAML text, not yet read, and the body. */
export interface FrontmatterBounds {
  /** The frontmatter's YAML text, as in the file (without the "---" lines). */
  yaml: string;
  body: string;
  /** The line of the file on which the body starts (1-based). */
  bodyLine: number;
}

export function frontmatterBounds(text: string): FrontmatterBounds {
  // A checkout may have turned the ingest's LF into CRLF (core.autocrlf): read both.
  const bare = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const source = bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
  if (!source.startsWith('---\n')) throw new ArticleError(1, 'no frontmatter: the file must start with a line "---"');
  const close = source.indexOf('\n---', 3);
  const after = source.charAt(close + 4);
  if (close < 0 || (after !== '\n' && after !== '')) throw new ArticleError(1, 'the frontmatter is not closed by a line "---"');
  const head = source.slice(0, close + 4);
  const bodyLine = head.split('\n').length + 1;
  return { yaml: source.slice(4, close + 1), body: source.slice(close + 5), bodyLine };
}

export function splitFrontmatter(text: string): SplitArticle {
  const bounds = frontmatterBounds(text);
  let data: unknown;
  try {
    data = readFrontmatterYaml(bounds.yaml);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    throw new ArticleError(error.line + 1, `frontmatter is not valid YAML (${error.message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ArticleError(2, 'the frontmatter is not a mapping of keys to values');
  return { data: data as Record<string, unknown>, ...bounds };
}
