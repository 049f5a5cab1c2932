/**
 * How Vietnamese news writes a document citation, as data. The finder
 * (find.ts) only walks tokens and consults these tables; a new spelling of a
 * kind, an issuing body or an abbreviation is added here, never in code.
 *
 * Phrases are matched token by token after tone placement is folded
 * ("khoá" = "khóa"). A phrase token without lower-case letters ("BCH",
 * "T.Ư", "TƯ") must match exactly, so "TƯ" never matches the ordinal "tư";
 * any other token matches regardless of case.
 */
import type { DirectiveKind } from '../../schema.ts';

export interface KindPattern {
  kind: DirectiveKind;
  /** How the kind is written in running text. */
  words: string[];
  /** Upper-case abbreviations that stand for the kind before a number ("NQ 18"). */
  abbreviations: string[];
  /** The kind's letters in a document code (75-KL/TW → KL); used to write a code the text left out. */
  code: string;
  /**
   * May the capitalised kind stand before a bare number ("Chỉ thị 35")?
   * Kinds that are also everyday words ("Kế hoạch 5 năm", "Chương trình 135")
   * need "số" or a full code.
   */
  bareNumber: boolean;
}

export const KINDS: readonly KindPattern[] = [
  { kind: 'Nghị quyết', words: ['Nghị quyết chuyên đề', 'Nghị quyết'], abbreviations: ['NQ'], code: 'NQ', bareNumber: true },
  { kind: 'Chỉ thị', words: ['Chỉ thị'], abbreviations: [], code: 'CT', bareNumber: true },
  { kind: 'Kết luận', words: ['Kết luận'], abbreviations: [], code: 'KL', bareNumber: true },
  { kind: 'Quy định', words: ['Quy định'], abbreviations: [], code: 'QĐ', bareNumber: true },
  { kind: 'Quyết định', words: ['Quyết định'], abbreviations: [], code: 'QĐ', bareNumber: true },
  { kind: 'Hướng dẫn', words: ['Hướng dẫn'], abbreviations: [], code: 'HD', bareNumber: false },
  // "Thông báo kết luận số 123-TB/TW" is a Thông báo, not a Kết luận.
  { kind: 'Thông báo', words: ['Thông báo kết luận', 'Thông báo'], abbreviations: [], code: 'TB', bareNumber: false },
  { kind: 'Quy chế', words: ['Quy chế'], abbreviations: [], code: 'QC', bareNumber: false },
  { kind: 'Nghị định', words: ['Nghị định'], abbreviations: ['NĐ'], code: 'NĐ', bareNumber: true },
  { kind: 'Thông tư', words: ['Thông tư'], abbreviations: [], code: 'TT', bareNumber: true },
  { kind: 'Kế hoạch', words: ['Kế hoạch hành động', 'Kế hoạch'], abbreviations: [], code: 'KH', bareNumber: false },
  { kind: 'Đề án', words: ['Đề án'], abbreviations: [], code: 'ĐA', bareNumber: false },
  { kind: 'Chương trình', words: ['Chương trình hành động', 'Chương trình'], abbreviations: [], code: 'CTr', bareNumber: false },
];

/**
 * Kind letters inside a code → the kinds they stand for, the default first.
 * Party codes use QĐ for both Quy định and Quyết định (a Quy định by
 * default); state codes use it for Quyết định. Letters not listed here
 * (BC báo cáo, TTr tờ trình, CV công văn, …) are not directives.
 */
export const CODE_KINDS: Readonly<
  Record<string, { spelling: string; party: DirectiveKind; state: DirectiveKind; also?: DirectiveKind[] }>
