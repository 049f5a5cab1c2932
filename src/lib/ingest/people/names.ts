/**
 * Finding a person's name among the tokens. A Vietnamese name is two to four
 * capitalised syllables ("Đỗ Căn", "Phạm Thị Thúy Hằng"). Capitalised runs
 * are also organs, places and the first word of a sentence, so a run counts
 * as a name only with evidence: an honorific before it ("đồng chí", "ông"),
 * a known family name first, or (checked by the caller) a title beside it.
 */
import { matchKey } from '../../text/vietnamese.ts';
import { heads, organLower, organWords, prefixes, ranks } from './titles.ts';
import { PhraseSet, isDash, isNameSyllable, type Token } from './tokens.ts';

/** Family names. Knowing one is evidence, not a requirement (see findName). */
export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Lâm', 'Mai', 'Hà', 'Tạ', 'Tất', 'Chu', 'Cao', 'Lương', 'Thái', 'Đoàn',
  'Lưu', 'Vương', 'Trịnh', 'Đàm', 'Kiều', 'Triệu', 'Tô', 'Châu', 'Quách', 'Lò', 'Hầu', 'Giàng', 'Sùng',
  'Nông', 'Lục', 'Hứa', 'La', 'Từ', 'Tống', 'Khổng', 'Phùng', 'Thân', 'Đồng', 'Kim', 'Lại', 'Đào', 'Diệp',
  'Mạc', 'Tôn', 'Nghiêm', 'Doãn', 'Lã', 'Lữ', 'Bế', 'Khúc', 'Phí', 'Bạch', 'Thạch', 'Quan', 'Tăng', 'Vi',
  'Mã', 'Âu', 'Cù', 'Khuất', 'Kha', 'Khương', 'Ứng', 'Trình', 'Giáp', 'Thiều',
  // Central Highlands: the Ê Đê man's "Y" before the given name ("Y Thanh Hà Niê Kđăm"), Jarai family names first ("Ksor Phước Hà").
  'Y', 'Ksor', 'Kpă', 'Siu', 'Rơ', 'Rah',
] as const;

/** Words that announce a person; they are not part of the name or a title. */
export const HONORIFICS = ['đồng chí', 'các đồng chí', 'đ/c', 'ông', 'bà', 'các ông', 'các bà'] as const;

/**
 * Academic degrees before a name ("PGS.TS Nguyễn Viết Thông"). Skipped, not
 * kept as titles: a degree is not a post, and the pages are about posts.
 */
export const DEGREES = ['GS', 'PGS', 'TS', 'ThS', 'TSKH', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'Tiến sĩ', 'Thạc sĩ', 'Giáo sư', 'Phó Giáo sư'] as const;

/**
 * Places whose first syllable is also a family name ("Thái Nguyên", "Hà
 * Giang", "Châu Thành"): a run starting with one of them is a place, not a
 * person. Provinces, and the districts and cities most often in the news.
 */
