/**
 * Byline stage: who wrote the article and which outlet published it.
 *
 * Authors are the credited people in the order the page credits them: the
 * writer first, then the photographer. A photo credit is an author credit
 * too ("Tin: Ngọc DiệpẢnh: Phạm Giang" → ["Ngọc Diệp", "Phạm Giang"]; "Ảnh:
 * Hồng Nguyệt" inside a caption adds "Hồng Nguyệt"), because the archive
 * credits everyone whose work the page carries. Agencies ("Ảnh: TTXVN") and
 * anonymous credits ("PV") are not people and give no author.
 *
 * Publisher, strongest evidence first: the front block; the URL's host when
 * it is a known outlet (the site that carried the page); the dateline code
 * ("(CT)-" = Báo Cần Thơ); a chrome signature ("GIỚI THIỆU TẠP CHÍ IN" = Tạp
 * chí Xây dựng Đảng); an unknown host as written (a site we do not know that
 * carried the page, whatever it credits as its source: "Nguồn tin: Báo
 * VietNamNet" on a copying site); a "Nguồn: X" or "(Theo X)" credit (on an
 * aggregator, or without URL); an aggregator's host (Báo Mới).
 */
import { foldDiacritics, matchKey, normalizeText } from '../text/vietnamese.ts';
import type { ClassifiedLine } from './types.ts';
import { outletByDateline, outletByHost, outletByName, outletBySignature, type Outlet, type Publishers } from './publishers.ts';
import { escapeRegExp } from '../text/regexp.ts';

// ---------------------------------------------------------------------------
// Outlet prefixes: "(CT)- Chiều ngày 1-6-2020, …", "BHG - Tiếp tục …", "Hà Nội (TTXVN) - …"

/** Optional place before the code: up to three capitalised words ("Hà Nội", "TP.HCM"). */
const PLACE = '(?:(?:\\p{Lu}[\\p{L}.]*\\s+){1,3})?';
/**
 * An outlet's code we do not know ("TCCS - Ngày 12-11-2021, …"): capitals, a
 * spaced dash, then the report's opening date. Without the date after it,
 * "HĐND - UBND tỉnh …" would lose its first word.
 */
const UNKNOWN_CODE = '(?<caps>[A-ZĐ][A-ZĐ0-9&+.]{1,7})\\s+[-–—]\\s+(?=(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm|Đêm)\\s)';
/** The outlet-prefix pattern of each outlet list: built once per list. */
const PREFIXES = new WeakMap<Publishers, RegExp>();

/**
 * "(CODE) -" with any short code, a known code without parentheses ("BHG -",
 * "NDO -"; a two-letter code counts only in parentheses), or an unknown one
 * before a date.
 */
function prefixPattern(publishers: Publishers): RegExp {
  let re = PREFIXES.get(publishers);
  if (!re) {
    const bare = publishers.bareDatelineCodes.map(escapeRegExp).join('|') || '(?!)';
    re = new RegExp(`^\\s*${PLACE}(?:\\((?<paren>[^()]{1,24})\\)\\s*[-–—]\\s*|(?<bare>${bare})\\s*[-–—](?:\\s+|$)|${UNKNOWN_CODE})`, 'u');
    PREFIXES.set(publishers, re);
  }
  return re;
}

