import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractByline } from '../../src/lib/ingest/byline.ts';
import { classifyLines } from '../../src/lib/ingest/classify.ts';
import { extractDates, type DateInfo } from '../../src/lib/ingest/dates.ts';
import { LINE_KINDS, type ClassifiedLine, type LineKind } from '../../src/lib/ingest/types.ts';
import { headlineOf } from '../../src/lib/ingest/title.ts';
import { CORPUS, SEEDS, loadSource, loadText } from '../fixtures/classify/load.ts';
import { PUBLISHERS } from '../fixtures/publishers.ts';

function classifyFile(path: string, knownTitle?: string): ClassifiedLine[] {
  return classifyLines(loadSource(path).lines, { ...(knownTitle ? { knownTitle } : {}), publishers: PUBLISHERS });
}
const seed = (file: string) => classifyFile(join(SEEDS, file));
const corpus = (file: string) => classifyFile(join(CORPUS, file));

/** Kind of the line numbered n (1-based, as in the file). */
function kindAt(lines: ClassifiedLine[], n: number): LineKind {
  const l = lines.find((x) => x.n === n);
  if (!l) throw new Error(`no line ${n}`);
  return l.kind;
}
function reasonAt(lines: ClassifiedLine[], n: number): string {
  return lines.find((x) => x.n === n)!.reason;
}
/** Line numbers of one kind. */
const linesOf = (lines: ClassifiedLine[], kind: LineKind) => lines.filter((l) => l.kind === kind).map((l) => l.n);

/** Classify a page written in the test, one source line per array item. */
function page(rows: string[], opts: { knownTitle?: string } = {}): ClassifiedLine[] {
  return classifyLines(loadText(rows.join('\n')), { ...opts, publishers: PUBLISHERS });
}
const kindsOf = (rows: string[], opts: { knownTitle?: string } = {}) => page(rows, opts).map((l) => l.kind);

const P1 =
  'Sáng 12-1 tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương theo hình thức trực tuyến tới 67 điểm cầu.';
const P2 =
  'Tại Hội nghị, các đại biểu đã nghe báo cáo phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2022 và thảo luận về đổi mới công tác tổ chức xây dựng Đảng trong tình hình mới.';
const P3 =
  'Phát biểu kết luận Hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương đề nghị toàn Ngành tiếp tục đổi mới phương pháp, lề lối làm việc, nâng cao chất lượng tham mưu.';

describe('every line gets exactly one kind', () => {
  const files = [
    ...['000', '001', '002', '003', '004'].map((p) => join(SEEDS, `${p}-` + seedName(p))),
    ...Array.from({ length: 15 }, (_, i) => join(CORPUS, corpusName(i + 1))),
  ];
  it.each(files)('%s', (file) => {
    const { lines } = loadSource(file);
    const out = classifyLines(lines, { publishers: PUBLISHERS });
    expect(out.map((l) => [l.n, l.text])).toEqual(lines.map((l) => [l.n, l.text]));
    for (const l of out) {
      expect(LINE_KINDS).toContain(l.kind);
      expect(l.kind).not.toBe('front');
      expect(l.reason.length).toBeGreaterThan(3);
    }
    expect(linesOf(out, 'title').length).toBeLessThanOrEqual(1);
    expect(linesOf(out, 'lead').length).toBeLessThanOrEqual(1);
  });
});

describe('seed 000 (xaydungdang.org.vn): weekly results', () => {
  const c = seed('000-ket-qua-cong-tac-tuan-22-28-6-2020.txt');
  it('headline after the category line, date under it', () => {
    expect(kindAt(c, 1)).toBe('boilerplate'); // "Thời sự - Chính trị"
    expect(linesOf(c, 'title')).toEqual([2]);
    expect(linesOf(c, 'date')).toEqual([3]);
  });
  it('the chair photo caption is a caption, not body', () => {
    expect(kindAt(c, 6)).toBe('caption');
    expect(linesOf(c, 'caption')).toEqual([6]);
  });
  it('paragraphs are body, the glued credit is the byline', () => {
    for (const n of [5, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]) expect(kindAt(c, n)).toBe('body');
    expect(linesOf(c, 'byline')).toEqual([32]);
  });
  it('comment form, related block and print promo are chrome', () => {
    for (const n of [34, 36, 37, 38, 39, 41, 45, 46, 47, 48, 49, 50]) expect(kindAt(c, n)).toBe('boilerplate');
    expect(reasonAt(c, 34)).toBe('comment form');
    expect(reasonAt(c, 36)).toBe('comment form field');
    expect(reasonAt(c, 46)).toBe('print-magazine promo');
  });
});

describe('seed 001 (xaydungdang.org.vn): conference of heads of organization commissions', () => {
  const c = seed('001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt');
  it('title, date, byline', () => {
    expect(linesOf(c, 'title')).toEqual([2]);
    expect(linesOf(c, 'date')).toEqual([3]);
    expect(linesOf(c, 'byline')).toEqual([33]);
  });
  it('captions: the speaker at a bridge point and the room', () => {
    expect(linesOf(c, 'caption')).toEqual([12, 25]);
  });
  it('a paragraph that opens with "Phát biểu kết luận" and refers to "(ảnh trên)" stays body', () => {
    expect(kindAt(c, 17)).toBe('body');
    expect(kindAt(c, 8)).toBe('body');
  });
  it('the event paragraph right under the date is body, not a standfirst', () => {
    expect(kindAt(c, 5)).toBe('body');
  });
});

