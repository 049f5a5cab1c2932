/**
 * The ingest, top-down: decode → normalize → split front block → classify
 * lines → dates, byline, title → body blocks → directives → people →
 * validate → serialize. Each stage is a pure function in its own module;
 * this file only wires them and turns failures into one clear error.
 */
import { articleSchema, type ArticleData } from '../schema.ts';
import type { Registries } from '../registry.ts';
import type { Publishers } from './publishers.ts';
import { collapseSpaces, decodeBytes, normalizeText } from '../text/vietnamese.ts';
import { formatZodIssues } from '../zod-errors.ts';
import { extractByline, stripTrailingSource } from './byline.ts';
import { classifyLines } from './classify.ts';
import { extractDates } from './dates.ts';
import { findCitations } from './directives/find.ts';
import { resolveDirectives } from './directives/resolve.ts';
import { lineOfPath, splitFront } from './front.ts';
import { extractPeople } from './people/index.ts';
import { applyPeopleOverrides } from './people/overrides.ts';
import { serializeArticle } from './serialize.ts';
import { checkSpans } from './spans.ts';
import { NOTHING_READ } from './stamp.ts';
import { headlineOf, proposeTitles } from './title.ts';
import { IngestError, KEPT_KINDS, type Block, type ClassifiedLine, type IngestWarning } from './types.ts';

/** Real articles are tens of kilobytes; anything far larger is not one article. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface IngestProblem {
  line: number;
  message: string;
  hint: string;
}

/** Why a file was refused: the first problem by line, and every other one found in the same run. */
export interface IngestFailure extends IngestProblem {
  more?: IngestProblem[];
}

export type IngestResult =
  | { ok: true; data: ArticleData; blocks: Block[]; mdx: string; lines: ClassifiedLine[]; notes: string[]; warnings: IngestWarning[] }
  | { ok: false; error: IngestFailure; lines: ClassifiedLine[] };

export function ingestSource(bytes: Uint8Array, sourceFile: string, registries: Registries): IngestResult {
  let lines: ClassifiedLine[] = [];
  try {
    const notes: string[] = [];
    if (bytes.length > MAX_SOURCE_BYTES) {
      throw new IngestError(1, `the file is ${(bytes.length / 1048576).toFixed(1)} MB, too large for one article`, `keep one article per file (at most ${MAX_SOURCE_BYTES / 1048576} MB)`);
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new IngestError(1, decoded.reason, 'save the article as plain UTF-8 text (.txt)');
    if (decoded.encoding !== 'utf-8') notes.push(`read as ${decoded.encoding}`);
    const text = normalizeText(decoded.text);
    const { front, frontLines, lines: articleLines } = splitFront(text);
    const frontClassified: ClassifiedLine[] = frontLines.map((l) => ({ ...l, kind: 'front', reason: 'front block (maintainer data)', read: NOTHING_READ }));
    lines = [...frontClassified, ...classifyLines(articleLines, { ...(front.title ? { knownTitle: front.title } : {}), publishers: registries.publishers })];
    const classified = lines.slice(frontClassified.length);

    // Title, dates and text do not depend on each other: a file with several
    // problems gets every one of them in this run, not one per attempt.
    const problems: IngestError[] = [];
    const headline = classified.find((l) => l.kind === 'title');
    const title = front.title ?? (headline && headlineOf(headline.text));
    if (!title) problems.push(noHeadline(classified, front.url));
    let dated: ReturnType<typeof extractDates> | undefined;
    try {
      dated = extractDates(classified, { date: front.date, url: front.url });
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      problems.push(e);
    }
    const blocks = toBlocks(classified);
    if (blocks.length === 0) {
      problems.push(new IngestError(firstTextLine(classified), 'no article text found: every line was classified as chrome', 'run "npm run ingest -- --explain <file>" to see how each line was read'));
    }
    if (problems.length > 0 || !title || !dated) return { ok: false, error: failureOf(problems), lines };
    const dates = dated.dates;
    const byline = extractByline(classified, { url: front.url, publisher: front.publisher, authors: front.authors }, registries.publishers);
    const directives = resolveDirectives(findCitations(blocks), registries.directives, dates.date);
    const people = applyPeopleOverrides(extractPeople(blocks, registries.officials, title), front, registries.officials, (key) => lineOfPath(frontLines, [key]));

    const candidate = {
      title: collapse(title),
      ...dates,
      sourceFile,
      ...(front.url ? { url: front.url } : {}),
      ...(byline.publisher ? { publisher: byline.publisher } : {}),
      ...(front.republishes ? { republishes: front.republishes } : {}),
      authors: byline.authors,
      summary: summarize(blocks),
      chairs: people.chairs,
      officials: people.officials,
      directives,
      ...(people.corrected ? { corrected: people.corrected } : {}),
    };
    const parsed = articleSchema.safeParse(candidate);
    if (!parsed.success) {
      throw new IngestError(1, `the extracted record is invalid: ${formatZodIssues(parsed.error).join('; ')}`, 'fix the value through the front block, or report the file as an ingest bug');
    }
    checkSpans(parsed.data, blocks);
    return { ok: true, data: parsed.data, blocks, mdx: serializeArticle(parsed.data, blocks), lines, notes, warnings: dated.warnings };
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, error: { line: e.line, message: e.message, hint: e.hint }, lines };
    const err = e as Error;
    return { ok: false, error: { line: 1, message: `internal error: ${err.message}`, hint: 'this is an ingest bug; please report it with the file' }, lines };
  }
}