// Regular expressions of the per-line tests live at module level: a literal
// in a function body is a new RegExp object on every call.
const UPPER_START = /^\p{Lu}/u;
const SPACES = /\s+/;
const ONE_INITIAL_NAME = /^(?:\p{Lu}\.)+\p{Lu}\p{Ll}+$/u;
const INITIALS = /^((?:\p{Lu}\.)+)(\p{Lu}\p{Ll}*)?$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
const STRIPPED_AT_END = /[.;,\s]/;
const TRAILING_PUNCTUATION = /[.;,]+$/u;
const SEGMENT_END = /[.;,\-–]+$/u;
const TRAILING_PARENTHESES = /\s*\([^()]*\)\s*$/u;
const AGENCY_FIRST = /^([^/]{2,20})\/(.+)$/u;
const ROLE_START = /^[\p{Lu}0-9]/u;
const AGENCY_CODE = /^[\p{Lu}\d&+.\-]{2,12}$/u;
const SPACE = /\s/;
const NOT_A_PERSON = /^(?:internet|minh họa|minh hoạ|tư liệu|nguồn internet|st|sưu tầm)$/iu;
const ORGAN_START = /^(?:báo|tạp chí|đài|cổng|trang|thông tấn)\s/iu;
const PHOTO_SOURCE = /^\(?\s*nguồn\s+ảnh/iu;

export interface OutletPrefix {
  /** The code as printed: "CT", "BHG", "VTC News". */
  code: string;
  outlet?: Outlet;
  /** The paragraph after the prefix. */
  rest: string;
}

/** The outlet's code opening a paragraph; null when the paragraph has none. Read once per line (stamp.ts). */
export function parseOutletPrefix(text: string, publishers: Publishers): OutletPrefix | null {
  const t = normalizeText(text);
  const m = prefixPattern(publishers).exec(t);
  if (!m) return null;
  const code = (m.groups!.paren ?? m.groups!.bare ?? m.groups!.caps ?? '').trim();
  // A parenthesised code is an outlet's code: letters, not "(1)" or a whole clause.
  if (!UPPER_START.test(code) || code.split(SPACES).length > 3) return null;
  const outlet = outletByDateline(publishers, code);
  const rest = t.slice(m[0].length).trim();
  return outlet ? { code, outlet, rest } : { code, rest };
}

/** "… nhận nhiệm vụ khác. (Theo TTXVN)" → the paragraph without the credit (it is read as the source). */
export function stripTrailingSource(text: string): string {
  return text.replace(SOURCE_TRAILING, '').trimEnd();
}

// ---------------------------------------------------------------------------
// Names

/** A Vietnamese syllable, diacritics folded: onset, vowels, coda. Rejects "Video", "Clips", "Magazine". */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** Words that never make up a person's name but do appear capitalised in chrome. */
const NOT_NAME_WORDS = new Set(
  // Not common given names (Bình, Trang, Liên, Nhất, Chí are, so they are not here).
  'tin bài ảnh xem thêm chia sẻ mới nóng cùng chuyên mục tức kiện hội nghị đảng ban tỉnh huyện ủy uỷ báo số và của các những tại về trong theo nguồn luận bạn đọc gửi đối tác chúng tôi giới thiệu tạp in tra cứu'.split(
    ' ',
  ),
);
/** Titles and ranks that may precede a name in a byline. */
const NAME_PREFIXES = /^(?:(?:PGS\.?\s*,?\s*TS|GS\.?\s*,?\s*TS|PGS|GS|TS|ThS|NCS|CN|KS|BS|LS)\.?\s+|(?:Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Đại uý|Nhà báo|Phóng viên|Luật sư|Bác sĩ|Đồng chí)\s+)/u;
/** Credits that name no person. */
const ANONYMOUS = /^(?:pv|ctv|btv|nhóm pv|nhóm phóng viên|phóng viên|cộng tác viên|ban biên tập|nhóm phóng viên thời sự)$/;

/** "Ngô Khiêm", "THANH THY", "N.Hương": the canonical spelling of a name, or null. */
export function personName(raw: string): string | null {
  const t = raw.trim().replace(NAME_PREFIXES, '').trim();
  if (t.length < 3 || t.length > 40) return null;
  const tokens = t.split(SPACES);
  // One token only for an initial and a name: "N.Hương".
  if (tokens.length > 5 || (tokens.length < 2 && !ONE_INITIAL_NAME.test(t))) return null;
  // Plain case mapping is the 'vi' one (tests/text/vietnamese.test.ts) and much cheaper.
  const allCaps = t === t.toUpperCase();
  const out: string[] = [];
  for (const tok of tokens) {
    const initials = INITIALS.exec(tok);
    if (initials && !allCaps) {
      if (initials[2] && !isSyllable(initials[2])) return null;
      out.push(tok);
      continue;
    }
    if (allCaps ? !ALL_UPPER.test(tok) : !CAPITALISED.test(tok)) return null;
    if (!isSyllable(tok)) return null;
    if (NOT_NAME_WORDS.has(tok.toLowerCase())) return null;
    out.push(allCaps ? titleCase(tok) : tok);
  }
  return out.join(' ');
}

function isSyllable(tok: string): boolean {
  return SYLLABLE.test(foldDiacritics(tok));
}

function titleCase(tok: string): string {
  const lower = tok.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// ---------------------------------------------------------------------------
// Byline lines

/** Credit labels, longest first: "Tin và ảnh:", "Bài, ảnh:", "Tin:", "Ảnh:". */
const CREDIT_LABELS = [
  'tin và ảnh',
  'tin, ảnh',
  'tin/ảnh',
  'bài và ảnh',
  'bài, ảnh',
  'bài/ảnh',
  'tin bài',
  'nhóm thực hiện',
  'thực hiện',
  'nội dung',
  'thiết kế',
  'trình bày',
  'đồ họa',
  'đồ hoạ',
  'video',
  'clip',
  'tin',
  'bài',
  'ảnh',
];
const LABEL_RE = new RegExp(`(?<![\\p{L}])(${CREDIT_LABELS.map(escapeRegExp).join('|')})\\s*:\\s*`, 'giu');
/** A credit label glued to the name before it: "Ngọc DiệpẢnh:". */
const GLUED_LABEL = /(\p{Ll})((?:Tin|Bài|Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Thực hiện)\s*:)/gu;
/** An honorific before a name: a byline credits an author by name alone. */
const HONORIFIC_START = /^(?:ông|bà|đồng\s+chí|đ\/c)\s+\p{Lu}/iu;
/** Separators between names and between a name and its role. */
const NAME_SEPARATORS = /\s+[-–—]\s+|\s*[–—]\s*|\s*[,;/]\s*|\s+và\s+|\s*\|\s*/u;

export interface BylineParse {
  /** People credited, canonical spelling. */
  authors: string[];
  /** Writer and photographer credits as labelled ("Tin", "Ảnh"), when labelled. */
  labelled: boolean;
}

/**
 * One byline line: "Ngô Khiêm", "THANH THY", "Xuân Hướng – Cảnh Toàn",
 * "Quốc Sự - Uỷ viên UBKT Huyện uỷ", "Tin: Ngọc DiệpẢnh: Phạm Giang",
 * "Bài, ảnh: Minh Anh", "Hồng Điệp (TTXVN)", "Thu Hằng/VOV.VN", "PV".
 * Null when the line is not a byline.
 */
export function parseBylineLine(text: string, publishers: Publishers): BylineParse | null {
  const base = normalizeText(text).trim();
  // Too long whatever the steps below do: they only insert spaces and strip (part of) the trailing [.;,\s] run.
  let kept = base.length;
  while (kept > 0 && STRIPPED_AT_END.test(base[kept - 1]!)) kept--;
  if (kept > 120) return null;
  // Glued credits: "Ngọc DiệpẢnh:" → "Ngọc Diệp Ảnh:". Names are never written in camel case.
  const t = base
    .replace(GLUED_LABEL, '$1 $2')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
  if (!t || t.length > 120) return null;
  // "Bà Lê Thị X, Phó Chánh Văn phòng Tỉnh ủy được …": a sentence about a person, not a credit.
  if (HONORIFIC_START.test(t)) return null;
  if (ANONYMOUS.test(matchKey(t))) return { authors: [], labelled: false };

  const labels = [...t.matchAll(LABEL_RE)];
  if (labels.length > 0 && labels[0]!.index === 0) {
    const authors: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const start = labels[i]!.index + labels[i]![0].length;
      const end = labels[i + 1]?.index ?? t.length;
      const segment = t.slice(start, end).trim().replace(SEGMENT_END, '').trim();
      if (segment.length > 80) return null;
      const names = namesIn(segment, publishers);
      if (names === null) return null;
      authors.push(...names);
    }
    return { authors: dedupe(authors), labelled: true };
  }

  const names = namesIn(t, publishers);
  return names && names.length > 0 ? { authors: names, labelled: false } : null;
}

/**
 * Names in a credit: names separated by dashes, commas, "và", then maybe a
 * role or outlet ("- Uỷ viên UBKT Huyện uỷ", "/VOV.VN", "(TTXVN)"). An
 * agency alone ("TTXVN", "VGP") gives no names but is a credit. Null when
 * the text is not a credit at all.
 */
function namesIn(credit: string, publishers: Publishers): string[] | null {
  const text = credit.replace(TRAILING_PARENTHESES, '').trim();
  if (!text) return [];
  if (ANONYMOUS.test(matchKey(text)) || isAgency(text, publishers)) return [];
  // "VGP/Nhật Bắc", "TTXVN/Minh Hà": agency, then the person.
  const agencyFirst = AGENCY_FIRST.exec(text);
  if (agencyFirst && isAgency(agencyFirst[1]!, publishers)) return namesIn(agencyFirst[2]!, publishers);
  const parts = text.split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const name = personName(part);
    if (name) {
      names.push(name);
      continue;
    }
    // The first part that is not a name is a role or outlet: it must follow a name and read like one.
    if (names.length === 0 || !ROLE_START.test(part)) return null;
    break;
  }
  return names.length > 0 ? names : null;
}