describe('seed 002 (Báo Cần Thơ): date first, then the headline', () => {
  const c = seed('002-kiem-soat-quyen-luc-cong-tac-can-bo.txt');
  it('kinds', () => {
    expect(linesOf(c, 'date')).toEqual([1]);
    expect(linesOf(c, 'title')).toEqual([3]);
    expect(kindAt(c, 5)).toBe('body'); // "(CT)- Chiều ngày 1-6-2020, …": dateline stays in the body
    expect(kindAt(c, 7)).toBe('body');
    expect(kindAt(c, 9)).toBe('body');
    expect(linesOf(c, 'byline')).toEqual([11]); // THANH THY
    expect(kindAt(c, 13)).toBe('boilerplate'); // Chia sẻ bài viết
  });
});

describe('seed 003: repeated paragraphs, a teaser and the date at the end', () => {
  const c = seed('003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt');
  it('category line, headline, standfirst', () => {
    expect(kindAt(c, 1)).toBe('boilerplate'); // "Sự kiện - chuyên đề:"
    expect(linesOf(c, 'title')).toEqual([3]);
    expect(kindAt(c, 5)).toBe('lead');
    expect(kindAt(c, 7)).toBe('body'); // "Sáng 28/12, …"
  });
  it('repeats keep the first copy', () => {
    expect(kindAt(c, 11)).toBe('body');
    expect(kindAt(c, 12)).toBe('duplicate');
    expect(reasonAt(c, 12)).toBe('repeats line 11');
    expect(kindAt(c, 16)).toBe('duplicate');
    expect(reasonAt(c, 16)).toBe('repeats line 5');
    expect(kindAt(c, 20)).toBe('duplicate');
    expect(reasonAt(c, 20)).toBe('repeats line 11');
    expect(linesOf(c, 'duplicate')).toEqual([12, 16, 20]);
  });
  it('the "[…]" teaser of the standfirst', () => {
    expect(kindAt(c, 45)).toBe('teaser');
    expect(reasonAt(c, 45)).toBe('teaser cut with "[…]" of line 5');
  });
  it('photo captions, source credit, date line at the end, partners block', () => {
    expect(linesOf(c, 'caption')).toEqual([26, 27]);
    expect(linesOf(c, 'source')).toEqual([41]);
    expect(linesOf(c, 'date')).toEqual([43]);
    expect(kindAt(c, 47)).toBe('boilerplate');
    expect(linesOf(c, 'byline')).toEqual([]);
  });
  it('a paragraph that starts like the title is not a title duplicate', () => {
    expect(kindAt(c, 24)).toBe('body');
  });
});

describe('seed 004 (NTV): menus, standfirst, bridge-point captions', () => {
  const c = seed('004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt');
  it('menus above the headline', () => {
    expect(kindAt(c, 1)).toBe('boilerplate');
    expect(kindAt(c, 2)).toBe('boilerplate');
    expect(linesOf(c, 'title')).toEqual([4]);
    expect(linesOf(c, 'date')).toEqual([6]);
  });
  it('the standfirst under the date is dropped: its later, longer copy says it all and more', () => {
    expect(kindAt(c, 7)).toBe('duplicate');
    expect(reasonAt(c, 7)).toBe('standfirst repeated in full at the start of line 17');
    expect(kindAt(c, 17)).toBe('body');
    expect(reasonAt(c, 17)).toContain('repeats line 7 and goes on');
  });
  it('captions', () => {
    expect(linesOf(c, 'caption')).toEqual([11, 15, 19]);
  });
  it('the event paragraph with the chairs is body; byline; related block', () => {
    expect(kindAt(c, 9)).toBe('body');
    expect(kindAt(c, 13)).toBe('body');
    expect(linesOf(c, 'byline')).toEqual([25]);
    for (const n of [27, 29, 31]) expect(kindAt(c, n)).toBe('boilerplate');
  });
});

