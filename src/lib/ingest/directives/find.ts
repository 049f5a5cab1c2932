/**
 * Find directive citations in body blocks: tokenize each paragraph, then walk
 * the tokens with the tables of patterns.ts. A citation is a kind followed by
 * a number or code ("Kết luận số 75-KL/TW"), by a plenum ("Nghị quyết Trung
 * ương 4 khóa XII") or by the national congress ("Nghị quyết Đại hội XIII");
 * after it may come an attribution tail (date, issuing body, plenum, term).
 * A kind with none of these ("các nghị quyết", "Đề án “…”") is not a citation.
 *
 * The finder records what the text says and nothing more; which document a
 * citation means (term, registry entry) is decided in resolve.ts.
 */
import type { DirectiveKind, Span } from '../../schema.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import type { Block } from '../types.ts';
import { kindFitsCode, kindOfCode, type ParsedCode } from './codes.ts';
import {
  BODIES,
  BODY_NOT_BEFORE,
  CENTRAL_COMMITTEE,
  CONGRESS_FRAMES,
  CONGRESS_KINDS,
  CONGRESS_WORDS,
  COUNTED_NOUNS,
  DATE_WORD,
  KINDS,
  LIST_SEPARATORS,
  LOCAL_CONGRESS_WORDS,
  NOT_CITED_AFTER,
  NTH,
  NUMBER_WORD,
  ORDINALS,
  ORDINAL_UNITS,
  PLENUM,
  TAIL_JOINERS,
  TERM_WORD,
  type BodyPattern,
  type KindPattern,
  type Scope,
} from './patterns.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { fromRoman, normalizeTerm, toRoman } from './terms.ts';
import { compile, isoDate, isUpperInitial, matchAt, phraseTokens, quickNorm, tokenize, type Token } from './tokens.ts';

export interface CitationCandidate {
  kind: DirectiveKind;
  /** Document number as written ("75", "05"); "" when the citation names only a plenum or congress. */
  number: string;
  /** Code after the number: "KL/TW", "NQ-CP", "QĐNS/TW", "2024/NĐ-CP". */
  suffix?: string;
  /** TW, CP, TTg, TU, HU, BTCTW … from the suffix or the context. */
  issuer?: string;
  /** The organ named in the text: "Bộ Chính trị", "Tỉnh ủy Tây Ninh". */
  issuingBody?: string;
  /** ISO date when the citation carries the issue date. */
  citedDate?: string;
  /** Central Party term the citation names ("XII"). */
  citedTerm?: string;
  /** Year the citation names without a full date ("Chỉ thị số 35 năm 2024"). */
  citedYear?: string;
  /** Central Committee plenum ("4" in "Hội nghị Trung ương 4"). */
  plenum?: string;
  /** National congress whose resolution is cited ("XIII"). */
  congress?: string;
  /** Place of a local Party committee ("Tây Ninh"), to tell provinces' documents apart. */
  locality?: string;
  /** The citation exactly as written. */
  form: string;
  /** The sentence that cites it. */
  sentence: string;
  /** 1-based line in the source file. */
  line: number;
  /** Where to link in the body: block index and offsets in the block's text; the form, or its part that names this document. */
  at: Span;
}

// ---- compiled tables -------------------------------------------------------

const ROMAN = /^[IVXL]+$/;
const TWO_DIGITS = /^\d{1,2}$/;
const YEAR = /^(19|20)\d\d$/;
const DOC_NUMBER = /^\d{1,5}$/;

const KIND_PHRASES = KINDS.flatMap((k) => [
  ...k.words.map((w) => ({ k, toks: phraseTokens(w), abbreviation: false })),
  ...k.abbreviations.map((a) => ({ k, toks: phraseTokens(a), abbreviation: true })),
]).sort((a, b) => b.toks.length - a.toks.length);

