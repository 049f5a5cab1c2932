/**
 * Classify stage: give every line of a copied news page one kind (title,
 * date, lead, body, caption, byline, source, boilerplate, duplicate, teaser,
 * blank) and a short reason, shown by `--explain`.
 *
 * The page is read in three regions:
 *   head  – the lines before the first real paragraph: menus, category lines,
 *           the headline, the date line, a weekday banner of the day the page
 *           was saved;
 *   text  – from the first paragraph to the first tail marker;
 *   tail  – from a comment form, related block, partners or print promo on:
 *           chrome, except a real paragraph, which is kept (nothing is lost
 *           because a site put its chrome in an odd place).
 * Line tests come from boilerplate.ts (patterns as data), stamp.ts, dates.ts
 * and byline.ts; this file only decides by position. Each line's stamp and
 * outlet prefix (stamp.ts) are read once here and handed on with the line.
 */
import { collapseSpaces, matchKey, normalizeText, wordsOnly } from '../text/vietnamese.ts';
import { splitSentences } from '../text/sentences.ts';
import type { ClassifiedLine, Line, LineKind } from './types.ts';
import {
  CAPTION_OPENERS,
  CAPTION_STRONG,
  CAPTION_SUBJECT_NAME,
  CAPTION_SUBJECTS,
  CAPTION_VERBS,
  CHROME_RULES,
  LIST_MARKER,
  MENU_SEPARATORS,
  MENU_WORDS,
  NARRATIVE_WORDS,
  type ChromeRule,
} from './boilerplate.ts';
import { opensWithEventDate } from './dates.ts';
import { parseBylineLine, parseSourceLine, type BylineParse } from './byline.ts';
import type { Publishers } from './publishers.ts';
import { NOTHING_READ, readLine, type LineRead, type Stamp } from './stamp.ts';
import { HEADLINE_OUTLET_TAG } from './title.ts';

/** Headlines are short; a paragraph is longer or ends like a sentence. */
const HEADLINE_MAX = 250;
/** A repeat shorter than this may be two photos with the same caption: not worth flagging. */
const DUPLICATE_MIN = 40;
/** A caption is one short sentence. */
const CAPTION_MAX = 260;
/** A paragraph this long in the tail is article text, not chrome. */
const TAIL_PARAGRAPH_MIN = 100;
/** Menu words a line needs to count as a menu bar in the middle of the text. */
const MENU_MIN_IN_TEXT = 3;
/** A paragraph this long after a name-shaped line means the name was not the byline. */
const SUBSTANTIAL_MIN = 120;

interface Features {
  text: string;
  key: string;
  blank: boolean;
  chrome: ChromeRule | null;
  /** Menu words on the line when it is made of nothing else (0 otherwise). */
  menu: number;
  read: LineRead;
  /** read.stamp, the line's date stamp. */
  date: Stamp | null;
  datelineOnly: string | null;
  /** The paragraph (after any outlet prefix) opens with the event's date: "Sáng 22-9, …". */
  opensEvent: boolean;
  source: string | null;
  byline: BylineParse | null;
  caption: string | null;
  paragraph: boolean;
  headline: boolean;
  dupKey: string;
}

/**
 * A line's kind and reason; `of` is the index of the line a repeat, teaser or
 * standfirst refers to, so later rules read it instead of parsing the reason.
 */
type Verdict = { kind: LineKind; reason: string; of?: number };