describe('corpus files (../shared/corpus, copied to tests/fixtures/corpus)', () => {
  it('01 Báo Đắk Lắk: "Cập nhật lúc …" is the date; stray alt text "th" and a caption without a period', () => {
    const c = corpus('01-daklak-ubkt-ky-hop-36.txt');
    expect(linesOf(c, 'title')).toEqual([4]);
    expect(linesOf(c, 'date')).toEqual([5]);
    expect(kindAt(c, 6)).toBe('body');
    expect(kindAt(c, 7)).toBe('blank'); // a line of one space
    expect(linesOf(c, 'caption')).toEqual([10, 11]);
    expect(kindAt(c, 13)).toBe('body');
  });
  it('02 Báo Khánh Hòa: no title line; the sapo repeated with "(UBKT)" inserted is a duplicate', () => {
    const c = corpus('02-khanhhoa-ubkt-giao-ban-quy-iii.txt');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(kindAt(c, 4)).toBe('body');
    expect(kindAt(c, 5)).toBe('duplicate');
    expect(reasonAt(c, 5)).toBe('repeats line 4');
    expect(kindAt(c, 6)).toBe('body');
  });
  it('03 Thanh Niên: no title line; an inline headline-shaped line mid-text is kept', () => {
    const c = corpus('03-tphcm-ubkt-thanh-uy-thu-thiem.txt');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(linesOf(c, 'body')).toEqual([4, 6, 8, 10, 12]);
  });
  it('04 Năm Căn: caption without a period, byline with a role', () => {
    const c = corpus('04-namcan-ubkt-huyen-uy-2019.txt');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(kindAt(c, 6)).toBe('caption');
    expect(linesOf(c, 'byline')).toEqual([10]);
  });
  it('05 Báo Đắk Lắk: lone ".", numbered headings and list items are body, alt text and captions', () => {
    const c = corpus('05-daklak-dai-hoi-xvii-phien-tru-bi.txt');
    expect(linesOf(c, 'title')).toEqual([4]);
    expect(linesOf(c, 'date')).toEqual([5]);
    expect(kindAt(c, 6)).toBe('boilerplate');
    for (const n of [8, 10, 12, 14, 20, 22, 27, 29, 31]) expect(kindAt(c, n)).toBe('body');
    expect(linesOf(c, 'caption')).toEqual([16, 17, 25]);
    expect(kindAt(c, 24)).toBe('duplicate'); // alt text repeated at the start of the caption
  });
  it('06 Báo Hà Giang: weekday-first date after the headline; "BHG -" paragraph is body', () => {
    const c = corpus('06-hagiang-dai-hoi-xvii-tiep-tuc.txt');
    expect(linesOf(c, 'title')).toEqual([4]);
    expect(linesOf(c, 'date')).toEqual([6]);
    expect(kindAt(c, 8)).toBe('body');
    expect(kindAt(c, 10)).toBe('blank');
    expect(kindAt(c, 12)).toBe('boilerplate');
  });
  it('07 VTC News: "(VTC News) -" alone is a source line, not a title', () => {
    const c = corpus('07-nghean-dai-hoi-xx-bi-thu.txt');
    expect(kindAt(c, 4)).toBe('source');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(kindAt(c, 6)).toBe('body');
    expect(kindAt(c, 22)).toBe('caption'); // "Lãnh đạo Đảng, Nhà nước tặng hoa chúc mừng …"
    for (const n of [8, 10, 12, 14, 16, 18, 20, 24, 26]) expect(kindAt(c, n)).toBe('body');
  });
  it('08 Thanh Niên: caption with "ẢNH:" credit and position in the photo', () => {
    const c = corpus('08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt');
    expect(kindAt(c, 6)).toBe('caption');
    for (const n of [4, 8, 10, 12, 14, 16]) expect(kindAt(c, n)).toBe('body');
  });
  it('11 Báo Tây Ninh: title with a colon, "Cập nhật ngày:" date, short speaker caption', () => {
    const c = corpus('11-trangbang-trien-khai-chi-thi-35.txt');
    expect(linesOf(c, 'title')).toEqual([4]);
    expect(linesOf(c, 'date')).toEqual([6]);
    expect(kindAt(c, 8)).toBe('body');
    expect(kindAt(c, 10)).toBe('caption');
  });
  it('12 Báo Tây Ninh: follow-us chrome, dateline alone, adjacent lines without blanks', () => {
    const c = corpus('12-godau-ban-to-chuc-huyen-uy-so-ket.txt');
    expect(kindAt(c, 4)).toBe('boilerplate');
    expect(kindAt(c, 5)).toBe('source');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(kindAt(c, 7)).toBe('caption');
    // Two sentences naming the chair: body, not a caption.
    expect(kindAt(c, 8)).toBe('body');
    for (const n of [6, 9, 10, 11, 12]) expect(kindAt(c, n)).toBe('body');
    expect(linesOf(c, 'byline')).toEqual([13]);
  });
  it('13 and 14: headline right above the first paragraph; caption with "Ảnh:"', () => {
    const c13 = corpus('13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt');
    expect(linesOf(c13, 'title')).toEqual([4]);
    expect(linesOf(c13, 'body')).toEqual([5, 6, 7]);
    const c14 = corpus('14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt');
    expect(linesOf(c14, 'title')).toEqual([4]);
    expect(linesOf(c14, 'caption')).toEqual([10]);
    expect(linesOf(c14, 'body')).toEqual([6, 8, 12]);
  });
  it('15 Tỉnh ủy Gia Lai: a long "Chủ trì hội nghị có …" paragraph is body', () => {
    const c = corpus('15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt');
    expect(linesOf(c, 'title')).toEqual([]);
    expect(linesOf(c, 'body')).toEqual([4, 6, 7, 8, 9]);
  });
});