function failureOf(problems: IngestError[]): IngestFailure {
  const sorted = problems.map((e) => ({ line: e.line, message: e.message, hint: e.hint })).sort((a, b) => a.line - b.line);
  const [first, ...more] = sorted as [IngestProblem, ...IngestProblem[]];
  return more.length > 0 ? { ...first, more } : first;
}

/** The refusal for a text without a headline proposes one, as a line to paste into the front block. */
function noHeadline(lines: readonly ClassifiedLine[], url: string | undefined): IngestError {
  const proposals = proposeTitles(lines, url).map((t) => `title: "${t.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  const hint =
    proposals.length > 0
      ? `add the headline to the front block (between --- lines at the top of the file; start one if there is none), for example ${proposals.join(' or ')}`
      : 'add "title: <the headline>" to a front block at the top of the file (see README, "Source format")';
  return new IngestError(firstTextLine(lines), 'no headline found among the first lines (the text may start below it)', hint);
}

function toBlocks(lines: readonly ClassifiedLine[]): Block[] {
  const blocks: Block[] = [];
  // The outlet's dateline ("(CT)- …", "BHG - …") opens the first paragraph of
  // the story proper, which may come after a lead.
  let datelineSeen = false;
  for (const l of lines) {
    if (!KEPT_KINDS.has(l.kind)) continue;
    const kind = l.kind as Block['kind'];
    let text = l.text;
    if (!datelineSeen && kind !== 'caption') {
      if (l.read.prefix || kind === 'body') datelineSeen = true;
      if (l.read.prefix) text = l.read.prefix.rest;
    }
    text = collapse(text);
    if (text) blocks.push({ line: l.n, text, kind });
  }
  const last = blocks.findLast((b) => b.kind !== 'caption');
  if (last) last.text = stripTrailingSource(last.text);
  return blocks.filter((b) => b.text);
}

function collapse(s: string): string {
  return collapseSpaces(s);
}

function firstTextLine(lines: readonly ClassifiedLine[]): number {
  return lines.find((l) => l.text.trim())?.n ?? 1;
}

const SUMMARY_MAX = 300;

function summarize(blocks: readonly Block[]): string | undefined {
  const first = blocks.find((b) => b.kind !== 'caption')?.text;
  if (!first) return undefined;
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}
