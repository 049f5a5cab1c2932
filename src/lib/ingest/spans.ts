/**
 * Places in the body (Span: [block, start, end]), as the frontmatter records
 * them for the site to link (src/lib/mdx/rehype-entity-links.ts). The finders
 * give positions in the text they read; this module turns those into places
 * in the body's blocks and checks, once per article, that every recorded
 * place lies inside its block and, for a citation, reads as (part of) the
 * form quoted.
 */
import type { ArticleData, Span } from '../schema.ts';
import { IngestError, type Block } from './types.ts';

/** Blocks read as one text, joined by "\n" (a sentence broken across source lines). */
export interface JoinedBlocks {
  text: string;
  /** Each block's place in `text`, in order. */
  parts: { block: number; offset: number; length: number }[];
}

/** The places of text[start, end) in the blocks it came from: one per block it touches. */
export function blockSpans(joined: JoinedBlocks, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const p of joined.parts) {
    const s = Math.max(start, p.offset) - p.offset;
    const e = Math.min(end, p.offset + p.length) - p.offset;
    if (s < e) spans.push([p.block, s, e]);
  }
  return spans;
}

/** Every recorded place inside its block, citations reading as (part of) their form; else an ingest bug, named. */
export function checkSpans(data: Pick<ArticleData, 'directives' | 'officials'>, blocks: readonly Block[]): void {
  const inside = ([block, start, end]: Span, what: string): string => {
    const text = blocks[block]?.text;
    if (text === undefined || end > text.length || start >= end) {
      throw new IngestError(blocks[block]?.line ?? 1, `${what} is recorded at [${block}, ${start}, ${end}], outside the body`, 'this is an ingest bug; please report it with the file');
    }
    return text.slice(start, end);
  };
  for (const d of data.directives) {
    for (const c of d.citations) {
      for (const at of c.at) {
        if (!c.form.includes(inside(at, `citation "${c.form}"`))) {
          throw new IngestError(c.line, `citation "${c.form}" is recorded at [${at.join(', ')}], where the body reads "${inside(at, c.form)}"`, 'this is an ingest bug; please report it with the file');
        }
      }
    }
  }
  for (const o of data.officials) for (const at of o.at) inside(at, `the name of ${o.name}`);
}