describe('title', () => {
  it('a caption-shaped line right above the timed stamp, with no other headline, is the headline', () => {
    const headline = 'Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy điều hành hoạt động của Ban Thường vụ Tỉnh ủy';
    const lead = 'Từ ngày 17/9/2022, đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy, được Bộ Chính trị phân công điều hành hoạt động của Ban Chấp hành Đảng bộ tỉnh.';
    const rows = ['Thứ sáu, ngày 1/3/2024', '', headline, '', 'Thứ Hai 19/09/2022 17:07', '', lead];
    expect(kindsOf(rows)).toEqual(['boilerplate', 'blank', 'title', 'blank', 'date', 'blank', 'body']);
  });
  it('the place-and-date line of a print view or an official document is never the headline', () => {
    const lead = 'Sáng 24/7, Quận ủy tổ chức Hội nghị quán triệt, triển khai thực hiện Nghị quyết của Bộ Chính trị về đại hội đảng bộ các cấp.';
    const c = page(['Đà Nẵng, ngày 27 tháng 02 năm 2020', '', lead]);
    expect(linesOf(c, 'title')).toEqual([]);
    expect(c[0]!.kind).not.toBe('title');
    const t = page(['TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2021', 'Quận ủy quán triệt nghị quyết về đại hội đảng bộ các cấp', lead]);
    expect(linesOf(t, 'title')).toEqual([2]);
  });
  it('a headline opened by the outlet tag in brackets ("(PTTH) …") is the headline, printed without the tag', () => {
    const lead = 'Sáng 12/3, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2021 và triển khai nhiệm vụ quý II.';
    const c = page(['Banner', '', '(PTTH) Huyện ủy sơ kết công tác xây dựng Đảng quý I', '', lead]);
    expect(linesOf(c, 'title')).toEqual([3]);
    expect(headlineOf(c[2]!.text)).toBe('Huyện ủy sơ kết công tác xây dựng Đảng quý I');
  });
  it('the same line under the stamp stays a caption', () => {
    const rows = ['Thứ Hai 19/09/2022 17:07', 'Tỉnh ủy phân công điều hành hoạt động của Ban Chấp hành', P1, 'Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy điều hành hội nghị', P2];
    expect(page(rows)[3]!.kind).toBe('caption');
  });
  it('with a front block title, the matching line is the title (case, spacing and tone placement folded) and no other', () => {
    const rows = ['Thời sự - Chính trị', 'Hội  nghị trưởng ban tổ chức cấp uỷ trực thuộc Trung ương', '18:31 12/1/2022', P1];
    expect(kindsOf(rows, { knownTitle: 'HỘI NGHỊ TRƯỞNG BAN TỔ CHỨC CẤP ỦY TRỰC THUỘC TRUNG ƯƠNG' })).toEqual(['boilerplate', 'title', 'date', 'body']);
  });
  it('with a front block title not in the text, no line is the title and the page headline is chrome', () => {
    const c = page(['Hội nghị trưởng ban tổ chức cấp ủy', '18:31 12/1/2022', P1], { knownTitle: 'Một tiêu đề khác hẳn' });
    expect(linesOf(c, 'title')).toEqual([]);
    expect(c[0]!.kind).toBe('boilerplate');
  });
  it('a later repeat of the title is a duplicate', () => {
    const c = page(['Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương', P1, 'Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương', P2]);
    expect(c.map((l) => l.kind)).toEqual(['title', 'body', 'duplicate', 'body']);
    expect(c[2]!.reason).toBe('repeats the title (line 1)');
  });
  it('the headline is the last headline-shaped line above the text; unknown menus above it are chrome', () => {
    expect(kindsOf(['Trang chủ » Xây dựng Đảng » Công tác tổ chức', 'Giới thiệu về cơ quan và các đơn vị trực thuộc', 'Ban Tổ chức Trung ương tổng kết công tác năm 2022', P1])).toEqual([
      'boilerplate',
      'boilerplate',
      'title',
      'body',
    ]);
  });
  it('a short section name between the headline and its stamp is not the headline', () => {
    const rows = ['Ủy ban Kiểm tra Trung ương ban hành quy trình giải quyết tố cáo đối với đảng viên', '', 'Pháp luật & bạn đọc', '14/03/2019 09:05', P1];
    expect(kindsOf(rows)).toEqual(['title', 'blank', 'boilerplate', 'date', 'body']);
  });
  it('a promotion line between the stamp and the text, which the text does not take up, is not the headline', () => {
    const rows = [
      'Kỷ luật cảnh cáo Ban Thường vụ Huyện ủy nhiệm kỳ 2015-2020',
      '',
      '12/05/2022 10:15',
      '',
      'Mời bạn đọc theo dõi chuyên trang bầu cử đại biểu Quốc hội khóa XV',
      '',
      'Ủy ban Kiểm tra Tỉnh ủy vừa quyết định kỷ luật bằng hình thức cảnh cáo Ban Thường vụ Huyện ủy nhiệm kỳ 2015-2020 vì đã vi phạm nguyên tắc tập trung dân chủ.',
    ];
    expect(kindsOf(rows)).toEqual(['title', 'blank', 'date', 'blank', 'boilerplate', 'blank', 'body']);
  });
  it('a headline under the stamp that the text takes up stays the headline', () => {
    const rows = [
      'Thông báo của Văn phòng Trung ương Đảng về kỳ họp thứ 12',
      '12/05/2022 10:15',
      'Kỷ luật cảnh cáo Ban Thường vụ Huyện ủy nhiệm kỳ 2015-2020',
      'Ủy ban Kiểm tra Tỉnh ủy vừa quyết định kỷ luật bằng hình thức cảnh cáo Ban Thường vụ Huyện ủy nhiệm kỳ 2015-2020 vì đã vi phạm nguyên tắc tập trung dân chủ.',
    ];
    expect(kindsOf(rows)[2]).toBe('title');
  });
  it('a short headline above the stamp stays the headline when the line above it is short too', () => {
    expect(kindsOf(['Thời sự', 'Bầu Bí thư Tỉnh ủy khóa mới', '14/03/2019 09:05', P1])).toEqual(['boilerplate', 'title', 'date', 'body']);
  });
  it('a first line ending with a full stop that the next paragraph restates after its date is the headline', () => {
    const rows = [
      'Huyện ủy Quỳ Hợp quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII.',
      'Sáng ngày 12/1, Huyện ủy Quỳ Hợp quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII cho cán bộ chủ chốt toàn huyện.',
      P2,
    ];
    expect(kindsOf(rows)).toEqual(['title', 'body', 'body']);
  });
  it('a first sentence that the next paragraph does not restate stays the standfirst', () => {
    const rows = ['Công tác cán bộ tiếp tục được đổi mới, bảo đảm dân chủ, công khai, minh bạch trong toàn Đảng bộ.', 'Sáng ngày 12/1, Huyện ủy Quỳ Hợp tổng kết công tác tổ chức xây dựng Đảng năm 2022.', P2];
    expect(kindsOf(rows)[0]).not.toBe('title');
  });
  it('a headline ending with a question mark', () => {
    expect(kindsOf(['Vì sao phải đổi mới công tác cán bộ?', P1])).toEqual(['title', 'body']);
  });
  it('a page opening with its grounds ("Căn cứ …;") starts its text there: the clause is not chrome', () => {
    const rows = [
      'Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng;',
      'Thực hiện Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng.',
      'Ngày 15/3/2022, Ban Tổ chức Huyện ủy tổ chức họp xét hồ sơ đề nghị kết nạp đảng viên mới.',
    ];
    expect(kindsOf(rows)).not.toContain('boilerplate');
    expect(kindsOf(rows)[0]).not.toBe('boilerplate');
  });
  it('a short line ending with a semicolon above the text stays out of it', () => {
    expect(kindsOf(['Trang chủ; Tin tức;', P1])[0]).toBe('boilerplate');
  });
  it('no title when the text starts with its first paragraph', () => {
    expect(kindsOf([P1, P2])).toEqual(['body', 'body']);
  });
  it('a caption or a byline above the text is not the title', () => {
    expect(kindsOf(['Quang cảnh hội nghị tổng kết công tác năm 2022', P1])).toEqual(['caption', 'body']);
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', 'THANH THY', '12/01/2022 18:31', P1])).toEqual(['title', 'byline', 'date', 'body']);
  });
});