export const PLACES = [
  'Hà Nội', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hà Đông', 'Hà Tiên', 'Hà Trung', 'Hà Quảng', 'Cao Bằng',
  'Cao Lãnh', 'Cao Lộc', 'Cao Phong', 'Lâm Đồng', 'Lâm Hà', 'Lâm Thao', 'Lâm Bình', 'Thái Nguyên', 'Thái Bình',
  'Thái Hòa', 'Thái Thụy', 'Đồng Nai', 'Đồng Tháp', 'Đồng Hỷ', 'Đồng Văn', 'Đồng Hới', 'Đồng Phú', 'Đồng Xuân',
  'Đồng Anh', 'Ninh Bình', 'Ninh Thuận', 'Ninh Hòa', 'Ninh Phước', 'Ninh Sơn', 'Ninh Hải', 'Ninh Giang',
  'Hồ Chí Minh', 'Châu Thành', 'Châu Đức', 'Châu Phú', 'Châu Đốc', 'Dương Minh Châu', 'Trần Văn Thời',
  'Trần Đề', 'Hoàng Mai', 'Hoàng Su Phì', 'Hoàng Sa', 'Lương Tài', 'Lương Sơn', 'Võ Nhai', 'Mai Sơn',
  'Mai Châu', 'Kim Sơn', 'Kim Bôi', 'Kim Bảng', 'Kim Động', 'Kim Thành', 'Triệu Sơn', 'Triệu Phong',
  'Nông Cống', 'Thạch Thành', 'Thạch Hà', 'Thạch Thất', 'Thạch An', 'Quan Hóa', 'Quan Sơn', 'Vũ Quang',
  'Vũ Thư', 'Lý Sơn', 'Lý Nhân', 'La Gi', 'Lục Ngạn', 'Lục Nam', 'Lục Yên', 'Bạch Long Vĩ', 'Bạch Thông',
  'Văn Bàn', 'Văn Quan', 'Văn Lãng', 'Văn Yên', 'Văn Chấn', 'Văn Giang', 'Văn Lâm', 'Cù Lao Dung',
  'Giang Thành', 'Phan Thiết', 'Phan Rang', 'Lê Chân', 'Ngô Quyền', 'Đinh Lập', 'Tô Hiệu', 'Hồ Gươm',
] as const;

/**
 * Organ words a place name follows ("Huyện ủy Ứng Hòa", "UBND tỉnh Nghệ
 * An", "Đảng ủy xã …"). A province may be left out ("Bí thư Tỉnh ủy Nguyễn
 * Văn A"), so a run after one is the place, the name, or both: see
 * placeThenName.
 */
export const PLACE_SLOTS = [
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ',
  'tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
] as const;

/**
 * Words right before a run that make it the name of a street, school or the
 * like ("đường Trần Phú", "tư tưởng Hồ Chí Minh"), not a person present.
 */
export const NAME_BLOCKERS = [
  'đường', 'phố', 'trường', 'THPT', 'THCS', 'tiểu học', 'tư tưởng', 'lăng', 'bảo tàng', 'quảng trường',
  'cầu', 'chợ', 'cảng', 'sân bay', 'học viện', 'đại học', 'nhà văn hóa', 'công viên', 'đền', 'chùa', 'giải',
  'quỹ', 'phim', 'sách', 'cuốn sách', 'tác phẩm', 'di tích', 'khu di tích', 'nhà lưu niệm', 'phòng',
] as const;

/**
 * Organ words that name an institution after a person ("Trường Chính trị
 * Trần Phú"): inside such an organ the next name-like run is the
 * institution's name.
 */
export const EPONYMOUS_ORGANS = ['Trường', 'Học viện', 'Đại học', 'Bảo tàng', 'Quỹ', 'Giải thưởng', 'Nhà văn hóa', 'Cung'] as const;

/**
 * Capitalised words that open sentences or organs and are never a given
 * name; they keep sentence openers out of names that have no known family
 * name ("Tại Nghệ An", "Theo Ban").
 */
export const NOT_NAME_WORDS = [
  'Tại', 'Theo', 'Các', 'Những', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Ngày', 'Hôm', 'Trong', 'Sau', 'Trước',
  'Với', 'Về', 'Đến', 'Từ', 'Ban', 'Bộ', 'Sở', 'Cục', 'Vụ', 'Tỉnh', 'Huyện', 'Xã', 'Hội', 'Đảng', 'Đại',
  'Ủy', 'Trung', 'Quốc', 'Nhà', 'Chính', 'Tổng', 'Phó', 'Trưởng', 'Ảnh', 'Nguồn', 'Tin', 'Bài', 'Video',
  'Xem', 'Thêm', 'Chia', 'Sự', 'Kiện', 'Đồng', 'Tham', 'Dự', 'Chủ', 'Hội', 'Nghị', 'Đoàn', 'Thường',
  'Quân', 'Công', 'Nhân', 'Dân', 'Việt', 'Nam', 'Thành', 'Phố', 'Đây', 'Đó', 'Này', 'Khi', 'Nếu', 'Để',
] as const;