const BODY_PHRASES = BODIES.flatMap((b) => b.words.map((w) => ({ b, toks: phraseTokens(w) }))).sort(
  (a, b) => b.toks.length - a.toks.length,
);
const CENTRAL = compile(CENTRAL_COMMITTEE);
const CONGRESS = compile(CONGRESS_WORDS);
const LOCAL_CONGRESS = compile(LOCAL_CONGRESS_WORDS);
const CONGRESS_WORD = compile(['Đại hội'])[0]!;
const SEPARATORS = compile(LIST_SEPARATORS);
const NOT_CITED = compile(NOT_CITED_AFTER);
const CONGRESS_FRAME = compile(CONGRESS_FRAMES);
const PLENUM_T = phraseTokens(PLENUM);
const NTH_T = phraseTokens(NTH);
const PARTY_T = phraseTokens('Đảng');
const ADMIN_PREFIX = compile(['thành phố', 'tỉnh', 'huyện', 'quận', 'thị xã']);
const JOINERS = new Set(TAIL_JOINERS);
const COUNTED = new Set(COUNTED_NOUNS);
const NOT_BODY_BEFORE = new Set(BODY_NOT_BEFORE);
const TERM_KEY = phraseTokens(TERM_WORD)[0]!.key;
const NUMBER_KEY = phraseTokens(NUMBER_WORD)[0]!.key;
const DATE_KEY = phraseTokens(DATE_WORD)[0]!.key;

const ISSUED_T = phraseTokens('ban hành');
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/**
 * "Ngày 10/12/2019, Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 101-KH/ĐU":
 * the sentence opens with the date the document right after "ban hành" was
 * issued. Its date, when the citation itself carries none.
 */
function issuedOpening(toks: readonly Token[], kindStart: number): string | undefined {
  const b = kindStart - ISSUED_T.length;
  if (b < 0 || matchAt(toks, b, ISSUED_T) !== kindStart) return undefined;
  let s = b;
  while (s > 0 && !SENTENCE_ENDS.has(toks[s - 1]!.text)) s--;
  const d = toks[s]?.key === DATE_KEY ? toks[s + 1] : undefined;
  return d?.type === 'date' && d.iso && toks[s + 2]?.text === ',' ? d.iso : undefined;
}

function matchAny(toks: readonly Token[], i: number, phrases: readonly Token[][]): number {
  for (const p of phrases) {
    const e = matchAt(toks, i, p);
    if (e >= 0) return e;
  }
  return -1;
}

// ---- small parsers over tokens ---------------------------------------------

/** A term after "khóa": roman numeral or digits. */
function termAt(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.type === 'num' || (t.type === 'word' && ROMAN.test(t.text))) return normalizeTerm(t.text);
  return undefined;
}

/** An ordinal after "lần thứ": 6, VI, sáu, mười hai. */
function ordinalAt(toks: readonly Token[], i: number): { n: number; end: number } | undefined {
  const t = toks[i];
  if (!t) return undefined;
  if (t.type === 'num' && TWO_DIGITS.test(t.text)) return { n: Number(t.text), end: i + 1 };
  if (t.type === 'word' && ROMAN.test(t.text)) {
    const n = fromRoman(t.text);
    return n ? { n, end: i + 1 } : undefined;
  }
  const base = ORDINALS[t.key];
  if (base === undefined) return undefined;
  if (base === 10) {
    const unit = toks[i + 1] ? ORDINAL_UNITS[toks[i + 1]!.key] : undefined;
    if (unit !== undefined) return { n: 10 + unit, end: i + 2 };
  }
  return { n: base, end: i + 1 };
}

/** "Hội nghị Trung ương 4", "Trung ương 7", "Hội nghị lần thứ sáu", "Hội nghị BCH TW lần thứ 6". */
function plenumAt(toks: readonly Token[], i: number, requirePlenumWord: boolean): { plenum: string; end: number } | undefined {
  let p = i;
  const hn = matchAt(toks, p, PLENUM_T);
  if (hn >= 0) p = hn;
  else if (requirePlenumWord) return undefined;
  const c = matchAny(toks, p, CENTRAL);
  if (c >= 0) {
    const t = toks[c];
    if (t?.type === 'num' && TWO_DIGITS.test(t.text)) return { plenum: String(Number(t.text)), end: c + 1 };
    const nth = matchAt(toks, c, NTH_T);
    const o = nth >= 0 ? ordinalAt(toks, nth) : undefined;
    return o ? { plenum: String(o.n), end: o.end } : undefined;
  }
  if (hn < 0) return undefined;
  const nth = matchAt(toks, p, NTH_T);
  const o = nth >= 0 ? ordinalAt(toks, nth) : undefined;
  return o ? { plenum: String(o.n), end: o.end } : undefined;
}