describe('dates and weekday banners', () => {
  it('a weekday banner before the headline is chrome; the date after it is the date', () => {
    const rows = ['Thứ Bảy, ngày 21/11/2026', 'Thời sự', 'Hội nghị tổng kết công tác tổ chức năm 2022', 'Thứ Năm, 12/01/2023, 18:31 (GMT+7)', P1];
    const c = page(rows);
    expect(c.map((l) => l.kind)).toEqual(['boilerplate', 'boilerplate', 'title', 'date', 'body']);
    expect(c[0]!.reason).toContain('weekday banner');
  });
  it('a date line with a time before the headline is the date (seed 002 layout)', () => {
    expect(kindsOf(['02/06/2020 - 06:17', 'Hội nghị giao ban công tác tổ chức xây dựng Đảng', P1])).toEqual(['date', 'title', 'body']);
  });
  it('without a title, a banner followed by another date line is chrome', () => {
    expect(kindsOf(['Thứ Hai, 21/11/2026', '12/01/2022 18:31', P1])).toEqual(['boilerplate', 'date', 'body']);
  });
  it('a sentence that mentions a date is not a date line', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', '12/01/2022 18:31', 'Ngày 12 tháng 1 năm 2022 là ngày khai mạc hội nghị.'])).toEqual([
      'title',
      'date',
      'body',
    ]);
  });
  it('dates in a related-articles list are chrome; the only date line at the end counts', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', '12/01/2022 18:31', P1, 'Tin liên quan', '11/01/2022 09:00'])).toEqual([
      'title',
      'date',
      'body',
      'boilerplate',
      'boilerplate',
    ]);
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, 'Bài liên quan', '11/01/2022 09:00'])).toEqual([
      'title',
      'body',
      'boilerplate',
      'date',
    ]);
  });
});

describe('boilerplate forms', () => {
  // Each line placed after a paragraph of real text, so position does not decide.
  // Category and menu lines above the headline.
  const headChrome = [
    'Thời sự - Chính trị',
    'Sự kiện - chuyên đề:',
    'Xây dựng Đảng',
    'Tin tức - Sự kiện',
    'Trang chủ » Xây dựng Đảng',
    'TV & Video Hoạt động NTV',
    'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh',
  ];
  it.each(headChrome)('above the headline: %s', (line) => {
    const c = page([line, 'Hội nghị tổng kết công tác tổ chức năm 2022', '12/01/2022 18:31', P1]);
    expect(c.map((l) => l.kind)).toEqual(['boilerplate', 'title', 'date', 'body']);
  });

  const chrome = [
    'TV & Video Hoạt động NTV',
    'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh',
    'Trang chủ | Thời sự | Kinh tế | Xã hội',
    'Chia sẻ bài viết',
    'Chia sẻ',
    'Facebook',
    'Zalo',
    'In bài viết',
    'Nghe bài viết',
    'Cỡ chữ',
    'Lượt xem: 1.234',
    'Theo dõi Báo Tây Ninh trên',
    'Theo dõi Báo Nhân Dân trên Google News',
    'Theo dõi Báo Quảng Ngãi trênGoogle News',
    '.',
    '***',
    'Số 5 - 2022',
    'VIDEO CLIPS',
    '© Bản quyền thuộc về Báo Nhân Dân',
    'Giấy phép số 1234/GP-BTTTT',
    'Về đầu trang',
  ];
  it('a section line of an institution\'s site ("TIN TỨC - CHI BỘ") is chrome, not the headline, even with no headline after it', () => {
    expect(kindsOf(['TIN TỨC - CHI BỘ', P1, P2])).toEqual(['boilerplate', 'body', 'body']);
    const withHeadline = kindsOf(['Đảng bộ - Đoàn thể', 'Hội nghị tổng kết công tác tổ chức năm 2022', '12/01/2022 18:31', P1]);
    expect(withHeadline.join(' ')).toBe('boilerplate title date body');
  });

  it("a document posted under the page's headline: the headline is above its letterhead, whose lines are neither headline nor byline", () => {
    const rows = [
      'Kế hoạch tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027',
      'ĐẢNG ỦY XÃ TÂN LẬP',
      'CHI BỘ TRƯỜNG TIỂU HỌC',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 12-KH/CB',
      'Tân Lập, ngày 05 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'V/v tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027',
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Chi bộ xây dựng kế hoạch như sau.',
    ];
    const c = page(rows);
    expect(c[0]!.kind).toBe('title');
    expect(c.slice(1, 8).map((l) => l.kind)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it("an author's institution under the author's name in capitals is the byline, and the headline stays above them", () => {
    const rows = [
      'Thứ Năm, ngày 14/04/2022, 09:05',
      'Đổi mới công tác kiểm tra, giám sát của Đảng trong giai đoạn hiện nay',
      'NGUYỄN VĂN HÙNG',
      'Trường Chính trị tỉnh Nghệ An',
      P1,
    ];
    expect(kindsOf(rows)).toEqual(['date', 'title', 'byline', 'byline', 'body']);
  });

  it('a text-size tool under the date line ("Mặc định Cỡ chữ": reset, then size) is chrome, not the headline', () => {
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', 'Ngày đăng: 12/01/2022   18:31', 'Mặc định Cỡ chữ', P1, P2]);
    expect(c.map((l) => l.kind)).toEqual(['title', 'date', 'boilerplate', 'body', 'body']);
  });

  it.each(chrome)('%s', (line) => {
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, line, P2]);
    expect(c[2]!.kind).toBe('boilerplate');
    expect(c[3]!.kind).toBe('body');
  });

  // Lines that end the article: after them, everything is chrome but real paragraphs.
  const tailStarters = [
    'Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY',
    'Bình luận',
    'Gửi bình luận',
    'Họ và tên : *',
    'Bài cùng chuyên mục',
    'Tin cùng chuyên mục',
    'Tin liên quan',
    'Bài viết liên quan',
    'Sự kiện liên quan',
    'Tin khác',
    'Các tin đã đưa',
    'Đọc nhiều nhất',
    'Có thể bạn quan tâm',
    'Xem thêm',
    'Từ khóa: công tác cán bộ, Ban Tổ chức Trung ương',
    'GIỚI THIỆU TẠP CHÍ IN',
    'Đối tác của chúng tôi',
  ];
  it.each(tailStarters)('%s ends the article', (line) => {
    const headline = 'Lãnh đạo tỉnh chúc mừng cán bộ hưu trí nhân dịp Tết';
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, line, headline, 'Ngô Khiêm']);
    expect(c.slice(2).map((l) => l.kind)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('a real paragraph inside trailing chrome is kept as body', () => {
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, 'Bài cùng chuyên mục', 'Tin khác của chuyên mục xây dựng Đảng', P3, 'Xem thêm']);
    expect(c.map((l) => l.kind)).toEqual(['title', 'body', 'boilerplate', 'boilerplate', 'body', 'boilerplate']);
    expect(c[4]!.reason).toContain('kept');
  });

  it('a share bar under the headline does not end the article', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', 'Chia sẻ', P1, 'Quang cảnh hội nghị.', P2])).toEqual([
      'title',
      'boilerplate',
      'body',
      'caption',
      'body',
    ]);
  });

  it('"Bình luận" in a sentence and a "Cụ thể như sau:" lead-in are text', () => {
    expect(kindsOf([P1, 'Bình luận về vấn đề này, đồng chí Bí thư cho rằng cần phải làm rõ trách nhiệm.', 'Cụ thể như sau:', P2])).toEqual([
      'body',
      'body',
      'body',
      'body',
    ]);
  });
});