export function classifyLines(lines: Line[], opts: { knownTitle?: string; publishers: Publishers }): ClassifiedLine[] {
  const f = lines.map((l) => featuresOf(l.text, opts.publishers));
  const n = lines.length;
  const out: (Verdict | undefined)[] = new Array(n);
  const set = (i: number, kind: LineKind, reason: string) => {
    out[i] ??= { kind, reason };
  };
  const lineNo = (i: number) => lines[i]!.n;

  for (let i = 0; i < n; i++) if (f[i]!.blank) set(i, 'blank', 'blank line');

  // --- Regions -------------------------------------------------------------
  const isContent = (x: Features) =>
    !x.blank && !x.chrome && !x.menu && !x.date && !x.read.meta && x.datelineOnly === null && x.source === null && !x.byline?.labelled && x.paragraph;
  let headEnd = f.findIndex(isContent);
  if (headEnd < 0) headEnd = n;

  const motto = letterheadAt(f, headEnd);
  let title = findTitle(f, headEnd, motto, opts.knownTitle);
  if (title < 0 && !opts.knownTitle && headEnd < n && isHeadlineWithPeriod(f, headEnd)) {
    // "Bộ Chính trị điều động nhân sự." right above or below the date line: a headline
    // printed with a period. The text starts at the next paragraph.
    title = headEnd;
    const next = f.findIndex((x, i) => i > title && isContent(x));
    headEnd = next < 0 ? n : next;
  }
  const titleKey = title >= 0 ? f[title]!.dupKey : null;

  let tailStart = n;
  for (let i = headEnd; i < n; i++) {
    if (f[i]!.chrome?.startsTail) {
      tailStart = i;
      break;
    }
  }
  const dateOutsideTail = f.some((x, i) => i < tailStart && x.date);
  let lastDateBeforeTail = -1;
  for (let i = 0; i < tailStart; i++) if (f[i]!.date) lastDateBeforeTail = i;

  // --- Repeats: duplicates, teasers, alt text ----------------------------------
  const openings = byOpening(f);
  const repeats = findRepeats(f, title, titleKey, lineNo, openings);

  // --- Head ------------------------------------------------------------------
  for (let i = 0; i < headEnd; i++) {
    const x = f[i]!;
    if (out[i]) continue;
    if (i === title) {
      set(i, 'title', opts.knownTitle ? 'the front block title' : 'headline: last headline-shaped line before the text');
      continue;
    }
    if (x.date) {
      const laterDate = lastDateBeforeTail > i;
      const banner = x.date.weekday !== null && !x.date.time && (title >= 0 ? i < title : laterDate);
      // The story's own stamp under the headline ("Duy Anh - 07:00, 04/12/2023"): a dated line above it is the site's clock.
      const ownStampBelow = title >= 0 && i < title && f.some((y, j) => j > title && j < headEnd && y.date?.date && !y.date.update);
      if (banner) set(i, 'boilerplate', 'weekday banner of the day the page was saved (before the headline, no time)');
      else if (ownStampBelow) set(i, 'boilerplate', "date line above the headline while the story's own stamp follows it: the page's clock");
      else set(i, 'date', x.date.update ? 'update stamp (date line)' : 'publication date line');
      continue;
    }
    if (repeats[i]) {
      set(i, repeats[i]!.kind, repeats[i]!.reason);
      continue;
    }
    if (x.chrome) {
      set(i, 'boilerplate', x.chrome.reason);
      continue;
    }
    if (x.menu) {
      set(i, 'boilerplate', 'menu or category line');
      continue;
    }
    if (x.read.meta) {
      set(i, 'boilerplate', 'a time or view counter alone');
      continue;
    }
    if (x.datelineOnly !== null) {
      set(i, 'source', `dateline naming the outlet (${x.datelineOnly})`);
      continue;
    }
    if (x.source !== null) {
      set(i, 'source', `source credit (${x.source})`);
      continue;
    }
    if (title >= 0 && i < title) {
      set(i, 'boilerplate', x.headline ? 'headline-shaped line above the headline: page chrome' : 'page chrome above the headline');
      continue;
    }
    if (title >= 0 && motto > title && i > title) {
      set(i, 'body', "a line of the posted document's letterhead or heading");
      continue;
    }
    if (x.byline && (title >= 0 || x.byline.labelled)) {
      set(i, 'byline', 'author line by the headline');
      continue;
    }
    if (title >= 0 && i > title && isAffiliation(x.text) && i > 0) {
      let above = i - 1;
      while (above > title && f[above]!.blank) above--;
      if (above > title && out[above]?.kind === 'byline' && isAuthorInCapitals(f[above]!)) {
        set(i, 'byline', "the author's institution under the author's name");
        continue;
      }
    }
    if (x.caption) {
      set(i, 'caption', x.caption);
      continue;
    }
    if (title < 0 && opts.knownTitle && x.headline) {
      set(i, 'boilerplate', "the page's headline; the front block title replaces it");
      continue;
    }
    if (title < 0) {
      set(i, 'boilerplate', 'page chrome above the text');
      continue;
    }
    if (title >= 0 && i > title && x.headline && isPromoBelowStamp(f, title, i, headEnd)) {
      set(i, 'boilerplate', 'headline-shaped line under the stamp that the text does not take up: a promotion');
      continue;
    }
    set(i, 'body', 'short line between the headline and the text: kept');
  }

  // --- Text ------------------------------------------------------------------
  // A name-shaped line is the byline only where no real paragraph follows it.
  let lastSubstantial = -1;
  for (let i = headEnd; i < tailStart; i++) {
    const x = f[i]!;
    if (!out[i] && !repeats[i] && !x.chrome && !x.caption && x.paragraph && x.text.length >= SUBSTANTIAL_MIN) lastSubstantial = i;
  }
  let leadDone = false;
  for (let i = headEnd; i < tailStart; i++) {
    const x = f[i]!;
    if (out[i]) continue;
    if (i === title) set(i, 'title', opts.knownTitle ? 'the front block title' : 'headline');
    else if (repeats[i]) set(i, repeats[i]!.kind, repeats[i]!.reason);
    else if (x.chrome) set(i, 'boilerplate', x.chrome.reason);
    else if (x.date) set(i, 'date', x.date.update ? 'update stamp (date line)' : 'publication date line');
    else if (x.read.meta) set(i, 'boilerplate', 'a time or view counter alone');
    else if (x.datelineOnly !== null) set(i, 'source', `dateline naming the outlet (${x.datelineOnly})`);
    else if (x.source !== null) set(i, 'source', `source credit (${x.source})`);
    else if (x.byline?.labelled) set(i, 'byline', 'author credit (Tin:/Ảnh:/Bài:)');
    // A name with a role can open a sentence too ("Đồng chí X, Bí thư …, phát biểu."): a byline is no sentence.
    else if (x.byline && i > lastSubstantial && !(x.paragraph && x.text.length > 60)) set(i, 'byline', 'author line after the last paragraph');
    // Mid-text, "Kinh tế - xã hội" is a section heading; only a real menu bar is chrome.
    else if (x.menu >= MENU_MIN_IN_TEXT && !x.paragraph) set(i, 'boilerplate', 'menu bar');
    else if (x.caption) set(i, 'caption', x.caption);
    else if (!leadDone) {
      leadDone = true;
      const why = leadReason(f, i, tailStart, repeats, lineNo);
      // A standfirst that a later paragraph repeats and continues says nothing
      // that paragraph does not: keep the fuller copy only.
      if (why?.swallowedBy !== undefined) set(i, 'duplicate', `standfirst repeated in full at the start of line ${lineNo(why.swallowedBy)}`);
      else if (why) set(i, 'lead', why.reason);
      else set(i, 'body', 'first paragraph');
    } else {
      const extends_ = extendsEarlier(f, i, headEnd, lineNo, openings);
      set(i, 'body', extends_ ?? 'paragraph');
    }
  }

  // --- Tail ------------------------------------------------------------------
  for (let i = tailStart; i < n; i++) {
    const x = f[i]!;
    if (out[i]) continue;
    const after = `after the ${f[tailStart]!.chrome!.reason} (line ${lineNo(tailStart)})`;
    if (i === title) set(i, 'title', 'the front block title');
    else if (repeats[i]) set(i, repeats[i]!.kind, repeats[i]!.reason);
    // Related-article lists print year-less stamps ("15:34 12/10"): in the tail only a full date counts.
    else if (x.date?.date && !dateOutsideTail) set(i, 'date', 'publication date line (the only one)');
    else if (x.chrome) set(i, 'boilerplate', x.chrome.reason);
    else if (x.source !== null) set(i, 'source', `source credit (${x.source})`);
    else if (x.paragraph && x.text.length >= TAIL_PARAGRAPH_MIN && ENDS_SENTENCE.test(x.text))
      set(i, 'body', `real paragraph inside trailing chrome, ${after}: kept`);
    else set(i, 'boilerplate', after);
  }

  return lines.map((l, i) => ({ ...l, kind: out[i]!.kind, reason: out[i]!.reason, read: f[i]!.read }));
}