/** "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII"; not "Đại hội Đảng bộ tỉnh lần thứ XVII". */
function congressAt(toks: readonly Token[], i: number): { congress: string; end: number } | undefined {
  // "Nghị quyết Đại hội Đại hội đại biểu toàn quốc lần thứ XIII": the word typed twice.
  const once = matchAt(toks, i, CONGRESS_WORD);
  if (once >= 0 && matchAt(toks, once, CONGRESS_WORD) >= 0) i = once;
  for (const phrase of CONGRESS) {
    const e = matchAt(toks, i, phrase);
    if (e < 0) continue;
    const o = ordinalAt(toks, e);
    // Bare "Đại hội" must be followed by a numeral, not a word ("Đại hội hai").
    if (!o || (phrase.length === 2 && toks[e]!.type === 'word' && !ROMAN.test(toks[e]!.text))) continue;
    // National congresses are I–XIV; local ones go higher or are followed by "Đảng bộ".
    if (o.n < 1 || o.n > 14 || matchAny(toks, o.end, LOCAL_CONGRESS) >= 0) return undefined;
    return { congress: toRoman(o.n), end: o.end };
  }
  return undefined;
}

interface BodyMatch {
  body: BodyPattern;
  end: number;
  locality?: string;
}

function bodyAt(toks: readonly Token[], i: number): BodyMatch | undefined {
  for (const { b, toks: phrase } of BODY_PHRASES) {
    let e = matchAt(toks, i, phrase);
    if (e < 0) continue;
    if (toks[e] && NOT_BODY_BEFORE.has(toks[e]!.key)) continue;
    if (b.scope === 'central') {
      // "BCH T.Ư Đảng", "Ban Bí thư Trung ương Đảng"
      const d = matchAt(toks, e, PARTY_T);
      if (d >= 0 && !(toks[d] && NOT_BODY_BEFORE.has(toks[d]!.key))) e = d;
    }
    let locality: string | undefined;
    if (b.locality) {
      let p = e;
      const a = matchAny(toks, p, ADMIN_PREFIX);
      if (a >= 0) p = a;
      const words: Token[] = [];
      while (words.length < 5 && toks[p]?.type === 'word' && isUpperInitial(toks[p]!)) words.push(toks[p++]!);
      // "Bà Rịa - Vũng Tàu"
      if (words.length && toks[p]?.text === '-' && toks[p + 1]?.type === 'word' && isUpperInitial(toks[p + 1]!)) {
        words.push(toks[p]!);
        p++;
        while (words.length < 9 && toks[p]?.type === 'word' && isUpperInitial(toks[p]!)) words.push(toks[p++]!);
      }
      if (words.length) {
        locality = words.map((w) => w.text).join(' ');
        e = p;
      }
    }
    return { body: b, end: e, ...(locality ? { locality } : {}) };
  }
  return undefined;
}

interface Tail {
  citedDate?: string;
  citedTerm?: string;
  citedYear?: string;
  plenum?: string;
  body?: BodyMatch;
  /** "của" is followed by an organ the tables do not know ("của UBND tỉnh"). */
  unknownOrgan?: boolean;
  /** Token index after the term, to end a plenum name's form there. */
  termEnd?: number;
  /** Token index after the tail; equals the start when there is none. */
  end: number;
}

/** Date after "ngày" (or alone in brackets): "ngày 30-5-2020", "ngày 25 tháng 10 năm 2017". */
function dateAt(toks: readonly Token[], i: number, bracketed: boolean): { iso: string; end: number } | undefined {
  let p = i;
  if (toks[p]?.key === DATE_KEY) p++;
  else if (!bracketed) return undefined;
  const t = toks[p];
  if (t?.type === 'date' && t.iso) return { iso: t.iso, end: p + 1 };
  if (t?.type === 'num' && toks[p + 1]?.key === 'tháng' && toks[p + 2]?.type === 'num' && toks[p + 3]?.key === 'năm' && toks[p + 4]?.type === 'num') {
    const iso = isoDate(Number(t.text), Number(toks[p + 2]!.text), Number(toks[p + 4]!.text));
    return iso ? { iso, end: p + 5 } : undefined;
  }
  return undefined;
}

