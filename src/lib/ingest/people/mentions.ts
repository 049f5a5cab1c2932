/**
 * Mentions of people in one block: a name with the titles written beside it.
 *
 *   [honorific] [degree] [titles before] NAME [(aside)] [sep titles after]
 *
 *   "Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban …"
 *   "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Trương Thị Mai"
 *   "Bà Phạm Thị Thuý Hằng- Trưởng Ban Tổ chức Huyện uỷ"
 *
 * Titles are split at commas (and "kiêm", "và" before another title) and
 * kept as printed, with tone placement folded. Nothing here knows about
 * chairing; chairs.ts reads the mentions' positions.
 *
 * A mention may carry no title at all ("thay đồng chí Nguyễn Công Ngọ",
 * "Ông Trần Văn A phát biểu"): it is `announced` when an honorific, or a
 * list an honorific opened ("các đồng chí: A, B và C"), stands before a run
 * that is a full name on its own (family name first, not a place or a
 * street), so "Bà Rịa Vũng Tàu" or "đồng chí Bí thư" announce nobody.
 */
import {
  afterPlaceSlot,
  degrees,
  eponymousOrgans,
  headAt,
  honorifics,
  isFamilyName,
  listNameAt,
  MAX_NAME,
  nameAt,
  placeThenName,
  titleStartsAt,
  type NameSpan,
} from './names.ts';
import {
  heads,
  joiners,
  normalizeTitle,
  numberedOrgans,
  organConnectors,
  organLower,
  organLowerAfter,
  organWords,
  prefixes,
  ranks,
  termWords,
} from './titles.ts';
import { PhraseSet, isDash, isNameSyllable, sliceText, tokenize, type Token } from './tokens.ts';

export interface Mention {
  /** The name as written (single spaces). */
  name: string;
  /** Titles as written, normalized, in order. */
  titles: string[];
  /** Token span of the whole mention, honorific to last title or aside. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Written as a person's name without needing a title: see the module comment. */
  announced: boolean;
}

/** Join the items of a list of people. */
export const LIST_JOINERS = [';', ',', 'và', ', và', '; và', 'cùng', 'cùng với'] as const;
export const listJoiners = new PhraseSet(LIST_JOINERS);

interface TitleSpan {
  start: number;
  end: number;
  /** The name the title stopped at, when a name follows it directly. */
  name: NameSpan | null;
}

const ROMAN = /^[IVXL]+$/;
const isTermValue = (t: Token | undefined): boolean => !!t && (t.kind === 'num' || ROMAN.test(t.text));

/**
 * End of the organ part of a title starting at k ("Tổ chức Tỉnh ủy Bắc
 * Ninh"), or where a person's name begins inside it. `prev` is the key of the
 * word before k, for words that count only after certain others.
 */
