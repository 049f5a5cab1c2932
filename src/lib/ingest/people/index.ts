/**
 * The people stage: who is named in the article, with what titles, and who
 * chaired the event.
 *
 *   tokens.ts    block text → tokens
 *   titles.ts    title vocabulary (heads, ranks, organ words) as data
 *   names.ts     name vocabulary (family names, honorifics, places) and finding a name
 *   mentions.ts  a name and the titles written beside it
 *   chairs.ts    mentions tied to "chủ trì" by the sentence
 *   officials.ts merging the mentions of one person
 *   resolve.ts   canonical names through content/officials.yaml
 *
 * Decisions:
 * - Officials are the people named with at least one title somewhere in the
 *   article, every chair, and everyone an honorific names as a person
 *   ("thay đồng chí Nguyễn Công Ngọ", "cuốn sách … của đồng chí Nguyễn Phú
 *   Trọng", "các đồng chí: A, B"); those with no title get titles: []. A
 *   capitalised run with neither a title nor an honorific stays out: without
 *   one it may be a street, a school or a place.
 * - Titles are the ones written beside the name (apposition). A post someone
 *   is elected to, appointed to or leaves ("được bầu giữ chức Bí thư …",
 *   "thôi giữ chức …") is an event, not a title held, and is not taken.
 * - A military or police rank is kept as a title ("Thượng tướng"); an academic
 *   degree ("PGS.TS") is not.
 * - Titles keep the words printed ("TW", "nguyên …", "khóa XIX"); only spacing
 *   and tone placement are normalized. Two spellings of one title ("TW" /
 *   "Trung ương") count once, in the first form seen.
 * - One entry per person and article. A chair's first stated role wins.
 * - A capitalised run right after a place-taking organ word ("Huyện ủy",
 *   "UBND tỉnh", "Đảng ủy xã") is read as the place first, whether or not
 *   the place is in PLACES: two syllables alone are a place, never a person
 *   ("Bí thư Huyện ủy Ứng Hòa, chủ trì"); a longer run is a place then a name
 *   ("Huyện ủy Quế Võ Nguyễn Trường Hải"), or only a name when the article
 *   left the province out ("Bí thư Tỉnh ủy Trương Thị Mai").
 * - Speed: each block is tokenized once; a written form's key, kind and the
 *   phrase sets it can start are cached (tokens.ts), so phrase lookups on
 *   most tokens are one bit test.
 */
import type { Chair, Official, OfficialRegistry, Span } from '../../schema.ts';
import { normalizeText } from '../../text/vietnamese.ts';
import { blockSpans, type JoinedBlocks } from '../spans.ts';
import type { Block } from '../types.ts';
import { findChairClaims, type ChairRole } from './chairs.ts';
import { findMentions, type Mention } from './mentions.ts';
import { People, toOfficial } from './officials.ts';
import { createResolver } from './resolve.ts';
import { tokenize } from './tokens.ts';

export function extractPeople(blocks: Block[], registry: OfficialRegistry, headline?: string): { chairs: Chair[]; officials: Official[] } {
  const resolver = createResolver(registry);
  const people = new People(resolver);
  const chairRoles = new Map<string, { role: ChairRole; bridge?: string }>();
  const places = new Map<string, Span[]>();
  for (const joined of joinBlocks(blocks)) {
    const text = joined.text;
    const tokens = tokenize(text);
    const mentions = findMentions(text, tokens);
    const keys = new Map<Mention, string>();
    for (const m of mentions) {
      const spans = blockSpans(joined, tokens[m.nameStart]!.start, tokens[m.nameEnd - 1]!.end);
      const key = people.add(m.name, m.titles, m.announced && spans.every(([b]) => reportsPerson(blocks[b]!)));
      keys.set(m, key);
      places.set(key, [...(places.get(key) ?? []), ...spans]);
    }
    for (const claim of findChairClaims(text, tokens, mentions)) {
      const key = keys.get(claim.mention)!;
      const seen = chairRoles.get(key);
      // One entry per person: the first role stated wins; a bridge named later fills a gap.
      if (!seen) chairRoles.set(key, { role: claim.role, ...(claim.bridge ? { bridge: claim.bridge } : {}) });
      else if (!seen.bridge && claim.bridge && seen.role === claim.role) seen.bridge = claim.bridge;
    }
  }
  if (headline) addHeadlinePeople(people, new People(resolver), headline);
  const chairs: Chair[] = [...chairRoles].map(([key, { role, bridge }]) => ({
    ...toOfficial(people.get(key)!),
    role,
    ...(bridge ? { bridge } : {}),
  }));
  const officials = people
    .all()
    .filter((p) => p.titles.length > 0 || p.announced || chairRoles.has(p.key))
    .map((p) => ({ ...toOfficial(p), at: places.get(p.key) ?? [] }));
  return { chairs, officials };
}

