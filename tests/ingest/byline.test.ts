import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractByline,
  parseBylineLine,
  parseOutletPrefix,
  parseSourceLine,
  personName,
  photoCredits,
} from '../../src/lib/ingest/byline.ts';
import { readLine } from '../../src/lib/ingest/stamp.ts';
import { classifyLines } from '../../src/lib/ingest/classify.ts';
import { outletByHost, outletByName } from '../../src/lib/ingest/publishers.ts';
import type { ClassifiedLine, LineKind } from '../../src/lib/ingest/types.ts';
import { CORPUS, SEEDS, loadSource } from '../fixtures/classify/load.ts';
import { PUBLISHERS } from '../fixtures/publishers.ts';

function given(...rows: [LineKind, string][]): ClassifiedLine[] {
  return rows.map(([kind, text], i) => ({ n: i + 1, text, kind, reason: 'test', read: readLine(text, PUBLISHERS) }));
}

describe('parseBylineLine', () => {
  // The photographer is an author credit too: "Tin: X Ảnh: Y" gives [X, Y].
  const cases: [string, string[]][] = [
    ['Tin: Ngọc DiệpẢnh: Phạm Giang', ['Ngọc Diệp', 'Phạm Giang']], // seed 000, glued
    ['THANH THY', ['Thanh Thy']], // seed 002, all caps
    ['Ngô Khiêm', ['Ngô Khiêm']], // seed 001
    ['Xuân Hướng – Cảnh Toàn', ['Xuân Hướng', 'Cảnh Toàn']], // seed 004
    ['Quốc Sự - Uỷ viên UBKT Huyện uỷ', ['Quốc Sự']], // corpus 04, name and role
    ['Trọng Cầu', ['Trọng Cầu']], // corpus 12
    ['NGUYỄN HOÀNG - THANH THY', ['Nguyễn Hoàng', 'Thanh Thy']],
    ['Tin, ảnh: Thanh Hà', ['Thanh Hà']],
    ['Tin và ảnh: Thanh Hà', ['Thanh Hà']],
    ['Bài và ảnh: Minh Anh', ['Minh Anh']],
    ['Bài: Văn Thành - Ảnh: Hồng Nguyệt', ['Văn Thành', 'Hồng Nguyệt']],
    ['Bài: Văn Thành; ảnh: Hồng Nguyệt', ['Văn Thành', 'Hồng Nguyệt']],
    ['Tin: Thanh Thy. Ảnh: TTXVN', ['Thanh Thy']], // an agency is not a person
    ['Ảnh: VGP/Nhật Bắc', ['Nhật Bắc']],
    ['Hồng Điệp (TTXVN)', ['Hồng Điệp']],
    ['Thu Hằng/VOV.VN', ['Thu Hằng']],
    ['Minh Anh (tổng hợp)', ['Minh Anh']],
    ['ThS. Nguyễn Văn An', ['Nguyễn Văn An']],
    ['Đại tá Nguyễn Văn Bình', ['Nguyễn Văn Bình']],
    ['Nguyễn Văn An, Học viện Chính trị quốc gia Hồ Chí Minh', ['Nguyễn Văn An']],
    ['Thu Hà - N.Hương', ['Thu Hà', 'N.Hương']],
    ['Phan Anh và Minh Châu', ['Phan Anh', 'Minh Châu']],
    ['Lê Thị Thu Trang', ['Lê Thị Thu Trang']],
    ['PV', []], // a credit, but no person
    ['Nhóm PV', []],
  ];
  it.each(cases)('%s', (line, authors) => {
    expect(parseBylineLine(line, PUBLISHERS)?.authors).toEqual(authors);
  });

  const notBylines = [
    'VIDEO CLIPS',
    'GIỚI THIỆU TẠP CHÍ IN',
    'Quang cảnh hội nghị',
    'Các đại biểu tham dự kỳ họp',
    'Toàn cảnh Hội nghị.',
    'Tại điểm cầu Nghệ An.',
    'Sự kiện liên quan',
    'Chia sẻ bài viết',
    'Tin nóng',
    'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh',
    'Nguồn: Tạp chí Thương hiệu & Công luận',
    'Ban Tổ chức Trung ương',
    'Hội Nghị Trung Ương',
    'Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY',
    'Sáng 12-1 tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị.',
    // A person with an honorific opens a sentence (here cut off by the page store), not a credit.
    'Bà Trần Thị Mai, Phó Chánh Văn phòng Tỉnh ủy được',
    'Ông Phạm Văn Hùng - Bí thư Huyện ủy',
    'Đồng chí Lê Văn Nam, Trưởng Ban Tổ chức Huyện ủy.',
  ];
  it.each(notBylines)('not a byline: %s', (line) => {
    expect(parseBylineLine(line, PUBLISHERS)).toBeNull();
  });

  it('does not count trailing punctuation towards the length of a credit', () => {
    expect(parseBylineLine(`Ngô Khiêm${'.'.repeat(200)}`, PUBLISHERS)?.authors).toEqual(['Ngô Khiêm']);
    expect(parseBylineLine(`Ngô Khiêm ${'x'.repeat(120)}`, PUBLISHERS)).toBeNull();
  });

  it('marks labelled credits, which count anywhere in the text', () => {
    expect(parseBylineLine('Tin: Ngọc DiệpẢnh: Phạm Giang', PUBLISHERS)?.labelled).toBe(true);
    expect(parseBylineLine('Ngô Khiêm', PUBLISHERS)?.labelled).toBe(false);
  });
});