export function parseOrgan(tokens: readonly Token[], k: number, prev: string): { end: number; name: NameSpan | null } {
  let eponymous = false;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'cap') {
      // Organ words come first: they are written "Capital lower" ("Tổ chức"), never like a name.
      const w = tokens[k + 1]?.kind === 'lower' ? organWords.matchAt(tokens, k) : 0;
      // Another title glued on without a comma ("Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh"),
      // unless the head is also an organ word ("Ban Bí thư", "Đoàn Đại biểu Quốc hội").
      if (w === 0 && titleStartsAt(tokens, k)) break;
      if (w === 0 && eponymous && isFamilyName(t)) {
        // "Trường Chính trị Trần Phú": the run names the school; a person may follow it.
        k = institutionNameEnd(tokens, k);
        eponymous = false;
        prev = '';
        continue;
      }
      if (w === 0 && afterPlaceSlot(tokens, k)) {
        // "Huyện ủy Ứng Hòa", "Tỉnh ủy Bắc Ninh Nguyễn Văn A": the place is part of the title.
        const split = placeThenName(tokens, k);
        if (split.name) return { end: split.end, name: split.name };
        if (split.end > k) {
          k = split.end;
          prev = tokens[k - 1]!.key;
          continue;
        }
      }
      if (w === 0) {
        const name = nameAt(tokens, k);
        if (name) return { end: k, name };
      }
      if (eponymousOrgans.matchAt(tokens, k) > 0) eponymous = true;
      const n = w > 0 ? w : 1;
      prev = tokens.slice(k, k + n).map((x) => x.key).join(' ');
      k += n;
      // "Quân khu 4", "Sư đoàn 9"
      if (numberedOrgans.has(prev) && tokens[k]?.kind === 'num') k++;
      continue;
    }
    if (t.kind === 'abbr') {
      prev = t.key;
      k++;
      continue;
    }
    if (t.kind === 'lower') {
      const term = termWords.matchAt(tokens, k);
      if (term > 0) {
        if (!isTermValue(tokens[k + term])) break;
        k += term + 1;
        // "2020-2025", "2025 - 2030"
        if (isDash(tokens[k]) && tokens[k + 1]?.kind === 'num') k += 2;
        prev = '';
        continue;
      }
      const c = organConnectors.matchAt(tokens, k);
      const next = tokens[k + c];
      if (c > 0 && (next?.kind === 'cap' || next?.kind === 'abbr') && !titleStartsAt(tokens, k + c) && !nameAt(tokens, k + c)) {
        // "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội": one organ inside another.
        k += c;
        prev = '';
        continue;
      }
      if (t.key === 'và' && tokens[k + 1]?.kind === 'cap' && tokens[k + 2]?.kind === 'lower' && organWords.matchAt(tokens, k + 1) > 0 && !titleStartsAt(tokens, k + 1)) {
        // "Bộ Nông nghiệp và Phát triển nông thôn", "Thương binh và Xã hội"
        k += 1;
        continue;
      }
      const n = lowerOrganAt(tokens, k, prev);
      if (n === 0) break;
      prev = tokens.slice(k, k + n).map((x) => x.key).join(' ');
      k += n;
      continue;
    }
    if (isDash(t)) {
      // "Quản lý đầu tư - xây dựng", "Lao động - Thương binh": the dash joins
      // two parts of one organ; before a name or another title it ends the title.
      const after = tokens[k + 1];
      if (after?.kind === 'lower' && lowerOrganAt(tokens, k + 1, prev) > 0 && !organLower.matchAt(tokens, k + 1)) {
        k += 1;
        continue;
      }
      if (after?.kind === 'cap' && tokens[k + 2]?.kind === 'lower' && organWords.matchAt(tokens, k + 1) > 0 && !titleStartsAt(tokens, k + 1)) {
        k += 1;
        continue;
      }
      break;
    }
    break;
  }
  return { end: k, name: null };
}

function lowerOrganAt(tokens: readonly Token[], k: number, prev: string): number {
  const n = organLower.matchAt(tokens, k);
  if (n > 0) return n;
  for (const { keys, after } of organLowerAfter.values()) {
    if (after.has(prev) && keys.every((key, j) => tokens[k + j]?.key === key)) return keys.length;
  }
  return 0;
}

/** The eponym of a school or fund, and where a person's name starts after it, if one does. */
function institutionNameEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  while (isNameSyllable(tokens[end])) end++;
  for (let m = k + 2; m < end; m++) {
    const name = nameAt(tokens, m);
    if (name && name.end === end) return m;
  }
  return end;
}

/** One title at i: prefixes, a head or rank, then the organ. */
export function parseTitle(tokens: readonly Token[], i: number): TitleSpan | null {
  let j = i;
  for (let n = prefixes.matchAt(tokens, j); n > 0; n = prefixes.matchAt(tokens, j)) j += n;
  const h = headAt(tokens, j);
  if (h === 0) return null;
  j += h;
  const organ = parseOrgan(tokens, j, tokens[j - 1]!.key);
  return { start: i, end: organ.end, name: organ.name };
}

interface Chain {
  titles: TitleSpan[];
  end: number;
  /** Set when the last title runs straight into a name: that title is the name's. */
  name: NameSpan | null;
}