// ---------------------------------------------------------------------------
// Line features

/**
 * Features depend on the line alone, and short lines come back from page to
 * page (menus, comment forms, share bars, related headlines, bylines): keep
 * them. Nothing mutates a Features object, so sharing one is safe.
 */
const FEATURES = new WeakMap<Publishers, Map<string, Features>>();

function featuresOf(raw: string, publishers: Publishers): Features {
  if (raw.length > 200) return features(raw, publishers);
  let cache = FEATURES.get(publishers);
  if (!cache) FEATURES.set(publishers, (cache = new Map()));
  let x = cache.get(raw);
  if (!x) {
    x = features(raw, publishers);
    if (cache.size >= 20_000) cache.clear();
    cache.set(raw, x);
  }
  return x;
}

const BLANK: Omit<Features, 'text' | 'key' | 'dupKey'> = {
  blank: true,
  chrome: null,
  menu: 0,
  read: NOTHING_READ,
  date: null,
  datelineOnly: null,
  opensEvent: false,
  source: null,
  byline: null,
  caption: null,
  paragraph: false,
  headline: false,
};

function features(raw: string, publishers: Publishers): Features {
  const text = collapseSpaces(normalizeText(raw));
  const key = matchKey(text);
  if (text.length === 0) return { ...BLANK, text, key, dupKey: dupKeyOf(key) };
  // Each detector gets the line once: stamp and outlet prefix are read here, not again in each test.
  const read = readLine(text, publishers);
  const dl = read.prefix;
  const opensEvent = opensWithEventDate(dl ? dl.rest : text);
  const paragraph = isParagraph(text, dl !== null, opensEvent);
  return {
    text,
    key,
    blank: false,
    chrome: CHROME_RULES.find((r) => r.test.test(key)) ?? null,
    menu: menuWords(key),
    read,
    date: read.stamp,
    datelineOnly: dl && dl.rest === '' ? dl.code : null,
    opensEvent,
    source: parseSourceLine(text, publishers)?.source ?? null,
    byline: parseBylineLine(text, publishers),
    caption: captionReason(text, dl !== null, opensEvent),
    paragraph,
    // A date, time or counter line is never a headline.
    headline: !read.stamp && !read.meta && isHeadline(text, paragraph),
    dupKey: dupKeyOf(key),
  };
}