function tailElement(toks: readonly Token[], q: number, tail: Tail, bracketed: boolean): number {
  const d = dateAt(toks, q, bracketed);
  if (d) {
    tail.citedDate ??= d.iso;
    return d.end;
  }
  const pl = plenumAt(toks, q, true);
  if (pl) {
    tail.plenum ??= pl.plenum;
    return pl.end;
  }
  if (toks[q]?.key === TERM_KEY) {
    const term = termAt(toks[q + 1]);
    if (!term || tail.citedTerm) return -1; // a second term starts a new citation ("khóa XI, khóa XII")
    tail.citedTerm = term;
    tail.termEnd = q + 2;
    return q + 2;
  }
  // "Chỉ thị 35 năm 2024": the year tells namesakes of two terms apart.
  if (toks[q]?.key === 'năm' && toks[q + 1]?.type === 'num' && YEAR.test(toks[q + 1]!.text)) {
    tail.citedYear ??= toks[q + 1]!.text;
    return q + 2;
  }
  const b = bodyAt(toks, q);
  if (b) {
    tail.body ??= b;
    return b.end;
  }
  return -1;
}

/** The attribution after a citation: any order of date, body, plenum and term, joined by ",", "của", "tại", "(". */
function tailAt(toks: readonly Token[], i: number): Tail {
  const tail: Tail = { end: i };
  let p = i;
  for (let guard = 0; guard < 10; guard++) {
    let q = p;
    let bracketed = false;
    let of = false;
    while (q < toks.length && JOINERS.has(toks[q]!.key) && q - p < 3) {
      if (toks[q]!.text === '(') bracketed = true;
      if (toks[q]!.key === 'của') of = true;
      q++;
    }
    const e = tailElement(toks, q, tail, bracketed);
    if (e < 0) {
      if (of && !tail.body && toks[q]?.type === 'word') tail.unknownOrgan = true;
      break;
    }
    p = e;
    if (bracketed && toks[p]?.text === ')') p++;
    tail.end = p;
  }
  return tail;
}

function hasTail(t: Tail): boolean {
  return !!(t.citedDate || t.citedTerm || t.plenum || t.body || t.unknownOrgan);
}

/** A bare number after a kind is a document number unless it counts something or is a year or fraction. */
function acceptsNumber(toks: readonly Token[], p: number, withSo: boolean): boolean {
  const t = toks[p]!;
  if (!DOC_NUMBER.test(t.text) || Number(t.text) === 0) return false;
  if (!withSo && YEAR.test(t.text)) return false;
  const next = toks[p + 1];
  if (!next) return true;
  if ((next.text === '/' || next.text === '-' || next.text === '%') && next.start === t.end) return false;
  if (next.type === 'word' && COUNTED.has(next.key)) {
    if (next.key === 'năm' && toks[p + 2]?.type === 'num' && YEAR.test(toks[p + 2]!.text)) return true;
    if (next.key === DATE_KEY && dateAt(toks, p + 1, false)) return true;
    return false;
  }
  return true;
}

interface NumberMatch {
  number: string;
  code?: ParsedCode;
  start: number;
  end: number;
}

function numberAt(toks: readonly Token[], i: number, bareAllowed: boolean): NumberMatch | undefined {
  let p = i;
  const withSo = toks[p]?.key === NUMBER_KEY;
  if (withSo) p++;
  const t = toks[p];
  if (t?.type === 'code') return { number: t.code!.number, code: t.code!, start: i, end: p + 1 };
  if (t?.type === 'num' && (withSo || bareAllowed) && acceptsNumber(toks, p, withSo)) return { number: t.text, start: i, end: p + 1 };
  return undefined;
}

/**
 * "Chương trình 01 của Thành ủy", "Kế hoạch 05 của Ban Thường vụ": a number
 * written with a leading zero and followed by "của" is a document's number even
 * after a kind that is also an everyday word ("Chương trình 135" is not).
 */
function ownedZeroPadded(toks: readonly Token[], kindStart: number, i: number): boolean {
  const t = toks[i];
  return isUpperInitial(toks[kindStart]!) && t?.type === 'num' && /^0\d+$/.test(t.text) && toks[i + 1]?.key === 'của';
}