describe('captions', () => {
  const captions = [
    'Quang cảnh hội nghị.', // corpus 12
    'Quang cảnh Hội nghị Uỷ ban Kiểm tra Huyện uỷ', // corpus 04, no period
    'Toàn cảnh Hội nghị.', // seed 001
    'Tại điểm cầu Nghệ An.', // seed 004
    'Các đồng chí chủ trì tại điểm cầu Hà Nội.', // seed 004
    'Các đại biểu tham dự kỳ họp', // corpus 01
    'Bí thư huyện ủy Trương Nhật Quang phát biểu tại hội nghị.', // corpus 11
    'Thượng tướng Đỗ Căn, Phó Chủ nhiệm Tổng cục Chính trị QĐND phát biểu tại điểm cầu Quân ủy Trung ương.', // seed 001
    'Đồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu Nghệ An.', // seed 004
    'Các đồng chí lãnh đạo tỉnh tham dự hội nghị. Ảnh: Hồng Nguyệt', // corpus 14
    'Ông Vương Quốc Tuấn (thứ 2 từ trái sang) nhận quyết định làm Phó bí thư Tỉnh ủy Thái Nguyên ẢNH: TTXVN', // corpus 08
    'Ảnh internet.', // seed 003
    'Ảnh minh họa', // Dân trí, VnExpress
    'Thủ tướng Phạm Minh Chính phát biểu chỉ đạo tại hội nghị. (Ảnh: VGP/Nhật Bắc)', // Báo Chính phủ
    'Tổng Bí thư Tô Lâm trao quyết định cho các đồng chí. Ảnh: TTXVN', // VietnamPlus
    'Đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.',
    'Lãnh đạo tỉnh tặng hoa chúc mừng các đồng chí được bổ nhiệm.',
    'Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu khai mạc hội nghị.',
    'Các đại biểu dâng hương tại Khu di tích.',
    'Ông Nguyễn Văn Bình (bên trái) trao quyết định cho ông Lê Văn Cường',
    'th', // corpus 01: stray alt text
  ];
  it.each(captions)('%s', (line) => {
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, line, P2]);
    expect(c[2]!.kind).toBe('caption');
  });

  const notCaptions = [
    'Phát biểu kết luận tại Hội nghị, đồng chí Trương Thị Mai (ảnh trên) đã nêu ra 6 vấn đề trọng tâm.', // seed 001
    'Đại biểu dự hội nghị đã thảo luận sôi nổi về dự thảo văn kiện.', // narration: "đã"
    'Tham dự có bà Nguyễn Thị Thanh Nhàn- Phó Bí thư Thường trực Huyện uỷ. Bà Phạm Thị Thuý Hằng- Trưởng Ban Tổ chức Huyện uỷ chủ trì hội nghị.', // corpus 12: two sentences
    'Ông Nguyễn Đức Trung được bầu giữ chức Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2025-2030.', // corpus 07
    '- Đại hội đã bầu Đoàn chủ tịch gồm 15 đồng chí.', // list item
    '1. Buổi sáng ngày 13-10-2020', // numbered heading
    'Sáng 12-1, đồng chí Trưởng Ban phát biểu tại hội nghị.', // opens with the event date
    'Đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu phát biểu tại hội nghị phải ngắn gọn.',
    'Toàn huyện kết nạp 54 đảng viên, đạt gần 55%.',
    'Các đồng chí:', // lead-in to a list
    'Ông Vương Quốc Tuấn (48 tuổi) quê quán tỉnh Bắc Ninh, từng giữ các chức vụ Bí thư Tỉnh đoàn Bắc Ninh.',
  ];
  it.each(notCaptions)('not a caption: %s', (line) => {
    const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, line, P2]);
    expect(c[2]!.kind).toBe('body');
  });
});

