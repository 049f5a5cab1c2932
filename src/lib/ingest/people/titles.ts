/**
 * The vocabulary of titles, as data. A title is written
 *   [prefix…] head [organ…]      "nguyên Phó Giám đốc Sở Tài chính"
 * where the head says what the post is ("Bí thư", "Trưởng ban") and the organ
 * says where ("Tỉnh ủy Bắc Ninh"). Organ names are capitalised word by word
 * ("Ban Tổ chức Trung ương"), so after a head the parser takes capitalised
 * words, abbreviations and the few lower-case organ words listed here, and
 * stops at anything else: that is where the verb of the sentence begins.
 */
import { foldTonePlacement, matchKey } from '../../text/vietnamese.ts';
import { PhraseSet, phraseKeys } from './tokens.ts';

/** What a post is. Matched case-insensitively, longest first. */
export const TITLE_HEADS = [
  'Ủy viên',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Quận ủy viên',
  'Đảng ủy viên',
  'Tổng Bí thư',
  'Bí thư',
  'Chủ tịch nước',
  'Thường trực',
  'Chủ tịch',
  'Chủ nhiệm',
  'Trưởng ban',
  'Trưởng đoàn',
  'Trưởng phòng',
  'Trưởng khoa',
  'Trưởng',
  'Chánh Văn phòng',
  'Chánh án',
  'Chánh Thanh tra',
  'Viện trưởng',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Tổng Giám đốc',
  'Giám đốc',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Vụ trưởng',
  'Tổng Thư ký',
  'Thư ký',
  'Tổng Biên tập',
  'Tổng Kiểm toán',
  'Tổng Thanh tra',
  'Đại biểu Quốc hội',
  'Tư lệnh',
  'Chính ủy',
  'Chỉ huy trưởng',
  'Hiệu trưởng',
  'Người phát ngôn',
  // Short forms of local news sites: "PBT Thường trực Tỉnh ủy", "UV BTV Tỉnh ủy".
  'PBT',
  'PCT',
  'UVTW',
  'UVT.Ư',
  'UVTƯ',
  'UVBTV',
  'UV BTV',
  'TUV',
  'HUV',
  'ĐBQH',
  'GĐ',
  'PGĐ',
] as const;

/**
 * Military and police ranks. They are kept as a title ("Thượng tướng"): a rank
 * is how the article titles the person, and it changes over a career like a
 * post does, so it belongs on the person's page with the other titles.
 */
export const RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
] as const;

/** Words before a head that stay part of the title: former, acting, deputy. */
export const TITLE_PREFIXES = ['nguyên', 'cựu', 'Quyền', 'Phó'] as const;

/** Words joining two titles of one person without a comma. */
export const TITLE_JOINERS = ['kiêm', 'và', 'đồng thời là', 'đồng thời'] as const;

/**
 * Two-syllable words of organ names written "Capital lower" ("Tổ chức",
 * "Quốc hội"). A capitalised syllable followed by a lower-case one is part of
 * the organ only if the pair is listed; otherwise the lower-case word is the
 * sentence's verb ("Khánh Hòa chủ trì").
 */