/** "TTXVN", "VGP", "Internet", "Báo Nhân Dân", "minh họa": a credit that is not a person. */
function isAgency(text: string, publishers: Publishers): boolean {
  const t = text.trim();
  if (AGENCY_CODE.test(t) && !SPACE.test(t)) return true;
  if (NOT_A_PERSON.test(t)) return true;
  return outletByName(publishers, t) !== undefined || ORGAN_START.test(t);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = matchKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Source credits: "Nguồn: Tạp chí Thương hiệu & Công luận", "(Theo TTXVN)"

const SOURCE_COLON = /^\(?\s*(?:nguồn(?:\s+tin)?|theo)\s*:\s*(.{2,100}?)\s*\)?\s*\.?$/iu;
const SOURCE_PAREN = /^\(\s*(?:theo|nguồn)\s+(.{2,80}?)\s*\)\s*\.?$/iu;
const SOURCE_BARE = /^(?:theo|nguồn)\s+([^,;:]{2,60}?)\s*\.?$/iu;
/** "Nguồn VNEWS: https://vnews.gov.vn/…": the outlet's name, then the link to the original. */
const SOURCE_LINKED = /^(?:theo|nguồn)\s+([^:]{2,60}?)\s*:\s*https?:\/\/\S+$/iu;
/** "(Theo TTXVN)" closing the last paragraph. */
const SOURCE_TRAILING = /\(\s*(?:theo|nguồn)\s*:?\s+([^()]{2,60}?)\s*\)\s*\.?\s*$/iu;

/** The outlet or site a source line names, as written; null when the line is not a source credit. */
export function parseSourceLine(text: string, publishers: Publishers): { source: string } | null {
  const t = normalizeText(text).trim();
  if (PHOTO_SOURCE.test(t)) return null;
  const linked = SOURCE_LINKED.exec(t);
  if (linked) return { source: cleanSource(linked[1]!) };
  const m = SOURCE_COLON.exec(t) ?? SOURCE_PAREN.exec(t);
  if (m) return { source: cleanSource(m[1]!) };
  // Without colon or parentheses "Theo …" is usually a sentence ("Theo đánh giá …"): only an outlet's name counts.
  const bare = SOURCE_BARE.exec(t);
  if (bare && looksLikeOutlet(bare[1]!, publishers)) return { source: cleanSource(bare[1]!) };
  return null;
}

function looksLikeOutlet(s: string, publishers: Publishers): boolean {
  return (
    outletByName(publishers, s) !== undefined ||
    /^(?:báo|tạp chí|đài|cổng|thông tấn|trang)\s/iu.test(s) ||
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(s) ||
    /^[\p{Lu}&+]{2,10}$/u.test(s)
  );
}

function cleanSource(s: string): string {
  return s.trim().replace(/[.\s]+$/u, '');
}

/** People credited for photos in a caption: "… Ảnh: Hồng Nguyệt", "(Ảnh: VGP/Nhật Bắc)". */
export function photoCredits(caption: string, publishers: Publishers): string[] {
  const t = normalizeText(caption);
  const m = /(?<![\p{L}])ảnh\s*:\s*([^():]+?)\s*\)?\s*\.?\s*$/iu.exec(t) ?? /\(\s*ảnh\s*:\s*([^()]+?)\s*\)/iu.exec(t);
  if (!m) return [];
  return namesIn(m[1]!, publishers) ?? [];
}