/** Kind stated in words, checked against the code's letters: the code wins when they disagree. */
function kindFor(word: DirectiveKind | undefined, code: ParsedCode | undefined): DirectiveKind | undefined {
  if (!code) return word;
  const fromCode = kindOfCode(code.kindCode, code.scope);
  if (!fromCode) {
    // "Quyết định số 2139-QĐSN/TW": letters the tables do not know, but opening with the
    // letters of the kind the text names (a slip for QĐNS): the word's kind.
    const letters = word ? KINDS.find((k) => k.kind === word)?.code.toLocaleUpperCase('vi') : undefined;
    if (letters && code.kindCode.startsWith(letters) && code.kindCode.length > letters.length) return word;
    return undefined; // BC, TTr …: a report or a submission, not a directive
  }
  return word && kindFitsCode(word, code.kindCode) ? word : fromCode;
}

// ---- the walk --------------------------------------------------------------

interface Item {
  kind: DirectiveKind;
  number: string;
  code?: ParsedCode;
  tail: Tail;
  plenum?: string;
  congress?: string;
  /** Token range of the form. */
  from: number;
  to: number;
  /** Token range to link, when a form names several documents: each term's words go to its own. */
  link?: [number, number];
  /** Items joined in one list share attribution; `run` marks one kind word's items ("số 18, số 19"). */
  group: number;
  run: number;
  named: boolean;
}

interface Run {
  items: Omit<Item, 'group' | 'run'>[];
  end: number;
  named: boolean;
}

/**
 * KIND_PHRASES by the key of their first token, each list in KIND_PHRASES
 * order: a phrase can only match where its first key is, so looking up the
 * token's key gives the same first match as trying every phrase.
 */
const KIND_BY_FIRST = new Map<string, typeof KIND_PHRASES>();
for (const p of KIND_PHRASES) {
  const first = p.toks[0]?.key;
  if (first === undefined) continue;
  const list = KIND_BY_FIRST.get(first);
  if (list) list.push(p);
  else KIND_BY_FIRST.set(first, [p]);
}

/** First code units of those keys: most tokens are ruled out without hashing their key. */
const KIND_INITIALS = new Set([...KIND_BY_FIRST.keys()].map((k) => k.charCodeAt(0)));

function kindAt(toks: readonly Token[], i: number): { k: KindPattern; end: number; bare: boolean; draft: boolean } | undefined {
  const t = toks[i];
  const candidates = t && KIND_INITIALS.has(t.key.charCodeAt(0)) ? KIND_BY_FIRST.get(t.key) : undefined;
  if (!candidates) return undefined;
  for (const { k, toks: phrase, abbreviation } of candidates) {
    const e = matchAt(toks, i, phrase);
    if (e < 0) continue;
    const draft = NOT_CITED.some((n) => i >= n.length && matchAt(toks, i - n.length, n) === i);
    return { k, end: e, bare: abbreviation || (k.bareNumber && isUpperInitial(toks[i]!)), draft };
  }
  return undefined;
}