describe('personName', () => {
  it.each([
    ['THANH THY', 'Thanh Thy'],
    ['NGUYỄN THỊ HỒNG ĐIỆP', 'Nguyễn Thị Hồng Điệp'],
    ['Quốc Sự', 'Quốc Sự'],
    ['N.Hương', 'N.Hương'],
  ])('%s → %s', (raw, want) => expect(personName(raw)).toBe(want));
  it.each(['Video Clips', 'Infographic Magazine', 'Hà', 'ngô khiêm', 'TTXVN', 'Nguyễn Văn An Bình Minh Châu Hà'])('not a name: %s', (raw) =>
    expect(personName(raw)).toBeNull(),
  );
});

describe('outlet prefixes', () => {
  const cases: [string, string | null, string | null, string][] = [
    // [paragraph, code, outlet, text after the dateline]
    ['(CT)- Chiều ngày 1-6-2020, Ban Tổ chức', 'CT', 'Báo Cần Thơ', 'Chiều ngày 1-6-2020, Ban Tổ chức'], // seed 002
    ['BHG - Tiếp tục chương trình làm việc', 'BHG', 'Báo Hà Giang', 'Tiếp tục chương trình làm việc'], // corpus 06
    ['BTNO - Ngày 19.11, Huyện ủy', 'BTNO', 'Báo Tây Ninh', 'Ngày 19.11, Huyện ủy'], // corpus 11
    ['(BTNO) -', 'BTNO', 'Báo Tây Ninh', ''], // corpus 12, alone on its line
    ['(VTC News) -', 'VTC News', 'VTC News', ''], // corpus 07
    ['Hà Nội (TTXVN) - Sáng 12/1, Ban', 'TTXVN', 'Thông tấn xã Việt Nam', 'Sáng 12/1, Ban'],
    ['NDO - Sáng 12/1, tại Hà Nội', 'NDO', 'Báo Nhân Dân', 'Sáng 12/1, tại Hà Nội'],
    ['(Dân trí) - Chiều 5/6, Ban', 'Dân trí', 'Báo Dân trí', 'Chiều 5/6, Ban'],
    ['(Chinhphu.vn) - Sáng 5/6, Thủ tướng', 'Chinhphu.vn', 'Báo Chính phủ', 'Sáng 5/6, Thủ tướng'],
    ['(HG) - Sáng 7/5, Huyện ủy Phụng Hiệp tổ chức', 'HG', 'Báo Hậu Giang', 'Sáng 7/5, Huyện ủy Phụng Hiệp tổ chức'],
    ['TGDV - Chiều 12/3, Ban Thường vụ Tỉnh ủy Tuyên Quang', 'TGDV', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang', 'Chiều 12/3, Ban Thường vụ Tỉnh ủy Tuyên Quang'],
    ['(XYZ) - Sáng nay, hội nghị', 'XYZ', null, 'Sáng nay, hội nghị'], // unknown outlet: still a dateline
    ['(1) - Điều khoản thi hành', null, null, '(1) - Điều khoản thi hành'],
    ['CT - không có ngoặc', null, null, 'CT - không có ngoặc'], // a two-letter code needs its parentheses
    ['UBND - huyện', null, null, 'UBND - huyện'],
    // An outlet code we do not list, before the report's opening date (Tạp chí Cộng sản).
    ['TCCS - Ngày 12-11-2021, Ban Tổ chức Trung ương tổ chức', 'TCCS', null, 'Ngày 12-11-2021, Ban Tổ chức Trung ương tổ chức'],
    ['HĐND - UBND tỉnh tổ chức', null, null, 'HĐND - UBND tỉnh tổ chức'], // no date after it: not a code
    ['Sáng 12/1, Ban Tổ chức Trung ương', null, null, 'Sáng 12/1, Ban Tổ chức Trung ương'],
  ];
  it.each(cases)('%s', (text, code, outlet, rest) => {
    const d = parseOutletPrefix(text, PUBLISHERS);
    expect(d?.code ?? null).toBe(code);
    expect(d?.outlet?.name ?? null).toBe(outlet);
    expect(d?.rest ?? text).toBe(rest);
  });
});

describe('source credits', () => {
  it.each([
    ['Nguồn: Tạp chí Thương hiệu & Công luận', 'Tạp chí Thương hiệu & Công luận'], // seed 003
    ['(Theo TTXVN)', 'TTXVN'],
    ['Theo TTXVN', 'TTXVN'],
    ['Theo Báo Nhân Dân', 'Báo Nhân Dân'],
    ['Theo VnExpress', 'VnExpress'],
    ['Nguồn: baochinhphu.vn', 'baochinhphu.vn'],
    ['(Nguồn: VOV)', 'VOV'],
    ['Nguồn tin: Báo Đắk Lắk.', 'Báo Đắk Lắk'],
    ['Nguồn VNEWS: https://vnews.gov.vn/video/quan-triet-quy-dinh-ve-bao-ve-chinh-tri-noi-bo-dang-32248.htm', 'VNEWS'],
    ['Theo Báo Bình Dương: https://baobinhduong.vn/hop-tieu-ban-to-chuc-a123.html', 'Báo Bình Dương'],
  ])('%s', (line, source) => expect(parseSourceLine(line, PUBLISHERS)).toEqual({ source }));

  it.each([
    'Theo đánh giá của Ban Tổ chức Trung ương, Nghệ An là một trong những địa phương',
    'Theo đó, ông Vương Quốc Tuấn sẽ thôi tham gia',
    'Theo báo cáo, năm 2023, toàn ngành cơ bản hoàn thành 21 đề án',
    'Nguồn ảnh: TTXVN',
  ])('not a source credit: %s', (line) => expect(parseSourceLine(line, PUBLISHERS)).toBeNull());
});

describe('photoCredits in captions', () => {
  it.each([
    ['Các đồng chí lãnh đạo tỉnh tham dự hội nghị. Ảnh: Hồng Nguyệt', ['Hồng Nguyệt']], // corpus 14
    ['Ông Vương Quốc Tuấn (thứ 2 từ trái sang) nhận quyết định ẢNH: TTXVN', []], // corpus 08: an agency
    ['Thủ tướng phát biểu. (Ảnh: VGP/Nhật Bắc)', ['Nhật Bắc']],
    ['Quang cảnh hội nghị. Ảnh: Minh Anh - Thu Hà', ['Minh Anh', 'Thu Hà']],
    ['Ảnh internet.', []],
    ['Toàn cảnh Hội nghị.', []],
  ])('%s', (caption, names) => expect(photoCredits(caption, PUBLISHERS)).toEqual(names));
});

describe('outlets', () => {
  it.each([
    ['http://baodaklak.vn/channel/3482/201801/x/', 'Báo Đắk Lắk'],
    ['https://amp.vtcnews.vn/ong-nguyen-duc-trung-ar968920.html', 'VTC News'],
    ['https://www.baomoi.com/bac-ninh/c/5746609.epi', 'Báo Mới'],
    ['https://nhandan.vn/x-post1.html', 'Báo Nhân Dân'],
    ['https://xaydungdang.org.vn/x', 'Tạp chí Xây dựng Đảng'],
    ['https://dangcongsan.vn/x', 'Báo điện tử Đảng Cộng sản Việt Nam'],
    ['https://baobinhduong.vn/hop-tieu-ban-a341.html', 'Báo Bình Dương'],
    ['http://baonamdinh.vn/channel/5085/202501/x/', 'Báo Nam Định'],
    ['https://www.bacninhtv.vn/tin-tuc/x.html', 'Đài Phát thanh và Truyền hình Bắc Ninh'],
    ['http://baoapbac.vn/xay-dung-dang/202410/x.html', 'Báo Ấp Bắc'],
    ['https://baomoi.zadn.vn/x-c42019980.epi', 'Báo Mới'],
    ['https://vnews.gov.vn/video/x-32248.htm', 'VNEWS'],
    ['https://hanoionline.vn/hoi-nghi-thanh-uy-x-234567.htm', 'Đài Phát thanh và Truyền hình Hà Nội'],
    ['https://bienphong.com.vn/x-post470000.html', 'Báo Biên phòng'],
    ['https://dangcongsan.org.vn/tinhuybinhdinh/lists/tintuc/view_detail.aspx?itemid=1204', 'Tỉnh ủy Bình Định'], // a folder of a shared host
    ['https://dangcongsan.org.vn:443/TinhUyBinhDinh/lists/xaydungdang/view_detail.aspx?itemid=88', 'Tỉnh ủy Bình Định'],
    ['https://dangcongsan.org.vn/xay-dung-dang/hoi-nghi-605123.html', 'Báo điện tử Đảng Cộng sản Việt Nam'], // the host's own outlet elsewhere
    ['https://baodauthau.vn/bo-chinh-tri-dieu-dong-bi-thu-tinh-uy-post150321.html', 'Báo Đấu thầu'],
    ['http://baocuuchienbinhvietnam.com.vn/hoi-cuu-chien-binh-quan-triet-nghi-quyet/', 'Báo Cựu chiến binh Việt Nam'],
    ['https://btgdvtu.tuyenquang.dcs.vn/DetailView/12001/15/hoi-nghi-bao-cao-vien.html', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang'],
    ['https://m.lamdong.dcs.vn/x.html', 'Đảng bộ tỉnh Lâm Đồng'], // the phone site of a portal
  ])('host %s', (url, name) => expect(outletByHost(PUBLISHERS, url)?.outlet?.name).toBe(name));
  it('an unknown host is reported as such', () => {
    expect(outletByHost(PUBLISHERS, 'https://baomoi.net.vn/x-c50362345.epi')).toEqual({ host: 'baomoi.net.vn' });
  });
  it("a sub-domain of a government or Party portal is another body's site, not the portal's", () => {
    expect(outletByHost(PUBLISHERS, 'https://baolam.lamdong.dcs.vn/tin-tuc/khai-giang-lop-boi-duong.html')).toEqual({ host: 'baolam.lamdong.dcs.vn' });
    expect(outletByHost(PUBLISHERS, 'https://sonoivu.danang.gov.vn/x')).toEqual({ host: 'sonoivu.danang.gov.vn' });
  });
  it.each([
    ['TTXVN', 'Thông tấn xã Việt Nam'],
    ['Báo Tây Ninh', 'Báo Tây Ninh'],
    ['baochinhphu.vn', 'Báo Chính phủ'],
    ['Tạp chí Thương hiệu & Công luận', 'Tạp chí Thương hiệu & Công luận'],
  ])('name %s', (text, name) => expect(outletByName(PUBLISHERS, text)?.name).toBe(name));
});

describe('extractByline: publisher, strongest evidence first', () => {
  const body = 'Sáng 12/1, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết công tác năm.';
  it('front block wins', () => {
    expect(extractByline(given(['body', `(CT)- ${body}`]), { publisher: 'Báo Nhân Dân' }, PUBLISHERS).publisher).toBe('Báo Nhân Dân');
  });
  it("a known host wins over another outlet's dateline: the site carried the page", () => {
    expect(extractByline(given(['body', `Hà Nội (TTXVN) - ${body}`]), { url: 'https://nhandan.vn/x-post1.html' }, PUBLISHERS).publisher).toBe('Báo Nhân Dân');
  });
  it('the dateline names the outlet when there is no URL', () => {
    expect(extractByline(given(['body', `BHG - ${body}`]), {}, PUBLISHERS).publisher).toBe('Báo Hà Giang');
  });
  it('a chrome signature names the outlet', () => {
    expect(extractByline(given(['boilerplate', 'Theo dõi Báo Tây Ninh trên'], ['body', body]), {}, PUBLISHERS).publisher).toBe('Báo Tây Ninh');
    expect(extractByline(given(['body', body], ['boilerplate', 'Tra cứu tạp chí in:']), {}, PUBLISHERS).publisher).toBe('Tạp chí Xây dựng Đảng');
  });
  it('"Nguồn:" is the publisher when nothing better is known', () => {
    expect(extractByline(given(['body', body], ['source', 'Nguồn: baochinhphu.vn']), {}, PUBLISHERS).publisher).toBe('Báo Chính phủ');
    expect(extractByline(given(['body', body], ['source', 'Nguồn: Báo Điện tử Hải Phòng']), {}, PUBLISHERS).publisher).toBe('Báo Hải Phòng');
    expect(extractByline(given(['body', body], ['source', 'Nguồn: Báo Điện tử Tổ Quốc']), {}, PUBLISHERS).publisher).toBe('Báo Điện tử Tổ Quốc');
  });
  it('on an aggregator, the original outlet wins; the aggregator is the last resort', () => {
    const url = 'https://www.baomoi.com/bac-ninh/c/5746609.epi';
    expect(extractByline(given(['body', `${body} (Theo TTXVN)`]), { url }, PUBLISHERS).publisher).toBe('Thông tấn xã Việt Nam');
    expect(extractByline(given(['body', body]), { url }, PUBLISHERS).publisher).toBe('Báo Mới');
    expect(extractByline(given(['body', `(VOH) - ${body}`]), { url }, PUBLISHERS).publisher).toBe('VOH');
    const linked = given(['body', body], ['source', 'Nguồn VNEWS: https://vnews.gov.vn/video/x-32248.htm']);
    expect(extractByline(linked, { url: 'https://baomoi.zadn.vn/x-c42019980.epi' }, PUBLISHERS).publisher).toBe('VNEWS');
  });
  it('an unknown host carried the page: its "Nguồn tin:" credit says where the text came from', () => {
    const lines = given(['body', body], ['byline', 'Tác giả: Minh Châu'], ['source', 'Nguồn tin: Báo Quảng Nam điện tử']);
    expect(extractByline(lines, { url: 'https://tinhoatdong24h.vn/quang-nam-cong-bo-quyet-dinh-a1234.html' }, PUBLISHERS).publisher).toBe('tinhoatdong24h.vn');
    // A known outlet's dateline still names it on a copying site.
    expect(extractByline(given(['body', `(BTNO) - ${body}`], ['source', 'Nguồn: Báo Tây Ninh']), { url: 'https://tinhoatdong24h.vn/a.html' }, PUBLISHERS).publisher).toBe('Báo Tây Ninh');
  });
  it('an unknown host is given as the host; nothing known gives no publisher', () => {
    expect(extractByline(given(['body', body]), { url: 'https://www.example-news.vn/a.html' }, PUBLISHERS).publisher).toBe('example-news.vn');
    expect(extractByline(given(['body', body]), {}, PUBLISHERS)).toEqual({ authors: [] });
  });
});

describe('extractByline: authors', () => {
  it('front authors win', () => {
    expect(extractByline(given(['byline', 'Ngô Khiêm']), { authors: ['Ngô Văn Khiêm'] }, PUBLISHERS).authors).toEqual(['Ngô Văn Khiêm']);
  });
  it('byline names first, then photographers credited in captions, each once', () => {
    const lines = given(['caption', 'Quang cảnh hội nghị. Ảnh: Phạm Giang'], ['body', 'Đoạn văn.'], ['byline', 'Tin: Ngọc DiệpẢnh: Phạm Giang']);
    expect(extractByline(lines, {}, PUBLISHERS).authors).toEqual(['Ngọc Diệp', 'Phạm Giang']);
  });
  it('a date line that starts with the byline credits its author ("TRẦN VĂN A (thực hiện) 03/04/2017 09:15")', () => {
    const lines = classifyLines([
      { n: 1, text: 'Chân dung người làm công tác tổ chức xây dựng Đảng ở cơ sở' },
      { n: 2, text: 'TRẦN VĂN AN (thực hiện) 03/04/2017 09:15' },
      { n: 3, text: 'Ngày 2/4, phóng viên đã có cuộc trò chuyện với đồng chí Bí thư Đảng ủy xã về công tác phát triển đảng viên mới.' },
    ], { publishers: PUBLISHERS });
    expect(lines[1]!.kind).toBe('date');
    expect(extractByline(lines, {}, PUBLISHERS).authors).toEqual(['Trần Văn An']);
  });

  it('a name-shaped line not classified as byline gives no author', () => {
    expect(extractByline(given(['body', 'Ngô Khiêm']), {}, PUBLISHERS).authors).toEqual([]);
  });
});

describe('seeds: authors and publisher as read from the articles', () => {
  const seeds: [string, string[], string][] = [
    ['000-ket-qua-cong-tac-tuan-22-28-6-2020.txt', ['Ngọc Diệp', 'Phạm Giang'], 'Tạp chí Xây dựng Đảng'], // print-magazine chrome
    ['001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt', ['Ngô Khiêm'], 'Tạp chí Xây dựng Đảng'],
    ['002-kiem-soat-quyen-luc-cong-tac-can-bo.txt', ['Thanh Thy'], 'Báo Cần Thơ'], // "(CT)-" dateline
    ['003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt', [], 'Tạp chí Thương hiệu & Công luận'], // "Nguồn:"
    ['004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt', ['Xuân Hướng', 'Cảnh Toàn'], 'Đài Phát thanh và Truyền hình Nghệ An'], // "TV & Video Hoạt động NTV"
  ];
  it.each(seeds)('%s', (file, authors, publisher) => {
    const { lines, front } = loadSource(join(SEEDS, file));
    expect(extractByline(classifyLines(lines, { publishers: PUBLISHERS }), front, PUBLISHERS)).toEqual({ authors, publisher });
  });
});

describe('corpus: authors and publisher', () => {
  const corpus: [string, string[], string][] = [
    ['01-daklak-ubkt-ky-hop-36.txt', [], 'Báo Đắk Lắk'],
    ['02-khanhhoa-ubkt-giao-ban-quy-iii.txt', [], 'Báo Khánh Hòa'],
    ['03-tphcm-ubkt-thanh-uy-thu-thiem.txt', [], 'Báo Thanh Niên'],
    ['04-namcan-ubkt-huyen-uy-2019.txt', ['Quốc Sự'], 'Ủy ban Kiểm tra Tỉnh ủy Cà Mau'],
    ['06-hagiang-dai-hoi-xvii-tiep-tuc.txt', [], 'Báo Hà Giang'],
    ['07-nghean-dai-hoi-xx-bi-thu.txt', [], 'VTC News'],
    ['08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt', [], 'Báo Thanh Niên'], // "ẢNH: TTXVN" is no person
    ['09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt', [], 'Thông tấn xã Việt Nam'], // baomoi.com + "(Theo TTXVN)"
    ['10-thainguyen-ban-to-chuc-tinh-uy-gap-mat.txt', [], 'Báo Thái Nguyên'],
    ['11-trangbang-trien-khai-chi-thi-35.txt', [], 'Báo Tây Ninh'],
    ['12-godau-ban-to-chuc-huyen-uy-so-ket.txt', ['Trọng Cầu'], 'Báo Tây Ninh'],
    ['13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt', [], 'baomoi.net.vn'], // not baomoi.com: unknown host as written
    ['14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt', ['Hồng Nguyệt'], 'Báo Ninh Thuận'], // caption credit
    ['15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt', [], 'Tỉnh ủy Gia Lai'],
  ];
  it.each(corpus)('%s', (file, authors, publisher) => {
    const { lines, front } = loadSource(join(CORPUS, file));
    expect(extractByline(classifyLines(lines, { publishers: PUBLISHERS }), front, PUBLISHERS)).toEqual({ authors, publisher });
  });

  it('without its URL, corpus 12 still finds Báo Tây Ninh in its chrome and dateline', () => {
    const { lines } = loadSource(join(CORPUS, '12-godau-ban-to-chuc-huyen-uy-so-ket.txt'));
    expect(extractByline(classifyLines(lines, { publishers: PUBLISHERS }), {}, PUBLISHERS).publisher).toBe('Báo Tây Ninh');
  });
});