// Regular expressions of the per-line tests live at module level: a literal
// in a function body is a new RegExp object on every call.
const ENDS_SENTENCE = /[.!?…]["”’»)]*$/u;
const ENDS_WITH_PERIOD = /[.…]["”’»)]*$/u;
const ENDS_WITH_SEMICOLON = /;["”’»)]*$/u;
const HEADLINE_START = /^[\p{Lu}\d"“'‘]/u;
const HEADLINE_BAD_END = /[:;,\-–]$/u;
/**
 * The place-and-date line of an official document or a print view: "Hải Phòng, ngày 27 tháng 02 năm
 * 2020", "TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2021". Never a headline.
 */
const PLACE_DATELINE = /^\p{Lu}[\p{L}\p{M}.]*(?:\s+[\p{L}\p{M}.]+){0,4}\s*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$/u;
const ALT_TEXT = /^\p{Ll}{1,3}$/u;
const COMMA = /,/g;

/** Ends like a sentence, or is too long or too many sentences to be a headline, or opens with the event. */
function isParagraph(text: string, prefixed: boolean, opensEvent: boolean): boolean {
  if (ENDS_WITH_PERIOD.test(text)) return true;
  // One item of a list of grounds ("Căn cứ Quy định số 45-QĐ/TW, ngày …, về …;"): a clause of the text.
  if (ENDS_WITH_SEMICOLON.test(text) && text.length > 60) return true;
  if (text.length > HEADLINE_MAX) return true;
  if (splitSentences(text).length >= 2) return true;
  return text.length > 60 && (opensEvent || prefixed);
}

function isHeadline(line: string, paragraph: boolean): boolean {
  // "(TTV) Người dân Na Hang hướng về Đại hội": the outlet's tag does not make the line less a headline.
  const text = line.replace(HEADLINE_OUTLET_TAG, '');
  if (paragraph || text.length < 15 || text.length > HEADLINE_MAX) return false;
  if (text.split(' ').length < 4) return false;
  if (!HEADLINE_START.test(text) || LIST_MARKER.test(text)) return false;
  return !HEADLINE_BAD_END.test(text) && !PLACE_DATELINE.test(text);
}

/** How many menu words make up the line, or 0 when it has other words too. */
// Longest words first so "tin ảnh" is not read as "ảnh".
const MENU_NEEDLES = [...MENU_WORDS].sort((a, b) => b.length - a.length).map((w) => ` ${w} `);
/** Every word of a menu word: a line with any other word is no menu, whatever the order of removal. */
const MENU_SYLLABLES = new Set(MENU_NEEDLES.flatMap((n) => n.trim().split(' ')));

function menuWords(key: string): number {
  // A menu bar is a short run of words; a paragraph never is one.
  if (key.length > 300) return 0;
  const bare = key.replace(MENU_SEPARATORS, ' ');
  for (const word of bare.split(' ')) if (word && !MENU_SYLLABLES.has(word)) return 0;
  let rest = ` ${bare} `;
  let words = 0;
  for (const needle of MENU_NEEDLES) {
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ' ');
      words++;
    }
  }
  return rest.trim() === '' && (words >= 2 || key.length <= 20) ? words : 0;
}

function captionReason(text: string, prefixed: boolean, opensEvent: boolean): string | null {
  if (LIST_MARKER.test(text) || prefixed) return null;
  if (ALT_TEXT.test(text)) return `stray photo alt text ("${text}")`;
  if (text.length <= 400) for (const r of CAPTION_STRONG) if (r.test.test(text)) return r.reason;
  if (text.length > CAPTION_MAX || text.endsWith(':') || opensEvent) return null;
  if (splitSentences(text).length !== 1) return null;
  // Plain case mapping is the 'vi' one (tests/text/vietnamese.test.ts) and much cheaper.
  const lower = text.toLowerCase();
  if (NARRATIVE_WORDS.test(lower)) return null;
  const commas = (s: string) => (s.match(COMMA) ?? []).length;
  // A caption names a scene; a sentence that enumerates ("rà soát, bổ sung, …") is narration.
  const opener = CAPTION_OPENERS.exec(lower);
  if (opener && commas(text) <= 2 && text.length <= 160) return `photo caption: one short line opening "${text.slice(0, opener[0].length)}"`;
  const verb = CAPTION_VERBS.exec(lower);
  // Commas may separate a person's titles, but not what follows the verb.
  if ((CAPTION_SUBJECTS.test(lower) || CAPTION_SUBJECT_NAME.test(text)) && verb && commas(lower.slice(verb.index)) === 0) {
    return `photo caption: one short line, a person who "${verb[0]}"`;
  }
  return null;
}

/** Comparison key for repeats: case, tone placement, punctuation and short "(UBKT)" insertions folded. */
function dupKey(text: string): string {
  return dupKeyOf(matchKey(text));
}

const SHORT_INSERTION = /\s*\([^()]{1,15}\)/gu;

function dupKeyOf(key: string): string {
  // Every insertion has a "(": most lines have none.
  return wordsOnly(key.includes('(') ? key.replace(SHORT_INSERTION, '') : key).trim();
}

// ---------------------------------------------------------------------------
// Title

/**
 * The headline: with a front block title, the line that matches it (matchKey);
 * otherwise the last headline-shaped line of the head that is not chrome, a
 * date, a caption, a byline or a credit. -1 when there is none (the text
 * starts with its first paragraph).
 */
function findTitle(f: Features[], headEnd: number, motto: number, knownTitle?: string): number {
  if (knownTitle) {
    const want = dupKey(knownTitle);
    return f.findIndex((x) => !x.blank && x.dupKey === want);
  }
  // A document posted under the page's headline opens with its letterhead (the issuer in capitals,
  // "ĐẢNG CỘNG SẢN VIỆT NAM", "Số …", "QUYẾT ĐỊNH", "V/v …"): the headline is above it.
  const above = motto > 0 ? lastHeadline(f, motto, true) : -1;
  if (above >= 0) return above;
  let title = -1;
  let previous = -1;
  let lastLine = -1;
  for (let i = 0; i < headEnd; i++) {
    const x = f[i]!;
    if (x.blank) continue;
    const above = lastLine;
    lastLine = i;
    if (!isTitleCandidate(x)) continue;
    if (above >= 0 && isAffiliation(x.text) && isAuthorInCapitals(f[above]!)) continue;
    previous = title;
    title = i;
  }
  if (title >= 0 && previous >= 0 && isSectionAboveStamp(f, previous, title)) return previous;
  if (title >= 0 && previous >= 0 && isPromoBelowStamp(f, previous, title, headEnd)) return previous;
  if (title < 0) return captionShapedAboveStamp(f, headEnd);
  return title;
}

function isTitleCandidate(x: Features): boolean {
  if (!x.headline || x.chrome || x.menu || x.date || x.datelineOnly !== null || x.source !== null || x.caption) return false;
  return !(x.byline && x.text.split(' ').length <= 5);
}

/** The motto line of a Party or State document's letterhead. */
const LETTERHEAD_MOTTO = /^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:Ò|O)A XÃ HỘI CHỦ NGHĨA VIỆT NAM)$/u;