export const ORGAN_WORDS = [
  'Trung ương', 'Tổ chức', 'Chính trị', 'Quốc hội', 'Nội vụ', 'Thường vụ', 'Thường trực', 'Chấp hành',
  'Kiểm tra', 'Tài chính', 'Hội đồng', 'Ủy ban', 'Tổng cục', 'Chỉ đạo', 'Quản lý', 'Tuyên giáo', 'Dân vận',
  'Nội chính', 'Kinh tế', 'Đối ngoại', 'Văn phòng', 'Mặt trận', 'Tổ quốc', 'Công an', 'Quân đội', 'Quân ủy',
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Quận ủy', 'Đảng ủy', 'Đảng đoàn', 'Đảng bộ', 'Chi bộ',
  'Ban cán sự', 'Cán sự', 'Biên phòng', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Nhân dân', 'Nhà nước',
  'Chính phủ', 'Giáo dục', 'Đào tạo', 'Y tế', 'Giao thông', 'Vận tải', 'Xây dựng', 'Công thương',
  'Ngoại giao', 'Tư pháp', 'Lao động', 'Thương binh', 'Xã hội', 'Khoa học', 'Công nghệ', 'Thông tin',
  'Truyền thông', 'Văn hóa', 'Thể thao', 'Du lịch', 'Nông nghiệp', 'Phát triển', 'Nông thôn',
  'Tài nguyên', 'Môi trường', 'Kế hoạch', 'Đầu tư', 'Ngân hàng', 'Thanh tra', 'Kiểm toán', 'Tòa án',
  'Kiểm sát', 'Lý luận', 'Đại biểu', 'Cựu chiến binh', 'Nông dân', 'Phụ nữ', 'Thanh niên', 'Liên đoàn',
  'Liên hiệp', 'Cộng sản', 'Học viện', 'Tạp chí', 'Bí thư', 'Điều lệ', 'Bảo vệ', 'Tuyên truyền',
  'Dân tộc', 'Tôn giáo', 'Quốc phòng', 'An ninh', 'Hành chính', 'Công tác', 'Thi đua', 'Khen thưởng',
  'Cơ quan', 'Quân khu', 'Quân đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Hải đoàn', 'Khu vực', 'Bộ đội', 'Hải quân', 'Phòng không', 'Không quân',
  'Cảnh sát', 'Hậu cần', 'Kỹ thuật', 'Tham mưu', 'Đại học', 'Bệnh viện', 'Thông tấn', 'Truyền hình',
  'Tiếng nói', 'Tổng liên đoàn', 'Tòa soạn', 'Biên tập', 'Chỉ huy', 'Quân sự', 'Doanh nghiệp', 'Tư lệnh',
  'Thủ đô', 'Quốc gia', 'Trung tâm', 'Chi cục', 'Tiểu ban', 'Công đoàn', 'Pháp chế', 'Cán bộ', 'Đảng viên',
  'Tổng hợp', 'Hải quan', 'Kho bạc', 'Bảo hiểm', 'Thống kê', 'Phát thanh', 'Báo chí', 'Xuất bản', 'Biên giới',
  'Lâm nghiệp', 'Thủy sản', 'Thủy lợi', 'Công nghiệp', 'Thương mại', 'Dịch vụ', 'Ngoại vụ', 'Chuyên trách',
  'Tư tưởng', 'Miền núi', 'Hợp tác',
  // "Chủ tịch UBND Thành phố Hà Nội", "Bí thư Thành ủy Thành phố Hồ Chí Minh": the city's name as part of the organ
  'Thành phố', 'Thị xã', 'Thị trấn',
  // "Ủy viên Dự khuyết Trung ương Đảng", "Trưởng Tiểu ban Văn kiện Đại hội", "Tiểu ban Nhân sự"
  'Dự khuyết', 'Đại hội', 'Văn kiện', 'Nhân sự',
] as const;

/** Lower-case organ words that can follow anything in an organ name. */
export const ORGAN_LOWER = [
  'tỉnh', 'huyện', 'thành phố', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn', 'ủy', 'thành ủy', 'thị ủy', 'nhân dân',
  'dự khuyết', 'thường trực', 'thường vụ', 'đảng', 'đảng ủy', 'chiến binh', 'trung ương', 'quốc gia',
] as const;

/**
 * Lower-case organ words that are verbs elsewhere ("tổ chức", "kiểm tra"), so
 * they count only right after the words given: "Ban tổ chức", "Ban Quản lý
 * đường sắt đô thị", "Ban Chỉ đạo công trình lịch sử".
 */