describe('repeats and teasers', () => {
  it('a paragraph printed three times: the first is kept', () => {
    const c = page([P1, P2, P2, P3, P2]);
    expect(c.map((l) => l.kind)).toEqual(['body', 'body', 'duplicate', 'body', 'duplicate']);
    expect(c[4]!.reason).toBe('repeats line 2');
  });
  it('the same short caption under two photos is not a duplicate', () => {
    expect(kindsOf([P1, 'Quang cảnh hội nghị.', P2, 'Quang cảnh hội nghị.', P3])).toEqual(['body', 'caption', 'body', 'caption', 'body']);
  });
  it('teasers cut with "[…]", "[...]" or "..." that start another paragraph', () => {
    for (const mark of ['[…]', '[...]', '...', '…']) {
      const teaser = `${P2.slice(0, 90)} ${mark}`;
      const c = page(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, P2, P3, teaser]);
      expect(c[4]!.kind).toBe('teaser');
      expect(c[4]!.reason).toMatch(/^teaser cut with ".+" of line 3$/);
    }
  });
  it('a teaser printed before the full paragraph', () => {
    const c = page([`${P3.slice(0, 80)}...`, P1, P3]);
    expect(c[0]!.kind).toBe('teaser');
  });
  it('a paragraph ending with "…" that is no copy is body', () => {
    expect(kindsOf([P1, 'Toàn Ngành tập trung triển khai đồng bộ, quyết liệt các nhiệm vụ trọng tâm của công tác xây dựng Đảng…', P2])).toEqual(['body', 'body', 'body']);
  });
  it('among paragraphs that open alike, the one a paragraph repeats and goes on is found', () => {
    // Lines 2 to 5 share their first 50 characters with P2; lines 3 and 4 are prefixes of it, 3 first.
    const other = `${P2.slice(0, 50)} một nội dung khác hẳn.`;
    const c = page([P1, other, P2.slice(0, 60), P2.slice(0, 70), other, P2]);
    expect(c[5]!.reason).toBe('paragraph: repeats line 3 and goes on, so it is kept');
    expect(c[3]!.reason).toBe('paragraph: repeats line 3 and goes on, so it is kept');
    expect(c.map((l) => l.kind)).toEqual(['body', 'body', 'body', 'body', 'duplicate', 'body']);
  });
  it('among paragraphs that open alike, a teaser points at the one it cuts', () => {
    const other = `${P2.slice(0, 50)} một nội dung khác hẳn.`;
    const c = page([P1, other, P2, P3, `${P2.slice(0, 90)} […]`]);
    expect(c[4]!.reason).toBe('teaser cut with "[…]" of line 3');
  });
  it('photo alt text followed by the caption that starts with it', () => {
    const c = page([P1, 'Các đồng chí Thường trực Tỉnh ủy', 'Các đồng chí Thường trực Tỉnh ủy chủ trì phiên trù bị Đại hội.', P2]);
    expect(c.map((l) => l.kind)).toEqual(['body', 'duplicate', 'caption', 'body']);
    expect(c[1]!.reason).toContain('alt text');
  });
});

describe('lead (standfirst)', () => {
  const sapo = 'Năm 2022, toàn Ngành Tổ chức xây dựng Đảng hoàn thành tốt các nhiệm vụ được giao, nhiều việc có tính đột phá.';
  it('the first paragraph is the lead when the next one opens the report with its date', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', '12/01/2022 18:31', sapo, P1, P2])).toEqual(['title', 'date', 'lead', 'body', 'body']);
  });
  it('… or with the dateline', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', sapo, `BHG - ${P2}`])).toEqual(['title', 'lead', 'body']);
  });
  it('otherwise the first paragraph is body', () => {
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', sapo, P2, P3])).toEqual(['title', 'body', 'body', 'body']);
    expect(kindsOf(['Hội nghị tổng kết công tác tổ chức năm 2022', P1, P2])).toEqual(['title', 'body', 'body']);
  });
});

describe('bylines and credits', () => {
  it('a name-shaped line in the middle of the text is not a byline', () => {
    expect(kindsOf([P1, 'Ngô Khiêm', P2, 'Thanh Thy'])).toEqual(['body', 'body', 'body', 'byline']);
  });
  it('a byline followed by a short caption is still the byline', () => {
    expect(kindsOf([P1, P2, 'Ngô Khiêm', 'Toàn cảnh Hội nghị.'])).toEqual(['body', 'body', 'byline', 'caption']);
  });
  it('labelled credits are bylines wherever they are', () => {
    expect(kindsOf([P1, 'Bài và ảnh: Minh Anh', P2])).toEqual(['body', 'byline', 'body']);
  });
  it('source credits and datelines alone on their line', () => {
    expect(kindsOf([P1, P2, 'Nguồn: Tạp chí Thương hiệu & Công luận'])).toEqual(['body', 'body', 'source']);
    expect(kindsOf([P1, P2, '(Theo TTXVN)'])).toEqual(['body', 'body', 'source']);
    expect(kindsOf(['(VTC News) -', P1])).toEqual(['source', 'body']);
  });
  it('a paragraph opening "Theo …" is text, not a source credit', () => {
    expect(kindsOf([P1, 'Theo báo cáo, năm 2023, toàn ngành cơ bản hoàn thành 21 đề án theo chương trình.'])).toEqual(['body', 'body']);
  });
});