> = {
  NQ: { spelling: 'NQ', party: 'Nghị quyết', state: 'Nghị quyết' },
  CT: { spelling: 'CT', party: 'Chỉ thị', state: 'Chỉ thị' },
  KL: { spelling: 'KL', party: 'Kết luận', state: 'Kết luận' },
  QĐ: { spelling: 'QĐ', party: 'Quy định', state: 'Quyết định', also: ['Quy định', 'Quyết định'] },
  QĐI: { spelling: 'QĐi', party: 'Quy định', state: 'Quy định' },
  QĐNS: { spelling: 'QĐNS', party: 'Quyết định', state: 'Quyết định' },
  HD: { spelling: 'HD', party: 'Hướng dẫn', state: 'Hướng dẫn' },
  TB: { spelling: 'TB', party: 'Thông báo', state: 'Thông báo' },
  QC: { spelling: 'QC', party: 'Quy chế', state: 'Quy chế' },
  NĐ: { spelling: 'NĐ', party: 'Nghị định', state: 'Nghị định' },
  TT: { spelling: 'TT', party: 'Thông tư', state: 'Thông tư' },
  KH: { spelling: 'KH', party: 'Kế hoạch', state: 'Kế hoạch' },
  ĐA: { spelling: 'ĐA', party: 'Đề án', state: 'Đề án' },
  CTR: { spelling: 'CTr', party: 'Chương trình', state: 'Chương trình' },
};

/**
 * Issuers whose usual spelling is not plain upper case, and slips seen in
 * print ("75-KL/TƯ", "75-KL/T.Ư" for 75-KL/TW). Any other issuer is upper-cased.
 */
export const ISSUER_SPELLINGS: Readonly<Record<string, string>> = {
  TTG: 'TTg',
  TƯ: 'TW',
  'T.Ư': 'TW',
};

/**
 * Who a document belongs to decides how namesakes are told apart:
 * - central: the Party's central organs (…/TW, …/BTCTW): numbered per term (khóa);
 * - local: provincial, district and grassroots Party committees (…/TU, …/HU): per local term,
 *   approximated by the year because local terms are not tracked;
 * - state: Government, Prime Minister, ministries (…/NQ-CP, …/QĐ-TTg): numbered per year.
 */
export type Scope = 'central' | 'local' | 'state';

/** Issuers of local Party committees; any other issuer not ending in TW is a state one. */
export const LOCAL_PARTY_ISSUERS: readonly string[] = ['TU', 'HU', 'QU', 'ĐU', 'ĐUK', 'BCSĐ', 'ĐĐQH'];

/** An issuing body as the text names it ("của Bộ Chính trị"). */
export interface BodyPattern {
  words: string[];
  issuer: string;
  scope: Scope;
  /** Canonical name, recorded as issuingBody; absent when the words do not say which organ ("Trung ương"). */
  name?: string;
  /** A place name follows ("Tỉnh ủy Tây Ninh"): kept to tell two provinces' documents apart. */
  locality?: boolean;
}

const CENTRAL_ABBR = ['TW', 'T.Ư', 'TƯ', 'Trung ương'];

