/**
 * Patterns that tell what a line of a copied news page is, as data: page
 * chrome (menus, comment forms, related and share blocks, print promos) and
 * photo captions. The classifier (classify.ts) applies them; add a site's
 * chrome here, not an `if` there.
 *
 * Chrome patterns are tested against matchKey(line): lower case, spaces
 * collapsed, and tone marks of "oa oe uy" on the first vowel ("hóa", "ủy"),
 * so write them that way.
 */

export interface ChromeRule {
  /** Why, for --explain. */
  reason: string;
  test: RegExp;
  /** The article's text is over: what follows is chrome unless it is clearly a paragraph. */
  startsTail?: boolean;
}

const line = (alternatives: string[], tail = '\\s*:?\\s*\\*?') => new RegExp(`^(?:${alternatives.join('|')})${tail}$`, 'u');

export const CHROME_RULES: ChromeRule[] = [
  {
    reason: 'comment form',
    test: line([
      'ý kiến bạn đọc(?: về bài viết này)?',
      'ý kiến của bạn',
      'bình luận(?: của bạn)?',
      'gửi bình luận',
      'viết bình luận',
      'để lại bình luận',
      'gửi ý kiến(?: của bạn)?',
      'ý kiến phản hồi',
    ]),
    startsTail: true,
  },
  {
    reason: 'comment form field',
    test: line([
      'họ và tên',
      'họ tên',
      'tên của bạn',
      'địa chỉ',
      'e-?mail',
      'mã bảo vệ',
      'mã xác nhận',
      'mã xác thực',
      'điện thoại',
      'số điện thoại',
      'tiêu đề',
    ]),
    startsTail: true,
  },
  {
    reason: 'form button',
    test: line(['gửi', 'gửi đi', 'hủy', 'làm lại', 'nhập lại', 'đăng nhập', 'đăng ký', 'bạn còn \\d+/\\d+ ký tự']),
  },
  {
    reason: 'related articles block',
    test: line([
      'bài cùng chuyên mục',
      'tin cùng chuyên mục',
      'cùng chuyên mục',
      'tin liên quan',
      'bài liên quan',
      'bài viết liên quan',
      'tin bài liên quan',
      'sự kiện liên quan',
      'tin khác',
      'các tin khác',
      'bài khác',
      'các bài khác',
      'các tin đã đưa',
      'tin đã đưa',
      'tin mới(?: nhất| hơn)?',
      'tin cũ hơn',
      'đọc nhiều(?: nhất)?',
      'xem nhiều(?: nhất)?',
      'tin xem nhiều',
      'tin nổi bật',
      'có thể bạn quan tâm',
      'bạn có thể quan tâm',
      'đọc thêm',
      'xem thêm(?: sự kiện| tin)?',
      'xem tiếp',
    ]),
    startsTail: true,
  },
  {
    // "Xem thêm: <another article's headline>" inside the text: a link, not the end of the text.
    reason: 'inline link to another article',
    test: /^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|>>)\s*:?\s*\S.{4,200}$/u,
  },
  {
    reason: 'tags',
    test: /^(?:từ khóa|tags?|thẻ)\s*:.{0,200}$/u,
    startsTail: true,
  },
  {
    reason: 'share and tools bar',
    test: line([
      'chia sẻ(?: bài viết)?(?: này)?',
      'share',
      'in bài(?: viết)?',
      'bản in',
      'gửi bài viết',
      'gửi email',
      'lưu bài(?: viết)?',
      'facebook',
      'twitter',
      'zalo',
      'copy link',
      'sao chép liên kết',
      'nghe bài viết',
      'nghe đọc bài',
      'giọng nam',
      'giọng nữ',
      'tốc độ đọc',
      // "Mặc định Cỡ chữ": the reset button of the text-size tool, then its label.
      '(?:mặc định\\s+)?cỡ chữ',
      '(?:số )?lượt (?:xem|đọc)\\s*:?\\s*[\\d.,]*',
      '[\\d.,]+ lượt xem',
      'bình chọn',
      'theo dõi .+ trên(?: ?google news)?',
    ]),
  },
  {
    reason: 'print-magazine promo',
    test: line(['giới thiệu tạp chí in', 'tra cứu tạp chí in(?: trước năm \\d{4})?', 'đặt mua (?:tạp chí|báo in|báo)']),
    startsTail: true,
  },
  {
    reason: 'print-magazine promo',
    test: line(['số \\d+\\s*[-–]\\s*\\d{4}', 'video clips?', 'báo in', 'tạp chí in']),
  },
  {
    reason: 'partners and footer',
    test: line(['đối tác của chúng tôi', 'liên kết website', 'liên kết', 'quảng cáo', 'advertisement']),
    startsTail: true,
  },
  {
    reason: 'footer',
    test: /^(?:©|bản quyền|copyright|ghi rõ nguồn|giấy phép|tổng biên tập\s*:|địa chỉ tòa soạn|đường dây nóng|về đầu trang|lên đầu trang|trở về đầu trang|back to top)/u,
  },
  {
    reason: 'site menu',
    test: /^tv & video\b.*$/u,
  },
  {
    reason: 'lone punctuation',
    test: /^[\p{P}\p{S}\s]+$/u,
  },
];

/**
 * Words of site menus and category bars. A line made only of these (and
 * separators like "-", "|", "»") is a menu or a category line: "Thời sự -
 * Chính trị", "Mới nhất Tin nóng Media Magazine Infographic Tin ảnh",
 * "Sự kiện - chuyên đề:".
 */