export const ORGAN_LOWER_AFTER: Readonly<Record<string, readonly string[]>> = {
  'tổ chức': ['ban'],
  'công tác': ['ban'],
  'kiểm tra': ['ban', 'ủy ban'],
  'tuyên giáo': ['ban'],
  'dân vận': ['ban'],
  'nội chính': ['ban'],
  'kinh tế': ['ban'],
  'đối ngoại': ['ban'],
  'quản lý': ['ban'],
  'đại biểu': ['công tác', 'đoàn', 'đại hội'],
  // "Trưởng Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh", "Tiểu ban Tổ chức đại hội Đảng bộ tỉnh"
  'phục vụ': ['tổ chức'],
  'đại hội': ['tổ chức', 'phục vụ'],
  'đầu tư': ['quản lý'],
  'xây dựng': ['đầu tư'],
  'đường sắt': ['quản lý'],
  'đô thị': ['đường sắt', 'khu'],
  'mới': ['đô thị'],
  'công trình': ['chỉ đạo'],
  'lịch sử': ['công trình'],
  'chính trị': ['tổng cục', 'bộ', 'bảo vệ'],
  'nội bộ': ['chính trị'],
  'nông thôn': ['phát triển'],
  'chỉ đạo': ['ban'],
  'thi đua': ['ban', 'hội đồng'],
  'khen thưởng': ['thi đua'],
  // "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối Doanh nghiệp"
  'các': ['khối'],
  'cơ quan': ['khối', 'các'],
  'doanh nghiệp': ['khối'],
};

/** Join an organ to the one it belongs to: "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội". */
export const ORGAN_CONNECTORS = ['thuộc', 'trực thuộc'] as const;

/** Organ words followed by their number: "Quân khu 4", "Sư đoàn 9". */
export const NUMBERED_ORGANS = ['Quân khu', 'Quân đoàn', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Vùng', 'Hải đoàn', 'Khu vực'] as const;

/** Words that take a term or year after them inside a title: "khóa XIX", "nhiệm kỳ 2020-2025". */
export const TERM_WORDS = ['khóa', 'nhiệm kỳ', 'lần thứ'] as const;

/**
 * Abbreviations with one certain reading. Used only to tell that two titles
 * are the same ("Trưởng Ban Tổ chức TW" = "Trưởng ban Tổ chức Trung ương");
 * the title keeps the form the article printed.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  'T.Ư': 'Trung ương',
  TƯ: 'Trung ương',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  UBKT: 'Ủy ban Kiểm tra',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  QĐND: 'Quân đội nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  PBT: 'Phó Bí thư',
  PCT: 'Phó Chủ tịch',
  UVTW: 'Ủy viên Trung ương',
  'UVT.Ư': 'Ủy viên Trung ương',
  UVTƯ: 'Ủy viên Trung ương',
  UVBTV: 'Ủy viên Ban Thường vụ',
  UV: 'Ủy viên',
  TUV: 'Tỉnh ủy viên',
  HUV: 'Huyện ủy viên',
  ĐBQH: 'Đại biểu Quốc hội',
  GĐ: 'Giám đốc',
  PGĐ: 'Phó Giám đốc',
  TPHCM: 'Thành phố Hồ Chí Minh',
};

export const heads = new PhraseSet(TITLE_HEADS);
export const ranks = new PhraseSet(RANKS);
export const prefixes = new PhraseSet(TITLE_PREFIXES);
export const joiners = new PhraseSet(TITLE_JOINERS);
export const organWords = new PhraseSet(ORGAN_WORDS);
export const organLower = new PhraseSet(ORGAN_LOWER);
export const termWords = new PhraseSet(TERM_WORDS);
export const organConnectors = new PhraseSet(ORGAN_CONNECTORS);
export const numberedOrgans: ReadonlySet<string> = new Set(NUMBERED_ORGANS.map(matchKey));
export const organLowerAfter: ReadonlyMap<string, { keys: string[]; after: Set<string> }> = new Map(
  Object.entries(ORGAN_LOWER_AFTER).map(([w, after]) => [w, { keys: phraseKeys(w), after: new Set(after.map(matchKey)) }]),
);

/** A title as printed, tidied: one space between words, tone placement folded ("Uỷ" → "Ủy"). */
export function normalizeTitle(title: string): string {
  return foldTonePlacement(title.replace(/\s+/g, ' ').trim());
}

const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}.])(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/\./g, '\\.'))
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Key under which two spellings of one title are the same. */
export function titleKey(title: string): string {
  return matchKey(title.replace(ABBREVIATION_RE, (a) => ABBREVIATIONS[a] ?? a));
}