export const BODIES: readonly BodyPattern[] = [
  { words: ['Bộ Chính trị', 'BCT'], issuer: 'TW', scope: 'central', name: 'Bộ Chính trị' },
  { words: [...CENTRAL_ABBR.map((c) => `Ban Bí thư ${c}`), 'Ban Bí thư', 'BBT'], issuer: 'TW', scope: 'central', name: 'Ban Bí thư' },
  {
    words: [
      ...CENTRAL_ABBR.flatMap((c) => [`Ban Chấp hành ${c}`, `BCH ${c}`]),
      'BCHTW',
      'BCHTƯ',
    ],
    issuer: 'TW',
    scope: 'central',
    name: 'Ban Chấp hành Trung ương',
  },
  { words: [...CENTRAL_ABBR.map((c) => `Ban Tổ chức ${c}`), 'BTCTW'], issuer: 'BTCTW', scope: 'central', name: 'Ban Tổ chức Trung ương' },
  { words: [...CENTRAL_ABBR.flatMap((c) => [`Ủy ban Kiểm tra ${c}`, `UBKT ${c}`]), 'UBKTTW'], issuer: 'UBKTTW', scope: 'central', name: 'Ủy ban Kiểm tra Trung ương' },
  { words: [...CENTRAL_ABBR.map((c) => `Ban Tuyên giáo ${c}`), 'BTGTW'], issuer: 'BTGTW', scope: 'central', name: 'Ban Tuyên giáo Trung ương' },
  // Bare "Trung ương" or "Đảng" says the Party centre issued it, not which organ.
  { words: [...CENTRAL_ABBR, 'Đảng'], issuer: 'TW', scope: 'central' },
  { words: ['Thủ tướng Chính phủ', 'Thủ tướng'], issuer: 'TTg', scope: 'state', name: 'Thủ tướng Chính phủ' },
  { words: ['Chính phủ'], issuer: 'CP', scope: 'state', name: 'Chính phủ' },
  { words: ['Bộ Nội vụ'], issuer: 'BNV', scope: 'state', name: 'Bộ Nội vụ' },
  { words: ['Bộ Tài chính'], issuer: 'BTC', scope: 'state', name: 'Bộ Tài chính' },
  { words: ['Bộ Quốc phòng'], issuer: 'BQP', scope: 'state', name: 'Bộ Quốc phòng' },
  { words: ['Bộ Công an'], issuer: 'BCA', scope: 'state', name: 'Bộ Công an' },
  { words: ['Ban Thường vụ Tỉnh ủy', 'BTV Tỉnh ủy'], issuer: 'TU', scope: 'local', name: 'Ban Thường vụ Tỉnh ủy', locality: true },
  { words: ['Ban Chấp hành Đảng bộ tỉnh', 'BCH Đảng bộ tỉnh'], issuer: 'TU', scope: 'local', name: 'Ban Chấp hành Đảng bộ tỉnh', locality: true },
  { words: ['Tỉnh ủy'], issuer: 'TU', scope: 'local', name: 'Tỉnh ủy', locality: true },
  { words: ['Ban Thường vụ Thành ủy', 'BTV Thành ủy'], issuer: 'TU', scope: 'local', name: 'Ban Thường vụ Thành ủy', locality: true },
  { words: ['Ban Chấp hành Đảng bộ thành phố', 'BCH Đảng bộ thành phố'], issuer: 'TU', scope: 'local', name: 'Ban Chấp hành Đảng bộ thành phố', locality: true },
  { words: ['Thành ủy'], issuer: 'TU', scope: 'local', name: 'Thành ủy', locality: true },
  { words: ['Ban Thường vụ Huyện ủy', 'BTV Huyện ủy'], issuer: 'HU', scope: 'local', name: 'Ban Thường vụ Huyện ủy', locality: true },
  { words: ['Ban Chấp hành Đảng bộ huyện', 'BCH Đảng bộ huyện'], issuer: 'HU', scope: 'local', name: 'Ban Chấp hành Đảng bộ huyện', locality: true },
  { words: ['Huyện ủy'], issuer: 'HU', scope: 'local', name: 'Huyện ủy', locality: true },
  { words: ['Quận ủy'], issuer: 'QU', scope: 'local', name: 'Quận ủy', locality: true },
  // The Party group of the National Assembly numbers its plans itself ("Kế hoạch số 527-KH/ĐĐQH15").
  { words: ['Đảng đoàn Quốc hội'], issuer: 'ĐĐQH', scope: 'local', name: 'Đảng đoàn Quốc hội' },
];

/** A body phrase is no body when one of these words follows it ("Đảng bộ", "Đảng viên", "Trung ương 4"). */
export const BODY_NOT_BEFORE: readonly string[] = ['bộ', 'ủy', 'viên', 'đoàn', 'hội'];

/** Issuing body implied by an issuer code when the text names none. */
export const ISSUER_BODIES: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTCTW: 'Ban Tổ chức Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
};

/**
 * Issuer when neither code, text nor registry names one. The archive is about
 * Party documents, so TW unless the kind is a state one; null means the
 * document cannot be identified (a Thông tư of an unnamed ministry).
 */
export const DEFAULT_ISSUER: Readonly<Partial<Record<DirectiveKind, string | null>>> = {
  'Nghị định': 'CP',
  'Thông tư': null,
};
export const FALLBACK_ISSUER = 'TW';

