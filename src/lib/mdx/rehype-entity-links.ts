/**
 * A rehype plugin: wrap the places the ingest recorded (frontmatter `at`:
 * [block, start, end]) in links. Block n is the body's n-th <p> in document
 * order (a caption's paragraph included), as the ingest counts blocks;
 * offsets count UTF-16 code units of that paragraph's text. The text is
 * never searched: only split at the recorded offsets, so it reads the same
 * with the links as without.
 *
 * Where two places overlap, the one that starts first (the longer, at the
 * same start) is linked and the other is not: links cannot nest. A place
 * that crosses inline markup is linked in pieces, one per element it
 * crosses. A place outside the body is an error: the frontmatter does not
 * belong to this body.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Span } from '../schema.ts';

export interface EntityLink {
  at: Span;
  href: string;
  /** Shown on hover: a document's full name and subject. */
  title?: string;
}

export interface EntityLinksOptions {
  links: readonly EntityLink[];
}

export default function rehypeEntityLinks(options: EntityLinksOptions) {
  return (tree: Root): void => {
    if (options.links.length === 0) return;
    const paragraphs: Element[] = [];
    collectParagraphs(tree.children, paragraphs);
    for (const link of disjoint(options.links)) {
      const [block, start, end] = link.at;
      const p = paragraphs[block];
      const length = p ? textLength(p) : 0;
      if (!p || end > length) {
        const where = p ? `block ${block} has ${length} characters` : `the body has ${paragraphs.length} blocks`;
        throw new Error(`the link to ${link.href} at [${link.at.join(', ')}] is past the end of the body (${where}): run "npm run ingest" to write the article again`);
      }
      wrap(p, start, end, link);
    }
  };
}

function collectParagraphs(nodes: readonly (RootContent | ElementContent)[], out: Element[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'p') out.push(node);
    else collectParagraphs(node.children, out);
  }
}

/** Links in document order, leaving out any that overlaps one already taken. */
function disjoint(links: readonly EntityLink[]): EntityLink[] {
  const sorted = [...links].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || b.at[2] - a.at[2]);
  const kept: EntityLink[] = [];
  for (const link of sorted) {
    const last = kept.at(-1);
    if (last && last.at[0] === link.at[0] && link.at[1] < last.at[2]) continue;
    kept.push(link);
  }
  return kept;
}

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element') return 0;
  let n = 0;
  for (const child of node.children) n += textLength(child);
  return n;
}

/** Wrap the text of `parent` in [start, end): whole children go into one <a>, the ends split. */
function wrap(parent: Element, start: number, end: number, link: EntityLink): void {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length) out.push(anchor(link, run));
    run = [];
  };
  let pos = 0;
  for (const child of parent.children) {
    const from = pos;
    const to = (pos += textLength(child));
    if (to <= start || from >= end) {
      flush();
      out.push(child);
    } else if (from >= start && to <= end) {
      run.push(child);
    } else if (child.type === 'text') {
      const a = Math.max(start, from) - from;
      const b = Math.min(end, to) - from;
      if (a > 0) out.push({ type: 'text', value: child.value.slice(0, a) });
      run.push({ type: 'text', value: child.value.slice(a, b) });
      if (b < child.value.length) {
        flush();
        out.push({ type: 'text', value: child.value.slice(b) });
      }
    } else if (child.type === 'element') {
      // Part of an element: link that part inside it.
      flush();
      wrap(child, Math.max(start, from) - from, Math.min(end, to) - from, link);
      out.push(child);
    } else {
      out.push(child);
    }
  }
  flush();
  parent.children = out;
}

function anchor(link: EntityLink, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: link.title ? { href: link.href, title: link.title } : { href: link.href },
    children,
  };
}