export const MENU_WORDS = [
  'trang chủ',
  'mới nhất',
  'tin nóng',
  'tin ảnh',
  'tin tức',
  'tin tổng hợp',
  'media',
  'magazine',
  'emagazine',
  'e-magazine',
  'infographic',
  'infographics',
  'longform',
  'megastory',
  'multimedia',
  'video',
  'videos',
  'podcast',
  'ảnh',
  'thời sự',
  'chính trị',
  'kinh tế',
  'xã hội',
  'thế giới',
  'quốc tế',
  'trong nước',
  'văn hóa',
  'thể thao',
  'pháp luật',
  'giáo dục',
  'sức khỏe',
  'đời sống',
  'du lịch',
  'công nghệ',
  'khoa học',
  'giải trí',
  'quốc phòng',
  'an ninh',
  'xây dựng đảng',
  'công tác đảng',
  'bạn đọc',
  'ý kiến',
  'tiêu điểm',
  'góc nhìn',
  'kinh doanh',
  'bất động sản',
  'sự kiện',
  'chuyên đề',
  'chuyên mục',
  'địa phương',
  'hoạt động',
  'nông nghiệp',
  'tổ chức',
  'kiểm tra',
  'tin hoạt động',
  // Sections of schools', agencies' and communes' sites: "TIN TỨC - CHI BỘ", "Đảng bộ - Đoàn thể".
  'chi bộ',
  'đảng bộ',
  'đoàn thể',
];

/** Separators of menus and breadcrumbs. */
export const MENU_SEPARATORS = /[-–—|»>/&·•:,]+/gu;

// ---------------------------------------------------------------------------
// Photo captions

/** Captions whatever their length: a photo credit, "Ảnh internet", a position in the photo. */
export const CAPTION_STRONG: { reason: string; test: RegExp }[] = [
  { reason: "photo caption: ends with a photo credit 'Ảnh: …'", test: /(?<![\p{L}])ảnh\s*:\s*[^:]{2,60}$/iu },
  { reason: "photo caption: '(Ảnh: …)'", test: /\(\s*ảnh\s*:[^)]{2,60}\)\s*\.?$/iu },
  { reason: "photo caption: 'Ảnh internet'", test: /(?:^|[.\s])ảnh\s+(?:internet|minh họa|minh hoạ|tư liệu|sưu tầm|chụp màn hình)\s*\.?\s*$/iu },
  {
    reason: 'photo caption: says where people stand in the photo',
    test: /\((?:thứ\s+\S+\s+)?(?:từ\s+(?:trái|phải)\s+(?:sang|qua)[^)]*|bên\s+(?:trái|phải)|đứng\s+giữa|ở\s+giữa|giữa|hàng\s+đầu[^)]*)\)/iu,
  },
  // Under a portrait: "Đồng chí Lê Thị Bân". No headline is a person's name alone.
  { reason: 'photo caption: a person named alone, under a portrait', test: /^(?:Đồng chí|Ông|Bà)\s+(?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*\.?$/u },
];

/** Short one-sentence lines that open like a caption: "Quang cảnh hội nghị.", "Tại điểm cầu Nghệ An." */
export const CAPTION_OPENERS = /^(?:quang cảnh|toàn cảnh|tại điểm cầu|một góc|các đại biểu|đại biểu|các đồng chí|lãnh đạo|các lãnh đạo)(?![\p{L}])/iu;

/** Who a caption is about: "Đồng chí X …", "Thượng tướng X …", "Bí thư huyện ủy X …" (tested on lower case). */
export const CAPTION_SUBJECTS =
  /^(?:đồng chí|các đồng chí|ông|bà|các đại biểu|đại biểu|lãnh đạo|các lãnh đạo|đoàn công tác|đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|tổng bí thư|chủ tịch|phó chủ tịch|thủ tướng|phó thủ tướng|bộ trưởng|thứ trưởng|bí thư|phó bí thư|trưởng ban|phó trưởng ban|chủ nhiệm|phó chủ nhiệm|giám đốc|ủy viên)(?![\p{L}])/u;

/** A caption may also open with the person's name: "Nguyễn Văn A, Bí thư …" (case-sensitive). */
export const CAPTION_SUBJECT_NAME = /^(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*\s*[,(–-]/u;

/** What people do in news photos. "dự" but not "dự án"; "trao" but not "trao đổi". */
export const CAPTION_VERBS =
  /(?<![\p{L}])(?:phát biểu|đồng chủ trì|chủ trì|trao(?!\s+đổi)|tặng hoa|tặng quà|tặng|chúc mừng|chụp ảnh|tham dự|dự(?!\s+(?:án|thảo|kiến|toán|báo|bị|phòng|khuyết|định|trù))|thăm|biểu quyết|bỏ phiếu|nhận quyết định|nhận hoa|nhận bằng|báo cáo|quán triệt|trình bày|khai mạc|bế mạc|dâng hương|dâng hoa|viếng|làm việc|điều hành)(?![\p{L}])/iu;

/** Words of narration that a caption does not use: such a line is a paragraph. */
export const NARRATIVE_WORDS =
  /(?<![\p{L}])(?:đã|sẽ|đang|cũng|nhằm|nhấn mạnh|cho biết|đề nghị|yêu cầu|khẳng định|theo đó|trong đó|bởi|vì|nếu|để)(?![\p{L}])/iu;

/** List items and numbered headings are body, never captions or titles. */
export const LIST_MARKER = /^(?:[-–—+•*]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;