describe('line numbers', () => {
  it('keeps the original numbers of lines after a front block', () => {
    const c = classifyLines(loadText(['Hội nghị tổng kết công tác tổ chức năm 2022', P1].join('\n'), 5), { publishers: PUBLISHERS });
    expect(c.map((l) => [l.n, l.kind])).toEqual([
      [5, 'title'],
      [6, 'body'],
    ]);
  });
  it('handles an empty input and a page of blanks', () => {
    expect(classifyLines([], { publishers: PUBLISHERS })).toEqual([]);
    expect(kindsOf(['', '   ', ''])).toEqual(['blank', 'blank', 'blank']);
  });
});

function seedName(prefix: string): string {
  return {
    '000': 'ket-qua-cong-tac-tuan-22-28-6-2020.txt',
    '001': 'hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt',
    '002': 'kiem-soat-quyen-luc-cong-tac-can-bo.txt',
    '003': 'tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt',
    '004': 'nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt',
  }[prefix]!;
}

function corpusName(i: number): string {
  return [
    '01-daklak-ubkt-ky-hop-36.txt',
    '02-khanhhoa-ubkt-giao-ban-quy-iii.txt',
    '03-tphcm-ubkt-thanh-uy-thu-thiem.txt',
    '04-namcan-ubkt-huyen-uy-2019.txt',
    '05-daklak-dai-hoi-xvii-phien-tru-bi.txt',
    '06-hagiang-dai-hoi-xvii-tiep-tuc.txt',
    '07-nghean-dai-hoi-xx-bi-thu.txt',
    '08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt',
    '09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt',
    '10-thainguyen-ban-to-chuc-tinh-uy-gap-mat.txt',
    '11-trangbang-trien-khai-chi-thi-35.txt',
    '12-godau-ban-to-chuc-huyen-uy-so-ket.txt',
    '13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt',
    '14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt',
    '15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt',
  ][i - 1]!;
}

describe('whole pages in the layouts of national sites (tests/fixtures/classify/pages)', () => {
  const dir = join(import.meta.dirname, '../fixtures/classify/pages');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { url?: string; dates: DateInfo; byline: { authors: string[]; publisher?: string } }
  >;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has pages', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('%s', (file) => {
    const rows = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
    const want = rows.map((r) => r.slice(0, r.indexOf(' | ')).trim());
    const text = rows.map((r) => r.slice(r.indexOf(' | ') + 3));
    const got = classifyLines(loadText(text.join('\n')), { publishers: PUBLISHERS });
    expect(got.map((l) => `${l.n} ${l.kind}: ${l.text}`)).toEqual(text.map((t, i) => `${i + 1} ${want[i]}: ${t}`));
    const e = expected[file]!;
    expect(extractDates(got, { url: e.url }).dates).toEqual(e.dates);
    expect(extractByline(got, { url: e.url }, PUBLISHERS)).toEqual(e.byline);
  });
});

describe('a portrait caption under the date line', () => {
  it('is a caption, never the headline, and the headline above the date line stays the headline', () => {
    expect(kindsOf(['Huyện ủy Châu Thành sơ kết công tác xây dựng Đảng 6 tháng đầu năm', 'Cập nhật ngày: 12/07/2011 - 08:20', 'Đồng chí Trần Văn Hùng', P1])).toEqual(['title', 'date', 'caption', 'body']);
    expect(kindsOf(['Huyện ủy Châu Thành sơ kết công tác xây dựng Đảng 6 tháng đầu năm', 'Cập nhật ngày: 12/07/2011 - 08:20', 'Ông Nguyễn Văn Tâm', P1])).toEqual(['title', 'date', 'caption', 'body']);
  });
});

describe('headline printed with a period', () => {
  it('is the title when the date line is next to it', () => {
    expect(kindsOf(['Thời sự', 'Bộ Chính trị điều động, phân công nhân sự.', '12/01/2022 18:31', P1, P2])).toEqual(['boilerplate', 'title', 'date', 'body', 'body']);
    expect(kindsOf(['12/01/2022 18:31', 'Bộ Chính trị điều động, phân công nhân sự.', P1])).toEqual(['date', 'title', 'body']);
  });
  it('is not taken from a short first paragraph without a date line beside it', () => {
    // (A standfirst here, since the next paragraph opens with the event's date.)
    expect(kindsOf(['Bộ Chính trị điều động, phân công nhân sự.', P1])).toEqual(['lead', 'body']);
    expect(kindsOf(['Bộ Chính trị điều động, phân công nhân sự.', P2])).toEqual(['body', 'body']);
  });
});

describe('text that looks like chrome or captions but is not', () => {
  it('section headings made of menu words stay in the text; a menu bar does not', () => {
    expect(kindsOf([P1, 'Kinh tế - xã hội', P2, 'Quốc phòng, an ninh', P3])).toEqual(['body', 'body', 'body', 'body', 'body']);
    expect(kindsOf([P1, 'Trang chủ | Thời sự | Kinh tế | Xã hội', P2])).toEqual(['body', 'boilerplate', 'body']);
  });
  it('an inline "Xem thêm: <headline>" link is chrome but does not end the text', () => {
    const c = page([P1, 'Xem thêm: Bộ Chính trị điều động, phân công nhân sự', P2, 'Ngô Khiêm']);
    expect(c.map((l) => l.kind)).toEqual(['body', 'boilerplate', 'body', 'byline']);
    expect(c[1]!.reason).toBe('inline link to another article');
  });
  it('a short sentence opening "Cảnh giác" is not a caption', () => {
    expect(kindsOf([P1, 'Cảnh giác trước mọi âm mưu chống phá Đại hội.', P2])).toEqual(['body', 'body', 'body']);
  });
});