/** The motto line of a letterhead in the head, or -1. Only short lines in capitals are tested. */
function letterheadAt(f: Features[], headEnd: number): number {
  for (let i = 0; i < headEnd; i++) {
    const t = f[i]!.text;
    if (t.length > 0 && t.length < 40 && LETTERHEAD_MOTTO.test(t)) return i;
  }
  return -1;
}

/** The last headline-shaped line before `end`; with `mixedCase`, not one in capitals (a letterhead's issuer). */
function lastHeadline(f: Features[], end: number, mixedCase: boolean): number {
  for (let i = end - 1; i >= 0; i--) {
    const x = f[i]!;
    if (x.blank || !isTitleCandidate(x)) continue;
    if (mixedCase && x.text === x.text.toUpperCase()) continue;
    return i;
  }
  return -1;
}

/**
 * An author's institution under the author's name in capitals ("PHẠM THÀNH NAM" then
 * "Học viện Chính trị khu vực I", journals' and academies' sites): part of the byline, never
 * the headline, which sits above the name.
 */
const AFFILIATION = /^(?:Học viện|Trường|Đại học|Viện|Khoa|Trung tâm|Tạp chí)\s+\S/u;
const MAX_AFFILIATION_WORDS = 10;
function isAffiliation(text: string): boolean {
  return AFFILIATION.test(text) && text.split(' ').length <= MAX_AFFILIATION_WORDS;
}
function isAuthorInCapitals(x: Features): boolean {
  return x.byline !== null && x.byline.authors.length > 0 && x.text === x.text.toUpperCase();
}