function runAt(toks: readonly Token[], start: number): Run | undefined {
  const km = kindAt(toks, start);
  if (km?.draft) {
    // "dự thảo Quy định số 12-QĐ/TW": skip the draft's own number so it is not read as a bare code.
    const m = numberAt(toks, km.end, true);
    return { items: [], end: m ? m.end : km.end, named: false };
  }
  if (!km && toks[start]?.type !== 'code') return undefined;
  const p = km ? km.end : start;

  if (km && CONGRESS_KINDS.includes(km.k.kind)) {
    const c = congressAt(toks, p);
    // "năm thứ hai thực hiện Nghị quyết Đại hội XIII": a year of the term, not a citation.
    if (c && CONGRESS_FRAME.some((f) => start >= f.length && matchAt(toks, start - f.length, f) === start)) {
      return { items: [], end: c.end, named: false };
    }
    if (c) {
      const tail = tailAt(toks, c.end);
      return {
        items: [{ kind: km.k.kind, number: '', congress: c.congress, tail, from: start, to: c.end, named: true }],
        end: tail.end,
        named: true,
      };
    }
  }
  if (km) {
    const pl = plenumAt(toks, p, false);
    if (pl) {
      const tail = tailAt(toks, pl.end);
      const terms = tail.citedTerm ? [tail.citedTerm] : [];
      let end = tail.end;
      const links: [number, number][] = [[start, tail.termEnd ?? pl.end]];
      // "Nghị quyết Trung ương 4 khóa XI, khóa XII": one plenum number, two terms, two documents.
      while (terms.length) {
        const s = matchAny(toks, end, SEPARATORS);
        if (s < 0) break;
        const withWord = toks[s]?.key === TERM_KEY;
        const t = toks[withWord ? s + 1 : s];
        const term = t && (withWord || ROMAN.test(t.text)) ? termAt(t) : undefined;
        if (!term) break;
        terms.push(term);
        links.push([s, withWord ? s + 2 : s + 1]);
        end = (withWord ? s + 2 : s + 1) + (toks[withWord ? s + 2 : s + 1]?.text === ')' ? 1 : 0);
      }
      return {
        items: (terms.length ? terms : [undefined]).map((term, n) => ({
          kind: km.k.kind,
          number: '',
          plenum: pl.plenum,
          tail: { ...tail, ...(term ? { citedTerm: term } : {}) },
          from: start,
          to: terms.length > 1 ? end : (tail.termEnd ?? pl.end),
          ...(terms.length > 1 ? { link: links[n]! } : {}),
          named: true,
        })),
        end,
        named: true,
      };
    }
  }

  // A number, its tail, then more numbers after list separators: "Chỉ thị số 35, 45 của Bộ Chính trị".
  let m = numberAt(toks, p, km ? km.bare || ownedZeroPadded(toks, start, p) : true);
  if (!m) return undefined;
  const items: Run['items'] = [];
  let from = start; // the first item's form starts at the kind word
  for (;;) {
    const kind = kindFor(km?.k.kind, m.code);
    const tail = tailAt(toks, m.end);
    if (!tail.citedDate && from === start) {
      const issued = issuedOpening(toks, start);
      if (issued) tail.citedDate = issued;
    }
    if (kind) items.push({ kind, number: m.number, ...(m.code ? { code: m.code } : {}), tail, from, to: m.end, named: false });
    const s = matchAny(toks, tail.end, SEPARATORS);
    const next = s < 0 ? undefined : numberAt(toks, s, true);
    if (!next) return { items, end: tail.end, named: false };
    m = next;
    from = next.start;
  }
}

/** Attribution written once after a list applies to the items before it. */
function distribute(items: Item[]): void {
  let donor: Item | undefined;
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k]!;
    if (k < items.length - 1 && items[k + 1]!.group !== it.group) donor = undefined;
    if (it.named) {
      donor = undefined;
      continue;
    }
    if (hasTail(it.tail)) {
      donor = it;
      continue;
    }
    if (!donor) continue;
    const from = donor.tail;
    const sameRun = donor.run === it.run;
    const donorScope = donor.code?.scope ?? from.body?.body.scope ?? 'central';
    if (from.body && (!it.code || it.code.issuer === from.body.body.issuer)) it.tail.body = from.body;
    if (from.unknownOrgan) it.tail.unknownOrgan = true;
    // "khóa XVII" after a provincial committee is that committee's term, not the Central Committee's.
    if (from.citedTerm && donorScope === 'central') it.tail.citedTerm = from.citedTerm;
    // A date or plenum belongs to one document unless the kind word is shared ("số 18-NQ/TW, số 19-NQ/TW, Hội nghị lần thứ 6").
    if (sameRun && from.citedDate) it.tail.citedDate = from.citedDate;
    if (sameRun && from.plenum) it.tail.plenum = from.plenum;
  }
}

function onlySeparator(toks: readonly Token[], from: number, to: number): boolean {
  if (from === to) return false;
  return SEPARATORS.some((s) => matchAt(toks, from, s) === to);
}

/** Sentences and line starts of one paragraph, computed once: a long paragraph with many citations stays linear. */
interface Where {
  sentences: Sentence[];
  starts: number[];
  newlines: number[];
}

function where(source: string): Where {
  const newlines: number[] = [];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) newlines.push(i);
  const sentences = splitSentences(source);
  return { sentences, starts: sentences.map((s) => s.start), newlines };
}

/** Index of the last element of a sorted list that is <= x (-1 if none). */
function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The citing sentence, as sentenceAt() would give it. */
function sentenceOf(w: Where, source: string, offset: number): string {
  const k = lastAtMost(w.starts, offset);
  return w.sentences[Math.max(k, 0)]?.text ?? source;
}

