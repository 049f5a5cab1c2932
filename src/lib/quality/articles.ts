/**
 * Checks on one generated article (.mdx) as committed: it reads as the site
 * reads it (src/lib/mdx/article.ts: the frontmatter as YAML 1.1, the body as
 * the ingest's MDX subset, nothing else), and its frontmatter matches the
 * contract. Pure: the caller reads the files.
 */
import { articleSchema, type ArticleData } from '../schema.ts';
import { ArticleError, paragraphsOf, readArticle } from '../mdx/article.ts';
import { splitFrontmatter } from '../mdx/frontmatter.ts';
import { readWithLibrary } from '../yaml.ts';
import { formatZodIssues } from '../zod-errors.ts';

export interface ArticleProblem {
  /** 1-based line of the .mdx file. */
  line: number;
  message: string;
  /** 'ingest' when the generator itself wrote something wrong (not a hand edit). */
  cause?: 'ingest';
}

export interface ParsedArticle {
  data: ArticleData | null;
  /** The body as plain text, one paragraph per line. */
  text: string;
  problems: ArticleProblem[];
}

export function parseArticle(text: string): ParsedArticle {
  let read;
  try {
    read = readArticle(text);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    return { data: null, text: '', problems: [{ line: error.line, message: error.message }] };
  }
  const body = paragraphsOf(read.html).join('\n');
  const parsed = articleSchema.strict().safeParse(read.data);
  if (parsed.success) return { data: parsed.data, text: body, problems: [] };
  const { yaml } = splitFrontmatter(text);
  // A value that only YAML 1.1 reads as something else (a bare 2024-01-05 is a
  // Date there) was written unquoted by the serializer: an ingest bug.
  const byIngest = articleSchema.strict().safeParse(readCore(yaml)).success;
  const problems = formatZodIssues(parsed.error).map((m) =>
    byIngest
      ? { line: lineOfField(yaml, m), message: `as the site reads it (YAML 1.1), ${m}: the serializer must quote this value`, cause: 'ingest' as const }
      : { line: lineOfField(yaml, m), message: m },
  );
  return { data: null, text: body, problems };
}

function readCore(yaml: string): unknown {
  try {
    return readWithLibrary(yaml, { schema: 'core' });
  } catch {
    return undefined;
  }
}

/** Best effort: the frontmatter line of the field a message names (field "a.b" → line of "a:"). */
function lineOfField(yaml: string, message: string): number {
  const m = /field "([^".]+)/.exec(message) ?? /unknown key\(s\) "([^"]+)"/.exec(message);
  if (!m) return 1;
  const idx = yaml.split('\n').findIndex((l) => l.startsWith(`${m[1]}:`));
  return idx < 0 ? 1 : idx + 2;
}