export const honorifics = new PhraseSet(HONORIFICS);
export const degrees = new PhraseSet(DEGREES);
export const nameBlockers = new PhraseSet(NAME_BLOCKERS);
export const eponymousOrgans = new PhraseSet(EPONYMOUS_ORGANS);
const familyKeys = new Set(FAMILY_NAMES.map(matchKey));
const notNameKeys = new Set(NOT_NAME_WORDS.map(matchKey));
const places = new PhraseSet(PLACES);
const placeSlots = new PhraseSet(PLACE_SLOTS);

export const MAX_NAME = 4;
/** Names of the Central Highlands peoples run longer ("Y Thanh Hà Niê Kđăm"); only after an honorific. */
export const MAX_ANNOUNCED_NAME = 5;

/** Four syllables, or five for a woman's name with "Thị" second ("Nguyễn Thị Thanh Thủy Mai") or an Ê Đê name ("Y Thanh Hà Niê Kđăm"). */
function maxPlainName(tokens: readonly Token[], i: number): number {
  return tokens[i + 1]?.key === 'thị' || tokens[i]?.key === 'y' ? MAX_NAME + 1 : MAX_NAME;
}

export interface NameSpan {
  start: number;
  end: number;
}

export const isFamilyName = (t: Token | undefined): boolean => !!t && isNameSyllable(t) && familyKeys.has(t.key);

/**
 * Length of the head or rank at j (0 when none). A one-word head counts only
 * capitalised: "Trưởng Công an huyện", but not "tăng trưởng", "trưởng thành".
 */
export function headAt(tokens: readonly Token[], j: number): number {
  const n = Math.max(heads.matchAt(tokens, j), ranks.matchAt(tokens, j));
  return n === 1 && tokens[j]!.kind === 'lower' ? 0 : n;
}

/** A title (or rank) starts at i: "Phó Trưởng ban…", "nguyên Giám đốc…", "Thượng tướng". */
export function titleStartsAt(tokens: readonly Token[], i: number): boolean {
  let j = i;
  for (let n = prefixes.matchAt(tokens, j); n > 0; n = prefixes.matchAt(tokens, j)) j += n;
  return headAt(tokens, j) > 0;
}

/** The capitalised run at i, cut where a title starts, at most maxLen syllables. */
function runAt(tokens: readonly Token[], i: number, maxLen: number): number {
  let end = i;
  while (end < tokens.length && end - i < maxLen && isNameSyllable(tokens[end]) && !(end > i && titleStartsAt(tokens, end))) end++;
  // "… Thành ủy": the last syllable begins an organ word written in lower case after it.
  if (end > i && end < tokens.length && tokens[end]!.kind === 'lower' && organWords.matchAt(tokens, end - 1) > 1) end--;
  return end;
}

/**
 * The run [i, end) is a place, or a place followed by a name ("Thái Bình
 * Nguyễn Văn A"); a person whose name merely begins like a place ("Đồng Văn
 * Tám") is not refused.
 */
function isPlace(tokens: readonly Token[], i: number, end: number): boolean {
  const n = places.matchAt(tokens, i);
  return n > 0 && (n >= end - i || familyKeys.has(tokens[i + n]!.key));
}

export interface NameOptions {
  /** An honorific or a degree stands right before: the run is a name even without a known family name, and may be a place-like name. */
  announced?: boolean;
}

/**
 * The name starting exactly at i, or null. Without an announcement the run
 * must open with a family name and must not be a place or a street.
 */