/**
 * "Đồng chí Âu Thế Thái, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy làm Bí
 * thư Huyện ủy Lâm Bình": a person the headline names with a title and the text
 * does not name again is an official too, with no place in the text (`at: []`).
 * Nobody chairs by the headline, and a person the text names keeps the text's titles.
 */
function addHeadlinePeople(people: People, scratch: People, headline: string): void {
  const tokens = tokenize(headline);
  for (const m of findMentions(headline, tokens)) {
    if (m.titles.length === 0) continue;
    if (people.get(scratch.add(m.name, []))) continue;
    people.add(m.name, m.titles);
  }
}

/**
 * A name with no title counts only where the page reports on the person: in
 * a caption, or in a line with punctuation at its end (a full stop, or ":"
 * before a list). A body line ending on a bare word is most often a
 * related-article headline ("Ông Nguyễn Thiện Nhân nói về … Thủ Thiêm")
 * linking elsewhere.
 */
const BARE_END_CHAR = /[\p{L}\p{N}]/u;
const reportsPerson = (b: Block): boolean => b.kind === 'caption' || !lastCharIs(b.text, BARE_END_CHAR);

/** A block whose text stops mid-sentence: no full stop, question mark, quote or bracket at its end. */
const OPEN_END_CHAR = /[\p{L}\p{N},;:\-–—]/u;
const SPACE = /\s/;

/** What /[\p{L}\p{N},;:\-–—]\s*$/u tests, reading back from the end instead of running a regex over the whole block. */
function endsOpen(text: string): boolean {
  return lastCharIs(text, OPEN_END_CHAR);
}

/** Is the last character before trailing white space one of `oneChar` (a one-character class)? Read from the end, not scanned. */
function lastCharIs(text: string, oneChar: RegExp): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  // The second half of a surrogate pair: test the whole code point.
  const pair = c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  return oneChar.test(pair ? text.slice(i - 1, i + 1) : text[i]!);
}

/**
 * Blocks are source lines, and a source may break a line mid-sentence, even
 * mid-name ("Đồng chí Trương Thị" / "Mai, Ủy viên …"). Such a line is read
 * together with the next one of the same kind (text with text, caption with
 * caption), so the name and its titles are seen whole.
 */
export function joinBrokenLines(blocks: readonly Block[]): string[] {
  return joinBlocks(blocks).map((j) => j.text);
}

/** The same, keeping the source line each joined paragraph starts on (for --explain). */
export function joinBrokenBlocks(blocks: readonly Block[]): { line: number; text: string }[] {
  return joinBlocks(blocks).map((j) => ({ line: blocks[j.parts[0]!.block]!.line, text: j.text }));
}

function joinBlocks(blocks: readonly Block[]): JoinedBlocks[] {
  const joined: JoinedBlocks[] = [];
  let prevCaption = false;
  blocks.forEach((b, index) => {
    const text = normalizeText(b.text);
    const caption = b.kind === 'caption';
    const last = joined.at(-1);
    if (last && prevCaption === caption && endsOpen(last.text)) {
      last.parts.push({ block: index, offset: last.text.length + 1, length: text.length });
      last.text += `\n${text}`;
    } else joined.push({ text, parts: [{ block: index, offset: 0, length: text.length }] });
    prevCaption = caption;
  });
  return joined;
}