/** Titles separated by commas, dashes ("Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng") or "kiêm"/"và", from i. */
export function parseChain(tokens: readonly Token[], i: number): Chain {
  const titles: TitleSpan[] = [];
  let k = i;
  for (;;) {
    const t = parseTitle(tokens, k);
    if (!t) break;
    titles.push(t);
    if (t.name) return { titles, end: t.end, name: t.name };
    let next = t.end;
    if (tokens[next]?.text === ',' || (tokens[next] && isDash(tokens[next]!))) next++;
    next += joiners.matchAt(tokens, next);
    if (!titleStartsAt(tokens, next)) break;
    k = next;
  }
  return { titles, end: titles.at(-1)?.end ?? i, name: null };
}

const SEPARATORS = new Set([',', '-', '–', '—', ':']);
const LIST_STARTS = new Set([':', ';', '.', '(', '“', '"']);

/**
 * A name with no known family name may stand at a list start, or after a
 * comma that follows a lower-case word ("báo cáo, Điểu Kré, Phó Chủ tịch …"):
 * after a capitalised one the comma more likely runs a list of places
 * ("Hà Tĩnh, Quảng Bình, Quảng Trị, …").
 */
function mayStartListName(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!.text;
  if (prev !== ',') return LIST_STARTS.has(prev);
  const kind = tokens[i - 2]?.kind;
  return kind === 'lower' || kind === 'num';
}

/** A Vietnamese syllable, lower-cased: initial consonants, one to three vowels, a final consonant ("phụng", "nguyễn", "đường"). */
const V = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const SYLLABLE = new RegExp(`^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[${V}]{1,3}(?:ng|nh|ch|[cmnpt])?$`, 'u');

/** Two to four syllables in capitals after an honorific; the caller wants a title after them. */
function capitalsNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  let end = i;
  while (end < tokens.length && end - i < MAX_NAME && isCapitalSyllable(tokens[end]!)) end++;
  return end - i >= 2 && !isCapitalSyllable(tokens[end]) ? { start: i, end } : null;
}

function isCapitalSyllable(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'abbr' && !(t.kind === 'cap' && t.text.length === 1))) return false;
  return t.text === t.text.toUpperCase() && SYLLABLE.test(t.text.normalize('NFC').toLowerCase());
}

/** "PHỤNG" → "Phụng". */
function titleCaseSyllable(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Skip "(ảnh)", "(48 tuổi)", "(thứ 2 từ trái sang)" right after a name or title. */
function skipAside(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    if (tokens[j]!.text === ')') return j + 1;
    if (tokens[j]!.text === '(' || tokens[j]!.text === '.') return k;
  }
  return k;
}

/**
 * The mention at i. `inList`: i continues a list that an honorific opened,
 * so a full name there is announced as if the honorific stood before it.
 */