/**
 * "Đồng chí Lê Văn Hiệu, Phó Bí thư Thường trực Tỉnh ủy điều hành hoạt động của Tỉnh ủy Hải Dương"
 * right above "Thứ Hai 19/09/2022 17:07": shaped like a photo caption (a person doing something),
 * but a photo's caption never sits on the story's stamp. With no other headline, the line
 * right above a dated, timed stamp is the headline.
 */
function captionShapedAboveStamp(f: Features[], headEnd: number): number {
  for (let i = headEnd - 1; i >= 0; i--) {
    const x = f[i]!;
    if (!x.headline || !x.caption || x.chrome || x.menu || x.date || x.datelineOnly !== null || x.source !== null) continue;
    let j = i + 1;
    while (j < headEnd && f[j]!.blank) j++;
    const stamp = f[j]?.date;
    if (stamp?.date && stamp.time) return i;
  }
  return -1;
}

/** Share of a line's words the first paragraph uses, for a headline above the stamp to beat a line below it. */
const HEADLINE_WORDS_IN_LEAD_MIN = 0.6;
const PROMO_WORDS_IN_LEAD_MAX = 0.3;

/**
 * "Headline / 04/12/2020 20:54 / Khai trương trang thông tin về Đại hội … / text":
 * a headline-shaped line under the stamp that the text does not take up (a
 * promotion or a link to another story), while the line above the stamp is
 * what the first paragraph reports, word for word: the line above is the headline.
 */
function isPromoBelowStamp(f: Features[], headline: number, promo: number, headEnd: number): boolean {
  if (headEnd >= f.length) return false;
  let stamp = false;
  for (let j = headline + 1; j < promo; j++) if (f[j]!.date?.date) stamp = true;
  if (!stamp) return false;
  const lead = new Set(f[headEnd]!.dupKey.split(' '));
  const share = (i: number) => {
    const words = f[i]!.dupKey.split(' ').filter(Boolean);
    return words.length ? words.filter((w) => lead.has(w)).length / words.length : 0;
  };
  return share(headline) >= HEADLINE_WORDS_IN_LEAD_MIN && share(promo) <= PROMO_WORDS_IN_LEAD_MAX;
}