export function nameAt(tokens: readonly Token[], i: number, opts: NameOptions = {}): NameSpan | null {
  const first = tokens[i];
  if (!isNameSyllable(first)) return null;
  // Too long a run is several things glued ("Thái Nguyên Nguyễn Văn A"); a
  // name further on is found when the scan reaches it.
  const whole = runAt(tokens, i, 8);
  if (opts.announced) {
    const end = Math.min(whole, i + MAX_ANNOUNCED_NAME);
    if (end - i < 2 || (notNameKeys.has(first!.key) && !familyKeys.has(first!.key))) return null;
    return { start: i, end };
  }
  if (whole - i > maxPlainName(tokens, i)) return null;
  const end = whole;
  if (end - i < 2 || !familyKeys.has(first!.key)) return null;
  if (isPlace(tokens, i, end)) return null;
  // "phố Trần Phú" is a street; "thành phố Nguyễn Văn A" is a title ending in "thành phố", then a name.
  const blocker = nameBlockers.matchBefore(tokens, i);
  if (blocker > 0 && organLower.matchBefore(tokens, i) <= blocker) return null;
  return { start: i, end };
}

/** Token k follows a place-taking organ word ("Huyện ủy", "tỉnh", "TP."). */
export const afterPlaceSlot = (tokens: readonly Token[], k: number): boolean => placeSlots.matchBefore(tokens, k, 2) > 0;

/**
 * The capitalised run at k, right after a place-taking organ word, read as
 * [place] [name]. Returns the end of the place and the name, if any:
 * - a known place first ("Hồ Chí Minh Phan Văn Mãi") is the place;
 * - two syllables alone are a place ("Huyện ủy Ứng Hòa"): the organ word is
 *   the evidence, and two-syllable personal names are rare beside it;
 * - a run that is a whole name (family name first) is the name: the
 *   province was left out ("Bí thư Tỉnh ủy Trương Thị Mai");
 * - else the place takes two syllables if the rest is a name ("Quế Võ
 *   Nguyễn Trường Hải", not "Quế | Võ Nguyễn Trường Hải": place names are
 *   rarely one syllable), then one ("Vinh Nguyễn Văn A"), then three;
 * - a dash may join two halves of one place ("Bà Rịa - Vũng Tàu").
 * end === k means undecided: the caller reads the run as it would elsewhere.
 */
export function placeThenName(tokens: readonly Token[], k: number): { end: number; name: NameSpan | null } {
  const first = splitPlaceRun(tokens, k, false);
  if (first.name || first.end === k || !isDash(tokens[first.end])) return first;
  const second = splitPlaceRun(tokens, first.end + 1, true);
  return second.end > first.end + 1 ? second : first;
}

function splitPlaceRun(tokens: readonly Token[], k: number, secondHalf: boolean): { end: number; name: NameSpan | null } {
  if (!isNameSyllable(tokens[k])) return { end: k, name: null };
  const end = runAt(tokens, k, 12);
  const len = end - k;
  const nameEndingRun = (from: number): NameSpan | null => {
    if (end - from < 2) return null;
    const n = nameAt(tokens, from);
    return n && n.end === end ? n : null;
  };
  const known = places.matchAt(tokens, k);
  if (known > 0 && known <= len) return { end: k + known, name: nameEndingRun(k + known) };
  // After a dash, a whole name is a person ("Tỉnh ủy Ninh Bình - Lê Hoàng Anh"), not the place going on.
  if (secondHalf && nameEndingRun(k)) return { end: k, name: null };
  if (len === 2 || (secondHalf && len === 1)) return { end, name: null };
  if (len < 2) return { end: k, name: null };
  const whole = nameEndingRun(k);
  if (whole) return { end: k, name: whole };
  for (const p of [2, 1, 3]) {
    const name = nameEndingRun(k + p);
    if (name) return { end: k + p, name };
  }
  return { end: k, name: null };
}

/**
 * A name without a known family name, standing where a list item starts and
 * followed by a title ("Quốc Sự - Ủy viên UBKT"): accepted when none of its
 * syllables is a sentence or organ word.
 */
export function listNameAt(tokens: readonly Token[], i: number): NameSpan | null {
  if (!isNameSyllable(tokens[i])) return null;
  const end = runAt(tokens, i, MAX_NAME + 1);
  if (end - i < 2 || end - i > MAX_NAME) return null;
  for (let j = i; j < end; j++) if (notNameKeys.has(tokens[j]!.key)) return null;
  if (isPlace(tokens, i, end)) return null;
  return { start: i, end };
}