// ---------------------------------------------------------------------------
// The stage

export function extractByline(
  lines: ClassifiedLine[],
  front: { url?: string; publisher?: string; authors?: string[] },
  publishers: Publishers,
): { authors: string[]; publisher?: string } {
  const authors = front.authors?.length ? [...front.authors] : authorsIn(lines, publishers);
  const publisher = front.publisher ?? publisherOf(lines, front.url, publishers);
  return publisher ? { authors, publisher } : { authors };
}

function authorsIn(lines: ClassifiedLine[], publishers: Publishers): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.kind === 'byline') out.push(...(parseBylineLine(l.text, publishers)?.authors ?? []));
    // "TRẦN VĂN A (thực hiện) 03/04/2017 09:15": a date line that credits its author.
    else if (l.kind === 'date' && l.read.stamp?.credit) out.push(...l.read.stamp.credit.authors);
  }
  for (const l of lines) if (l.kind === 'caption') out.push(...photoCredits(l.text, publishers));
  return dedupe(out);
}

const TEXT_KINDS = new Set(['lead', 'body', 'source']);

function publisherOf(lines: ClassifiedLine[], url: string | undefined, publishers: Publishers): string | undefined {
  const host = outletByHost(publishers, url);
  if (host?.outlet && !host.outlet.aggregator) return host.outlet.name;

  // An outlet prefix ("(CT)- …") naming the outlet, in the first paragraphs.
  for (const l of lines.filter((x) => TEXT_KINDS.has(x.kind)).slice(0, 4)) {
    const d = l.read.prefix;
    if (d?.outlet) return d.outlet.name;
  }

  // A signature, or the page naming its outlet ("Báo Đồng Nai điện tử").
  for (const l of lines) {
    const o = outletBySignature(publishers, l.text);
    if (o) return o.name;
  }

  // A site we do not know carried the page: a credit on it says where its text
  // came from, not who published this page.
  if (host && !host.outlet) return host.host;
  // "Nguồn: X", "(Theo X)": where the text came from (on an aggregator, or a page without URL).
  for (const l of lines) {
    if (l.kind !== 'source') continue;
    const s = parseSourceLine(l.text, publishers);
    if (s) return outletByName(publishers, s.source)?.name ?? s.source;
  }
  const lastText = lines.filter((x) => x.kind === 'body' || x.kind === 'lead').at(-1);
  const trailing = lastText && SOURCE_TRAILING.exec(normalizeText(lastText.text));
  if (trailing) return outletByName(publishers, trailing[1]!)?.name ?? trailing[1]!.trim();

  if (host?.outlet) return host.outlet.name;
  return host?.host;
}