/** The Central Committee in a plenum name: "Hội nghị Trung ương 4", "Hội nghị BCH TW lần thứ 6". */
export const CENTRAL_COMMITTEE: readonly string[] = [
  ...CENTRAL_ABBR.flatMap((c) => [`Ban Chấp hành ${c}`, `BCH ${c}`]),
  'BCHTW',
  'BCHTƯ',
  ...CENTRAL_ABBR,
];

export const PLENUM = 'Hội nghị';
export const NTH = 'lần thứ';
export const TERM_WORD = 'khóa';
export const NUMBER_WORD = 'số';
export const DATE_WORD = 'ngày';

/** The national congress in "Nghị quyết Đại hội XIII", "… Đại hội đại biểu toàn quốc lần thứ XIII". */
export const CONGRESS_WORDS: readonly string[] = [
  'Đại hội đại biểu toàn quốc lần thứ',
  'Đại hội Đảng toàn quốc lần thứ',
  'Đại hội toàn quốc lần thứ',
  'Đại hội lần thứ',
  'Đại hội',
];
/** Kinds that can be named after a congress. */
export const CONGRESS_KINDS: readonly DirectiveKind[] = ['Nghị quyết'];
/** "Đại hội Đảng bộ tỉnh …" is a local congress, not the national one. */
export const LOCAL_CONGRESS_WORDS: readonly string[] = ['Đảng bộ', 'đại biểu Đảng bộ'];

/**
 * "Năm 2022, năm thứ hai triển khai thực hiện Nghị quyết Đại hội XIII", "năm bản lề thực hiện
 * Nghị quyết Đại hội XI": the congress's resolution names a year of the term, as a date would; the
 * page does not cite the resolution. Only a year counted in the term ("năm thứ hai", "năm bản lề")
 * before "thực hiện" is such a frame: "5 năm thực hiện Nghị quyết Đại hội XIII" reviews it.
 */
const TERM_YEARS = [
  'năm đầu', 'năm đầu tiên', 'năm thứ nhất', 'năm thứ hai', 'năm thứ ba', 'năm thứ tư', 'năm thứ năm',
  'năm thứ 2', 'năm thứ 3', 'năm thứ 4', 'năm thứ 5', 'năm bản lề', 'năm giữa nhiệm kỳ', 'năm cuối',
];
const TERM_YEAR_VERBS = ['thực hiện', 'triển khai thực hiện', 'tổ chức thực hiện', 'triển khai'];
export const CONGRESS_FRAMES: readonly string[] = TERM_YEARS.flatMap((y) => TERM_YEAR_VERBS.map((v) => `${y} ${v}`));

/** A kind right after these words names a draft, not a cited document. */
export const NOT_CITED_AFTER: readonly string[] = ['dự thảo'];

/** Words that join list items: "Chỉ thị 35, Chỉ thị 45", "Nghị quyết 18 và 19". */
export const LIST_SEPARATORS: readonly string[] = [', và', ', cùng', ',', 'và', 'cùng', 'hoặc'];

/** Words that lead from a citation to its attribution: ", ngày …", "của Bộ Chính trị", "tại Hội nghị …". */
export const TAIL_JOINERS: readonly string[] = [',', '(', 'tại', 'của', 'do'];

/**
 * A bare number followed by one of these counts things ("Kết luận 4 đảng
 * viên", "Chỉ thị 35 năm qua"): not a document number.
 */
export const COUNTED_NOUNS: readonly string[] = [
  'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'người', 'đồng', 'đảng', 'tổ', 'chi', 'cơ', 'đơn',
  'lần', 'nội', 'vấn', 'nhiệm', 'điểm', 'cán', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'trăm', '%', 'công',
  'việc', 'nhóm', 'đề', 'tập', 'chỉ', 'mục', 'nguyên', 'giải', 'bước', 'trường', 'hộ', 'xã', 'tỉnh',
  'huyện', 'văn', 'bản', 'điều', 'khoản', 'trang', 'đại', 'học', 'lớp', 'ý', 'kiến',
];

/** Vietnamese ordinals after "lần thứ". */
export const ORDINALS: Readonly<Record<string, number>> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
/** Units after "mười" ("mười lăm" = 15, "mười một" = 11). */
export const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, lăm: 5, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
};