/** Words of a section name printed between the headline and its stamp ("Hình sự & tố tụng hình sự"). */
const SECTION_MAX_WORDS = 6;
/** Words a headline has at least for a short line under it to be taken for its section name. */
const HEADLINE_OVER_SECTION_MIN_WORDS = 8;

/**
 * "Headline / (blank) / Hình sự & tố tụng hình sự / 09/02/2018 18:39": a short
 * line with no digits and no closing punctuation, right above the date line and
 * right below a long headline-shaped line, is the section the story is filed
 * under, not its headline.
 */
function isSectionAboveStamp(f: Features[], headline: number, section: number): boolean {
  const s = f[section]!;
  const words = (t: string) => t.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words(s.text) > SECTION_MAX_WORDS || /[\d.!?:]/u.test(s.text)) return false;
  if (words(f[headline]!.text) < HEADLINE_OVER_SECTION_MIN_WORDS) return false;
  for (let j = headline + 1; j < section; j++) if (!f[j]!.blank) return false;
  for (let j = section + 1; j < f.length; j++) if (!f[j]!.blank) return Boolean(f[j]!.date?.date);
  return false;
}

/** A one-sentence line ending with a period, next to a date line, with nothing but chrome above it. */
function isHeadlineWithPeriod(f: Features[], i: number): boolean {
  const x = f[i]!;
  if (!/[^.]\.$/u.test(x.text) || x.text.length > 200 || x.text.split(' ').length < 4) return false;
  if (x.caption || x.byline || LIST_MARKER.test(x.text) || x.opensEvent || x.read.prefix) return false;
  if (splitSentences(x.text).length !== 1) return false;
  const neighbour = (step: number) => {
    for (let j = i + step; j >= 0 && j < f.length; j += step) if (!f[j]!.blank) return f[j]!;
    return undefined;
  };
  if (neighbour(1)?.date || neighbour(-1)?.date) return true;
  // "Đô Lương tổ chức hội nghị quán triệt …." then "Sáng ngày 30/3, Đô Lương tổ chức hội nghị
  // quán triệt … và …": the next paragraph restates the line whole, after its date: the headline.
  const next = neighbour(1);
  return Boolean(next?.opensEvent && x.dupKey.length >= HEADLINE_RESTATED_MIN && next.dupKey.includes(x.dupKey));
}

/** Characters a headline restated by the next paragraph has at least (short lines repeat by chance). */
const HEADLINE_RESTATED_MIN = 40;

// ---------------------------------------------------------------------------
// Repeats

/**
 * Lines whose dupKey has at least DUPLICATE_MIN characters, by those first
 * characters, in line order. Every prefix test below (teaser of, repeats and
 * goes on) involves a key at least that long, so only lines of one bucket can
 * match: a page of 20,000 short paragraphs is not compared pair by pair.
 */
function byOpening(f: Features[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  f.forEach((x, j) => {
    if (x.dupKey.length < DUPLICATE_MIN) return;
    const k = x.dupKey.slice(0, DUPLICATE_MIN);
    const list = out.get(k);
    if (list) list.push(j);
    else out.set(k, [j]);
  });
  return out;
}

function findRepeats(
  f: Features[],
  title: number,
  titleKey: string | null,
  lineNo: (i: number) => number,
  openings: Map<string, number[]>,
): (Verdict | undefined)[] {
  const out: (Verdict | undefined)[] = new Array(f.length);
  const first = new Map<string, number>();
  const eligible = (x: Features) => !x.blank && !x.chrome && !x.menu && !x.date;

  for (let i = 0; i < f.length; i++) {
    const x = f[i]!;
    if (!eligible(x) || i === title) continue;
    if (titleKey && x.dupKey === titleKey) {
      out[i] = { kind: 'duplicate', reason: `repeats the title (line ${lineNo(title)})`, of: title };
      continue;
    }
    const cut = teaserCut(x.text);
    if (cut) {
      // The first line that starts with the cut and goes on (cut.length >= DUPLICATE_MIN).
      const target =
        openings.get(cut.slice(0, DUPLICATE_MIN))?.find((j) => j !== i && eligible(f[j]!) && f[j]!.dupKey.length > cut.length && f[j]!.dupKey.startsWith(cut)) ?? -1;
      if (target >= 0) {
        out[i] = { kind: 'teaser', reason: `teaser cut with "${teaserMark(x.text)}" of line ${lineNo(target)}`, of: target };
        continue;
      }
    }
    if (x.dupKey.length < DUPLICATE_MIN) continue;
    const seen = first.get(x.dupKey);
    if (seen !== undefined) out[i] = { kind: 'duplicate', reason: `repeats line ${lineNo(seen)}`, of: seen };
    else first.set(x.dupKey, i);
  }

  // Photo alt text, then the caption that starts with it: keep the caption.
  for (let i = 0; i + 1 < f.length; i++) {
    const x = f[i]!;
    const next = f[i + 1]!;
    if (out[i] || !eligible(x) || x.paragraph || x.text.length > 120 || i === title || !next.caption) continue;
    if (x.dupKey.length >= 10 && next.dupKey.length > x.dupKey.length && next.dupKey.startsWith(x.dupKey)) {
      out[i] = { kind: 'duplicate', reason: `photo alt text repeated at the start of caption line ${lineNo(i + 1)}`, of: i + 1 };
    }
  }
  return out;
}

/** The kept part of a copy cut with "[…]", "[...]" or a trailing "..."/"…", as a dupKey; null otherwise. */
function teaserCut(text: string): string | null {
  // Only a line ending with the mark can be a teaser; most lines end with a period.
  const end = text.trimEnd();
  if (!end.endsWith('…') && !end.endsWith('...') && !end.endsWith(']')) return null;
  const m = /^(.*?)\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\.\.\.|…)\s*$/u.exec(text);
  if (!m) return null;
  const cut = dupKey(m[1]!);
  return cut.length >= DUPLICATE_MIN ? cut : null;
}