function toCandidate(it: Item, tk: ReturnType<typeof tokenize>, line: number, block: number, w: Where): CitationCandidate | undefined {
  // "Quyết định số 123 của UBND tỉnh": whose document this is cannot be told, so it is not guessed.
  if (!it.code && !it.tail.body && it.tail.unknownOrgan && !it.tail.plenum && !it.plenum && !it.congress) return undefined;
  const { tokens, toSource, source } = tk;
  const at = (k: number) => (toSource ? toSource[k]! : k);
  const a = at(tokens[it.from]!.start);
  const b = at(tokens[it.to - 1]!.end - 1) + 1;
  const [linkFrom, linkTo] = it.link ?? [it.from, it.to];
  const body = it.tail.body;
  // The scope decides what a term means: "khóa XVII" after a provincial committee is its own term.
  const scope: Scope | undefined = it.code?.scope ?? body?.body.scope ?? (it.tail.plenum || it.plenum || it.congress ? 'central' : undefined);
  const issuer = it.code?.issuer ?? body?.body.issuer ?? (it.tail.plenum || it.plenum || it.congress ? 'TW' : undefined);
  let issuingBody = body && body.body.issuer === issuer ? body.body.name : undefined;
  if (!issuingBody && !body && (it.tail.plenum || it.plenum) && issuer === 'TW') issuingBody = 'Ban Chấp hành Trung ương';
  if (it.congress) issuingBody = `Đại hội đại biểu toàn quốc lần thứ ${it.congress}`;
  const locality = body && body.body.issuer === issuer ? body.locality : undefined;
  if (issuingBody && locality) issuingBody = `${issuingBody} ${locality}`;
  const central = scope === undefined || scope === 'central';
  const citedTerm = it.congress ?? (central ? it.tail.citedTerm : undefined);
  const plenum = central ? (it.plenum ?? it.tail.plenum) : undefined;
  return {
    kind: it.kind,
    number: it.number,
    ...(it.code ? { suffix: it.code.suffix } : {}),
    ...(issuer ? { issuer } : {}),
    ...(issuingBody ? { issuingBody } : {}),
    ...(it.tail.citedDate ? { citedDate: it.tail.citedDate } : {}),
    ...(citedTerm ? { citedTerm } : {}),
    ...(it.tail.citedYear && !it.tail.citedDate ? { citedYear: it.tail.citedYear } : {}),
    ...(plenum ? { plenum } : {}),
    ...(it.congress ? { congress: it.congress } : {}),
    ...(locality ? { locality } : {}),
    form: source.slice(a, b),
    sentence: sentenceOf(w, source, a),
    line: line + lastAtMost(w.newlines, a - 1) + 1,
    at: [block, at(tokens[linkFrom]!.start), at(tokens[linkTo - 1]!.end - 1) + 1],
  };
}

/**
 * What every citation needs somewhere in the text: a kind phrase (its token
 * keys with only white space between them, any case) or the digit and
 * separator that open a code. A run starts only at a kind phrase or a code
 * token (runAt), so a paragraph without either has no citation, and most
 * paragraphs need not be tokenized at all.
 */
const CITATION_HINT = new RegExp(
  [...KIND_PHRASES.map((p) => p.toks.map((t) => escapeRegExp(t.key)).join('\\s*')), '\\d\\s?[-/]'].join('|'),
  'iu',
);

/** Citations in one paragraph (the body's block number `block`) whose first line is `line`. */
export function findInText(text: string, line = 1, block = 0): CitationCandidate[] {
  const norm = quickNorm(text);
  if (norm !== null && !CITATION_HINT.test(norm)) return [];
  const tk = tokenize(text);
  const toks = tk.tokens;
  const items: Item[] = [];
  let group = 0;
  let run = 0;
  let prevEnd = -1;
  let prevNamed = true;
  let i = 0;
  while (i < toks.length) {
    const r = runAt(toks, i);
    if (!r || r.items.length === 0) {
      i = r ? Math.max(r.end, i + 1) : i + 1;
      continue;
    }
    if (r.named || prevNamed || !onlySeparator(toks, prevEnd, i)) group++;
    run++;
    for (const it of r.items) items.push({ ...it, group, run });
    prevEnd = r.end;
    prevNamed = r.named;
    i = r.end;
  }
  distribute(items);
  if (items.length === 0) return [];
  const w = where(tk.source);
  return items.map((it) => toCandidate(it, tk, line, block, w)).filter((c): c is CitationCandidate => !!c);
}

export function findCitations(blocks: Block[]): CitationCandidate[] {
  return blocks.flatMap((b, i) => findInText(b.text, b.line, i));
}