function mentionAt(text: string, tokens: readonly Token[], i: number, inList: boolean): Mention | null {
  let j = i;
  const honorific = honorifics.matchAt(tokens, j);
  j += honorific;
  if (honorific > 0 && tokens[j]?.text === ':') return null; // "Các đồng chí:" opens a list
  let degree = 0;
  for (let n = degrees.matchAt(tokens, j); n > 0; n = degrees.matchAt(tokens, j)) {
    degree += n;
    j += n;
  }
  let before: TitleSpan[] = [];
  let name: NameSpan | null;
  /** The name is printed in capitals: written back in the usual case. */
  let upperCased = false;
  /** Only a title of its own makes this run a person: no honorific, no known family name. */
  let needsTitle = false;
  if (titleStartsAt(tokens, j)) {
    const chain = parseChain(tokens, j);
    if (!chain.name) return null;
    before = chain.titles;
    name = chain.name;
  } else {
    name = nameAt(tokens, j, { announced: honorific + degree > 0 });
    // "trao đổi với đồng chí PHAN VĂN PHỤNG, Trưởng Ban Tổ chức Tỉnh ủy": an interview names its guest in capitals.
    if (!name && honorific > 0) {
      const caps = capitalsNameAt(tokens, j);
      if (caps && SEPARATORS.has(tokens[caps.end]?.text ?? '') && titleStartsAt(tokens, caps.end + 1)) {
        name = caps;
        upperCased = true;
      }
    }
    if (!name && honorific + degree === 0 && mayStartListName(tokens, i)) {
      // A list item with no family name we know: only when a title follows.
      const candidate = listNameAt(tokens, j);
      if (candidate && SEPARATORS.has(tokens[candidate.end]?.text ?? '') && titleStartsAt(tokens, candidate.end + 1)) {
        name = candidate;
        needsTitle = true;
      }
    }
    if (!name) return null;
  }
  let end = name.end;
  let after: TitleSpan[] = [];
  const inParens = tokens[end]?.text === '(' && titleStartsAt(tokens, end + 1) ? parseChain(tokens, end + 1) : null;
  if (inParens && !inParens.name && tokens[inParens.end]?.text === ')') {
    // "đồng chí Nguyễn Văn A (Bí thư Tỉnh ủy) chủ trì"
    after = inParens.titles;
    end = inParens.end + 1;
  } else end = skipAside(tokens, end);
  if (after.length === 0 && SEPARATORS.has(tokens[end]?.text ?? '') && titleStartsAt(tokens, end + 1)) {
    const chain = parseChain(tokens, end + 1);
    after = chain.name ? chain.titles.slice(0, -1) : chain.titles;
    if (after.length > 0) end = skipAside(tokens, after.at(-1)!.end);
  }
  // "Tại Đắk Lắk, Phó Bí thư Tỉnh ủy Y Ngông …": the title belongs to the name after it, not to the place.
  if (needsTitle && after.length === 0) return null;
  const titles = [...before, ...after].map((t) => normalizeTitle(sliceText(text, tokens, t.start, t.end)));
  const announced = upperCased || ((honorific > 0 || inList) && nameAt(tokens, name.start)?.end === name.end);
  const written = sliceText(text, tokens, name.start, name.end);
  return {
    name: upperCased ? written.split(' ').map(titleCaseSyllable).join(' ') : written,
    titles,
    start: i,
    end,
    nameStart: name.start,
    nameEnd: name.end,
    announced,
  };
}

/** Where the items of a list opened at i start ("các đồng chí:", "gồm các ông:"), or -1. */
function listOpenedAt(tokens: readonly Token[], i: number): number {
  const n = honorifics.matchAt(tokens, i);
  return n > 0 && tokens[i + n]?.text === ':' ? i + n + 1 : -1;
}

/**
 * Only a capitalised word, an honorific, a degree or a title can open a
 * mention (or a title to skip): most tokens are ruled out by this alone.
 */
function mayStartMention(t: Token): boolean {
  return (
    t.kind === 'cap' ||
    honorifics.mayStartWith(t) ||
    degrees.mayStartWith(t) ||
    prefixes.mayStartWith(t) ||
    heads.mayStartWith(t) ||
    ranks.mayStartWith(t)
  );
}

/** Every mention in a block's text, in order. */
export function findMentions(text: string, tokens: readonly Token[] = tokenize(text)): Mention[] {
  const out: Mention[] = [];
  /** Where the next item of an announced list would start (-1: no list open). */
  let listNext = -1;
  for (let i = 0; i < tokens.length; ) {
    if (!mayStartMention(tokens[i]!)) {
      i++;
      continue;
    }
    const m = mentionAt(text, tokens, i, i === listNext);
    if (m) {
      out.push(m);
      i = Math.max(m.end, m.nameEnd);
      listNext = m.announced ? i + listJoiners.matchAt(tokens, i) : -1;
      continue;
    }
    const opened = listOpenedAt(tokens, i);
    if (opened >= 0) {
      listNext = opened;
      i = opened;
      continue;
    }
    if (titleStartsAt(tokens, i)) {
      // A title with nobody named: skip its organ words so that they are not read as names.
      i = Math.max(parseChain(tokens, i).end, i + 1);
      continue;
    }
    i++;
  }
  return out;
}