function teaserMark(text: string): string {
  return /\[\s*(?:…|\.\.\.)\s*\]\s*$/u.test(text) ? '[…]' : '…';
}

// ---------------------------------------------------------------------------
// Lead

/**
 * The first paragraph is the standfirst (sapo) when the page shows it is:
 * the paragraph comes back later in the text (003, 004 and baokhanhhoa.vn
 * repeat the sapo as the body's first paragraph), or it is followed by the
 * paragraph that opens with the event's date or the dateline ("Sáng 28/12,
 * …", "BHG - …"), which is where the body starts.
 */
function leadReason(
  f: Features[],
  i: number,
  tailStart: number,
  repeats: (Verdict | undefined)[],
  lineNo: (i: number) => number,
): { reason: string; swallowedBy?: number } | null {
  const x = f[i]!;
  if (x.opensEvent || x.read.prefix) return null;
  for (let j = i + 1; j < f.length; j++) {
    const r = repeats[j];
    if (r?.kind === 'duplicate' && r.of === i) return { reason: `standfirst: repeated at line ${lineNo(j)}` };
    if (r?.kind === 'teaser' && r.of === i) return { reason: `standfirst: teaser of it at line ${lineNo(j)}` };
    if (x.dupKey.length >= DUPLICATE_MIN && f[j]!.dupKey.length > x.dupKey.length && f[j]!.dupKey.startsWith(x.dupKey))
      return { reason: `standfirst: line ${lineNo(j)} starts with it`, swallowedBy: j };
  }
  for (let j = i + 1; j < tailStart; j++) {
    const y = f[j]!;
    if (y.blank || y.caption || repeats[j] || y.chrome) continue;
    if (y.paragraph && (y.opensEvent || y.read.prefix))
      return { reason: `standfirst: the next paragraph (line ${lineNo(j)}) opens the report with its date or dateline` };
    return null;
  }
  return null;
}

/** A paragraph that starts with an earlier one's whole text and goes on: kept, since it says more. */
function extendsEarlier(f: Features[], i: number, from: number, lineNo: (i: number) => number, openings: Map<string, number[]>): string | null {
  const x = f[i]!;
  // An earlier key of DUPLICATE_MIN+ characters that is shorter than x and starts it shares x's opening.
  if (x.dupKey.length <= DUPLICATE_MIN) return null;
  for (const j of openings.get(x.dupKey.slice(0, DUPLICATE_MIN)) ?? []) {
    if (j < from) continue;
    if (j >= i) break;
    const y = f[j]!;
    if (y.blank || y.dupKey.length < DUPLICATE_MIN) continue;
    if (x.dupKey.length > y.dupKey.length && x.dupKey.startsWith(y.dupKey))
      return `paragraph: repeats line ${lineNo(j)} and goes on, so it is kept`;
  }
  return null;
}
