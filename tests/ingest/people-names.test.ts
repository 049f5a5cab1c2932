/**
 * Names and titles: which capitalised runs are people, how titles are cut
 * and split, and how mentions of one person are merged within an article.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople, joinBrokenLines } from '../../src/lib/ingest/people/index.ts';
import { findMentions } from '../../src/lib/ingest/people/mentions.ts';
import { normalizeTitle, titleKey } from '../../src/lib/ingest/people/titles.ts';
import { PhraseSet, tokenize } from '../../src/lib/ingest/people/tokens.ts';
import { matchKey } from '../../src/lib/text/vietnamese.ts';
import type { Block } from '../../src/lib/ingest/types.ts';
import { body } from '../fixtures/people/blocks.ts';

/** [name, titles] per mention. */
const mentions = (text: string) => findMentions(text).map((m) => [m.name, m.titles]);
const officials = (text: string) => extractPeople(body(text), []).officials.map((o) => [o.name, o.titles]);

describe('names', () => {
  const cases: [string, string, [string, string[]][]][] = [
    ['two syllables after a rank', 'Thượng tướng Đỗ Căn, Phó Chủ nhiệm Tổng cục Chính trị QĐND phát biểu.', [['Đỗ Căn', ['Thượng tướng', 'Phó Chủ nhiệm Tổng cục Chính trị QĐND']]]],
    ['two syllables after a title', 'Tổng Bí thư Tô Lâm dự hội nghị.', [['Tô Lâm', ['Tổng Bí thư']]]],
    ['four syllables with "Thị"', 'Bà Nguyễn Thị Hữu Hòa, nguyên Bí thư Đảng ủy.', [['Nguyễn Thị Hữu Hòa', ['nguyên Bí thư Đảng ủy']]]],
    ['"Thị" as a middle name, not "Thị ủy"', 'Đồng chí Cao Thị Tuyết Lan, Bí thư Thị ủy.', [['Cao Thị Tuyết Lan', ['Bí thư Thị ủy']]]],
    ['split by a line break and extra spaces', 'Đồng chí Trương Thị\nMai,   Ủy viên Bộ Chính trị,\u00a0Bí thư Trung ương Đảng', [['Trương Thị Mai', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng']]]],
    ['a space before the comma', 'ông Tất Thành Cang , Phó trưởng ban Thường trực Ban Chỉ đạo công trình lịch sử TP.HCM, nguyên Giám đốc Sở GTVT.', [['Tất Thành Cang', ['Phó trưởng ban Thường trực Ban Chỉ đạo công trình lịch sử TP.HCM', 'nguyên Giám đốc Sở GTVT']]]],
    ['glued to a dash', 'Bà Phạm Thị Thuý Hằng- Trưởng Ban Tổ chức Huyện uỷ', [['Phạm Thị Thuý Hằng', ['Trưởng Ban Tổ chức Huyện ủy']]]],
    [
      'a name in capitals after an honorific, titled after it (an interview guest)',
      'Phóng viên có cuộc trao đổi với đồng chí HOÀNG THỊ THU HƯƠNG, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy.',
      [['Hoàng Thị Thu Hương', ['Ủy viên Ban Thường vụ', 'Trưởng Ban Tổ chức Tỉnh ủy']]],
    ],
    ['abbreviations in capitals are no name', 'Ông UBND TỈNH, Chủ tịch HĐND phát biểu.', []],
    ['a syllable typed with two capitals ("HIếu")', 'Trình bày dự thảo báo cáo, ông Dương Văn HIếu, Chánh Văn phòng Huyện ủy cho biết.', [['Dương Văn HIếu', ['Chánh Văn phòng Huyện ủy']]]],
    [
      'titles separated by dashes',
      'Ông Phạm Minh Chính - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Trưởng Ban Tổ chức Trung ương phát biểu.',
      [['Phạm Minh Chính', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']]],
    ],
    ['five syllables after an honorific', 'Ông Y Thanh Hà Niê Kđăm, Chủ tịch UBND tỉnh phát biểu.', [['Y Thanh Hà Niê Kđăm', ['Chủ tịch UBND tỉnh']]]],
    ['a family name not in the list, after a title', 'Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh chủ trì.', [['Nguyễn Đắc Vinh', ['Bí thư Tỉnh ủy Nghệ An']]]],
    ['a name in a list item', 'Các đồng chí: Lê Vĩnh Tân -  Bộ trưởng Bộ Nội vụ; Nguyễn Thanh Bình, Phó Trưởng ban Thường trực Ban Tổ chức TW.', [['Lê Vĩnh Tân', ['Bộ trưởng Bộ Nội vụ']], ['Nguyễn Thanh Bình', ['Phó Trưởng ban Thường trực Ban Tổ chức TW']]]],
    ['a bare name is still a mention (for merging and chairs)', 'Ông Nguyễn Thiện Nhân nói về "bài học" sau sai phạm ở Thủ Thiêm', [['Nguyễn Thiện Nhân', []]]],
    ['a typo in the honorific ("đồng Trần …")', 'Tại Đại hội, đồng Trần Văn Túy được bầu vào Ban Chấp hành Trung ương Đảng khóa XI.', [['Trần Văn Túy', []]]],
    ['an aside after the name', 'Ông Vương Quốc Tuấn (48 tuổi), Chủ tịch UBND tỉnh Bắc Ninh.', [['Vương Quốc Tuấn', ['Chủ tịch UBND tỉnh Bắc Ninh']]]],
    ['five syllables with "Thị" second, after a title and a place', 'Bí thư Tỉnh ủy Thái Bình Nguyễn Thị Thanh Thủy Mai chủ trì.', [['Nguyễn Thị Thanh Thủy Mai', ['Bí thư Tỉnh ủy Thái Bình']]]],
    ['a district named like a person, then the person', 'Bí thư Huyện ủy Trần Văn Thời Lê Văn Ba phát biểu.', [['Lê Văn Ba', ['Bí thư Huyện ủy Trần Văn Thời']]]],
    ['a person whose name begins like a place', 'Chủ tịch UBND huyện Đồng Văn chủ trì. Ông Đồng Văn Tám, Chủ tịch UBND xã phát biểu.', [['Đồng Văn Tám', ['Chủ tịch UBND xã']]]],
    ['an Ê Đê name titled after it, no honorific', 'Theo Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội, việc sắp xếp phải làm ngay.', [['Y Thanh Hà Niê Kđăm', ['Phó Chủ tịch Quốc hội']]]],
    ['an Ê Đê name after a title and "Tỉnh ủy"', 'Phó Bí thư Tỉnh ủy Y Ngông Niê Kđăm phát biểu.', [['Y Ngông Niê Kđăm', ['Phó Bí thư Tỉnh ủy']]]],
    ['a Jarai family name', 'Sau đó, Ksor Phước Hà, Phó Chủ tịch HĐND tỉnh phát biểu.', [['Ksor Phước Hà', ['Phó Chủ tịch HĐND tỉnh']]]],
    [
      'an unknown family name titled after it, after a comma',
      'Hội nghị nghe đồng chí Lê Văn Bảy báo cáo, Điểu Kré, Phó Chủ tịch UBND tỉnh trình bày tham luận.',
      [['Lê Văn Bảy', []], ['Điểu Kré', ['Phó Chủ tịch UBND tỉnh']]],
    ],
    [
      'a reporting verb after the title, no "đồng chí"',
      'Tại hội nghị, Lê Hoài Trung, Phó Chánh Văn phòng Trung ương Đảng trình bày báo cáo tóm tắt.',
      [['Lê Hoài Trung', ['Phó Chánh Văn phòng Trung ương Đảng']]],
    ],
    ['the school of a headmaster is named after someone else', 'Hiệu trưởng Trường Chính trị Trần Phú Nguyễn Văn Hòa phát biểu.', [['Nguyễn Văn Hòa', ['Hiệu trưởng Trường Chính trị Trần Phú']]]],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('"Thành phố" written with a capital goes on with the organ, the city included', () => {
    expect(officials('Ông Trần Sỹ Thanh, Chủ tịch UBND Thành phố Hà Nội phát biểu tại hội nghị.')).toEqual([['Trần Sỹ Thanh', ['Chủ tịch UBND Thành phố Hà Nội']]]);
    expect(officials('Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Văn Nên dự hội nghị.')).toEqual([['Nguyễn Văn Nên', ['Bí thư Thành ủy Thành phố Hồ Chí Minh']]]);
  });

  const none: [string, string][] = [
    ['organs and sentence openers', 'Thứ nhất, Hội nghị đề nghị. Theo đó, Ban Tổ chức Trung ương và Tỉnh ủy Thái Nguyên tổ chức tại Hà Nội, Nghệ An.'],
    ['places starting with a family name', 'Đoàn công tác làm việc tại Hà Giang, Cao Bằng, Lâm Đồng, quận Hoàng Mai và huyện Châu Thành.'],
    ['streets, schools and thought named after people', 'Tại buổi lễ ở đường Trần Phú, theo tư tưởng Hồ Chí Minh, các đồng chí thăm Trường THPT Lê Quý Đôn.'],
    ['an organ named after a person', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh tổ chức lễ kỷ niệm.'],
    // Quoted or remembered, the President is history, not an official of the story (tests/regression/README.md).
    ['the President quoted', 'Xây dựng đội ngũ cán bộ là nhiệm vụ then chốt, như Chủ tịch Hồ Chí Minh từng nhấn mạnh: “Cán bộ là cái gốc của mọi công việc”.'],
    [
      "the President's anniversaries",
      'Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh và 77 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, Huyện ủy tổ chức hội nghị.',
    ],
    ['the city, and the President\'s mausoleum and relic site', 'Đoàn đại biểu Thành phố Hồ Chí Minh viếng Lăng Chủ tịch Hồ Chí Minh và thăm Khu di tích Chủ tịch Hồ Chí Minh.'],
    ['a title with nobody named', 'Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các đồng chí tham dự hội nghị tiếp thu.'],
    ['a committee elected, no name', 'Ủy viên Ủy ban Kiểm tra Tỉnh ủy Nghệ An khoá XX nhiệm kỳ 2025 - 2030 gồm 11 người.'],
    ['a glued byline', 'Tin: Ngọc DiệpẢnh: Hồng Nguyệt'],
    ['a byline with a title but no known family name', 'Quốc Sự - Uỷ viên UBKT Huyện uỷ'],
    ['all-capital author names', 'THANH THY'],
    ['an all-capital byline with a title', 'Ban Tuyên giáo Tỉnh ủy; TRẦN VĂN MINH, Phó Trưởng ban.'],
    ['a province after a comma, the title is the next name\'s', 'Các điểm cầu Hà Tĩnh, Quảng Bình, Quảng Trị, Phó Chủ tịch UBND tỉnh nối mạng.'],
    ['an organ after a comma, then a title', 'Sau đó, Sở Nội vụ, Giám đốc Sở báo cáo.'],
  ];
  it.each(none)('not a person: %s', (_, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('a byline name is not an official', () => {
    expect(officials('Tin: Ngọc DiệpẢnh: Phạm Giang')).toEqual([]);
  });

  it('NFD text is read like NFC', () => {
    expect(officials('Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương chủ trì.'.normalize('NFD'))).toEqual([['Trương Thị Mai', ['Trưởng Ban Tổ chức Trung ương']]]);
  });
});

describe('people named without a title', () => {
  const named: [string, string, [string, string[]][]][] = [
    ['replaced in a post', 'Đồng chí Trần Văn Túy giữ chức vụ Bí thư Tỉnh ủy Bắc Ninh, thay đồng chí Nguyễn Công Ngọ, được điều động nhận nhiệm vụ khác.', [['Trần Văn Túy', []], ['Nguyễn Công Ngọ', []]]],
    ['an author cited', 'Hội nghị giới thiệu nội dung cuốn sách của đồng chí Nguyễn Phú Trọng.', [['Nguyễn Phú Trọng', []]]],
    ['"ông" and "bà" opening a sentence', 'Ông Lê Văn Hòa cho biết đã nhận đơn. Bà Đinh Thị Mai đề nghị làm rõ trách nhiệm.', [['Lê Văn Hòa', []], ['Đinh Thị Mai', []]]],
    ['the short form "đ/c"', 'Tập trung thực hiện năm 2011, đ/c Tô Huy Rứa nêu bật:', [['Tô Huy Rứa', []]]],
    ['a list opened by "các đồng chí:"', 'Tham dự có các đồng chí: Hoàng Trung Hải, Nguyễn Văn Nên và Phan Đình Trạc.', [['Hoàng Trung Hải', []], ['Nguyễn Văn Nên', []], ['Phan Đình Trạc', []]]],
    ['a list after "gồm các đồng chí", titles on some', 'Đoàn công tác gồm các đồng chí Lê Minh Hưng; Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương; Trần Sỹ Thanh.', [['Lê Minh Hưng', []], ['Nguyễn Quang Dương', ['Phó Trưởng Ban Tổ chức Trung ương']], ['Trần Sỹ Thanh', []]]],
  ];
  it.each(named)('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('a caption naming someone with no title', () => {
    const blocks: Block[] = [
      { line: 3, text: 'Đồng chí Tô Huy Rứa (thứ 6 từ trái sang) với các đơn vị được trao Cờ thi đua', kind: 'caption' },
      { line: 5, text: 'Đồng chí Vũ Đức Đam phát biểu', kind: 'caption' },
    ];
    expect(extractPeople(blocks, []).officials.map((o) => [o.name, o.titles])).toEqual([['Tô Huy Rứa', []], ['Vũ Đức Đam', []]]);
  });

  const nobody: [string, string][] = [
    ['a title after the honorific, no name', 'Đồng chí Bí thư Tỉnh ủy đề nghị các đồng chí tham dự tiếp thu.'],
    ['a province after "Bà"', 'Đoàn công tác làm việc tại tỉnh Bà Rịa Vũng Tàu và huyện Bà Chiểu.'],
    ['a street after "Ông"', 'Trụ sở mới đặt tại số 5 Ông Ích Khiêm.'],
    ['an all-capital byline after the honorific', 'Bài và ảnh: đồng chí NGUYỄN VĂN MINH'],
    ['a list of places after an honorific list', 'Các đồng chí: Hà Giang, Cao Bằng, Lâm Đồng cùng báo cáo.'],
    ['"bà con" and "ông bà" are not honorifics', 'Bà con Nhân dân xã Tân Lập và ông bà cao tuổi dự lễ.'],
  ];
  it.each(nobody)('not an official: %s', (_, text) => {
    expect(officials(text)).toEqual([]);
  });

  it('a related-article headline in the body names nobody present', () => {
    const blocks: Block[] = [
      { line: 5, text: 'Chiều 7.8, UBKT Thành ủy thông báo kết luận.', kind: 'body' },
      { line: 7, text: 'Ông Nguyễn Thiện Nhân nói về "bài học" sau sai phạm ở Thủ Thiêm', kind: 'body' },
      { line: 9, text: 'Ban Chấp hành Đảng bộ thống nhất kết luận.', kind: 'body' },
    ];
    expect(extractPeople(blocks, []).officials).toEqual([]);
  });
});

describe('titles', () => {
  const cases: [string, string, string[]][] = [
    ['three titles', 'Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, chủ trì.', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']],
    ['two titles with abbreviations', 'Đồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu.', ['Ủy viên BTV Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy']],
    ['old tone placement folded', 'Đồng chí Phạm Minh Chính, Uỷ viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương đề nghị.', ['Ủy viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương']],
    ['"kiêm" joins two titles', 'Ông Nguyễn Văn Dũng, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì.', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
    ['a second title glued on without a comma', 'Ông Nguyễn Văn Dũng, Bí thư Tỉnh ủy Chủ tịch HĐND tỉnh phát biểu.', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
    ['former titles keep "nguyên"', 'bà Phan Thị Thắng, Phó chủ tịch HĐND TP.HCM, nguyên Giám đốc Sở Tài chính ;', ['Phó chủ tịch HĐND TP.HCM', 'nguyên Giám đốc Sở Tài chính']],
    ['alternate member of the Central Committee', 'ông Vương Quốc Tuấn, Ủy viên dự khuyết T.Ư Đảng, Phó bí thư Tỉnh ủy.', ['Ủy viên dự khuyết T.Ư Đảng', 'Phó bí thư Tỉnh ủy']],
    ['a term and a closing dash', 'Ông Hoàng Nghĩa Hiếu - Phó Bí thư Thường trực Tỉnh ủy khóa XIX, Chủ tịch HĐND tỉnh - giữ chức Phó Bí thư.', ['Phó Bí thư Thường trực Tỉnh ủy khóa XIX', 'Chủ tịch HĐND tỉnh']],
    ['a spaced year range', 'Ông Nguyễn Đức Trung - Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025 - tiếp tục được bầu.', ['Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025']],
    ['a ministry with a dash and "và"', 'Ông Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội phát biểu.', ['Bộ trưởng Bộ Lao động - Thương binh và Xã hội']],
    ['an organ with a dash inside', 'bà Nguyễn Thị Hữu Hòa, nguyên Trưởng ban Quản lý đầu tư - xây dựng Khu đô thị mới Thủ Thiêm; ông Tạ Quang Vinh', ['nguyên Trưởng ban Quản lý đầu tư - xây dựng Khu đô thị mới Thủ Thiêm']],
    ['"Đảng ủy Khối các cơ quan Trung ương"', 'Đồng chí Lê Quang Tùng - Bí thư Đảng ủy Khối các cơ quan Trung ương chủ trì.', ['Bí thư Đảng ủy Khối các cơ quan Trung ương']],
    ['"Ban Bí thư" and "Đoàn Đại biểu Quốc hội" are organs, not new titles', 'Đồng chí Võ Văn Thưởng, Thường trực Ban Bí thư, Trưởng đoàn Đại biểu Quốc hội tỉnh phát biểu.', ['Thường trực Ban Bí thư', 'Trưởng đoàn Đại biểu Quốc hội tỉnh']],
    ['an army command', 'Chính ủy Bộ Tư lệnh Thủ đô Nguyễn Văn Gấu phát biểu.', ['Chính ủy Bộ Tư lệnh Thủ đô']],
    ['"Chủ tịch nước"', 'Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu.', ['Tổng Bí thư', 'Chủ tịch nước']],
    ['titles in parentheses', 'Đồng chí Nguyễn Văn An (Ủy viên BTV Tỉnh ủy, Bí thư Huyện ủy) phát biểu.', ['Ủy viên BTV Tỉnh ủy', 'Bí thư Huyện ủy']],
    ['short forms kept as printed', 'Đ/c Nguyễn Văn An - PBT Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh phát biểu.', ['PBT Thường trực Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh']],
    ['a degree is not a title', 'PGS.TS Nguyễn Viết Thông, Tổng Thư ký Hội đồng Lý luận Trung ương phát biểu.', ['Tổng Thư ký Hội đồng Lý luận Trung ương']],
    ['the verb ends the title', 'Đồng chí Trần Văn Túy, Ủy viên TW Đảng, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh giữ chức vụ Bí thư Tỉnh ủy Bắc Ninh.', ['Ủy viên TW Đảng', 'Phó Bí thư tỉnh ủy', 'Chủ tịch UBND tỉnh Bắc Ninh']],
    ['a lower-case "trưởng" is not a head', 'Đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy, trưởng thành từ phong trào thanh niên.', ['Bí thư Tỉnh ủy']],
    ['a clause after a comma is not a title', 'ông Phạm Hoàng Sơn, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Nguyên, được điều động.', ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Thái Nguyên']],
  ];
  it.each(cases)('%s', (_, text, titles) => {
    expect(findMentions(text)[0]?.titles).toEqual(titles);
  });

  it('a title running straight into a second name belongs to that name', () => {
    expect(mentions('Đồng chí Lê Văn A, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn B chủ trì.')).toEqual([
      ['Lê Văn A', ['Bí thư Tỉnh ủy']],
      ['Trần Văn B', ['Chủ tịch HĐND tỉnh']],
    ]);
  });

  it('normalizeTitle folds tone placement and spacing only', () => {
    expect(normalizeTitle('  Uỷ viên  Ban Thường vụ\nHuyện uỷ ')).toBe('Ủy viên Ban Thường vụ Huyện ủy');
    expect(normalizeTitle('Phó Trưởng Ban tổ chức TW')).toBe('Phó Trưởng Ban tổ chức TW');
  });

  it('titleKey reads abbreviations whose meaning is certain', () => {
    expect(titleKey('Trưởng Ban Tổ chức TW')).toBe(titleKey('Trưởng ban Tổ chức Trung ương'));
    expect(titleKey('Ủy viên BTV Tỉnh ủy')).toBe(titleKey('Uỷ viên Ban Thường vụ Tỉnh uỷ'));
    expect(titleKey('Ủy viên dự khuyết T.Ư Đảng')).toBe(titleKey('Ủy viên dự khuyết Trung ương Đảng'));
    expect(titleKey('Chủ tịch UBND tỉnh')).not.toBe(titleKey('Chủ tịch HĐND tỉnh'));
    expect(titleKey('PBT Thường trực Tỉnh ủy')).toBe(titleKey('Phó Bí thư Thường trực Tỉnh ủy'));
    // Inside a word an abbreviation is not expanded.
    expect(titleKey('Giám đốc TWX')).toBe('giám đốc twx');
  });
});

describe('one person per article', () => {
  it('mentions merge: titles in first-seen order, each once whatever its spelling', () => {
    const text =
      'Đồng chí Phạm Minh Chính, Trưởng Ban Tổ chức TW. Đồng chí Phạm Minh Chính, Trưởng ban Tổ chức Trung ương, Bí thư Trung ương Đảng. Đồng chí Phạm Minh Chính nhấn mạnh.';
    expect(officials(text)).toEqual([['Phạm Minh Chính', ['Trưởng Ban Tổ chức TW', 'Bí thư Trung ương Đảng']]]);
  });

  it('mentions across blocks merge, and old and new tone placement are one name', () => {
    const r = extractPeople(
      [
        { line: 3, text: 'Trần Văn Tuý - Trưởng ban công tác đại biểu Quốc hội đồng chủ trì hội nghị.', kind: 'body' },
        { line: 5, text: 'Đồng chí Trần Văn Túy, Phó Trưởng ban Tổ chức Trung ương phát biểu.', kind: 'caption' },
      ],
      [],
    );
    expect(r.officials).toEqual([
      { name: 'Trần Văn Túy', slug: 'tran-van-tuy', titles: ['Trưởng ban công tác đại biểu Quốc hội', 'Phó Trưởng ban Tổ chức Trung ương'], verified: false,
        // Both places the name is written, in either spelling.
        at: [[0, 0, 12], [1, 9, 21]] },
    ]);
    expect(r.chairs.map((c) => c.titles)).toEqual([r.officials[0]!.titles]);
  });

  it('officials come in order of first mention', () => {
    const text = 'Đồng chí Lê Văn B, Chủ tịch UBND tỉnh dự. Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì. Đồng chí Lê Văn B phát biểu.';
    expect(officials(text).map(([n]) => n)).toEqual(['Lê Văn B', 'Nguyễn Văn A']);
  });
});

describe('lines broken mid-sentence', () => {
  it('a name broken over two source lines (two blocks) is read whole', () => {
    const r = extractPeople(
      [
        { line: 5, text: 'Sáng 15-3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị. Đồng chí Trương Thị', kind: 'body' },
        { line: 6, text: 'Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.', kind: 'body' },
      ],
      [],
    );
    expect(r.chairs.map((c) => [c.name, c.role, c.titles])).toEqual([
      ['Trương Thị Mai', 'chủ trì', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']],
    ]);
  });

  it('joins only an open line with the next block of the same kind', () => {
    expect(
      joinBrokenLines([
        { line: 1, text: 'Các đồng chí:', kind: 'lead' },
        { line: 2, text: 'Lê Văn A, Bí thư Tỉnh ủy chủ trì.', kind: 'body' },
        { line: 3, text: 'Đồng chí Lê Văn A phát biểu', kind: 'caption' },
        { line: 4, text: 'Tại hội nghị, đồng chí Trần Văn B', kind: 'body' },
        { line: 5, text: 'phát biểu.', kind: 'body' },
        { line: 6, text: 'Hết.', kind: 'body' },
      ]),
    ).toEqual(['Các đồng chí:\nLê Văn A, Bí thư Tỉnh ủy chủ trì.', 'Đồng chí Lê Văn A phát biểu', 'Tại hội nghị, đồng chí Trần Văn B\nphát biểu.', 'Hết.']);
  });

  it('reads the end of a line past trailing spaces, and a symbol as a closed end', () => {
    expect(
      joinBrokenLines([
        { line: 1, text: 'Đồng chí Trần Văn B –  \t', kind: 'body' },
        { line: 2, text: 'Bí thư Tỉnh ủy 😀', kind: 'body' },
        { line: 3, text: 'phát biểu.', kind: 'body' },
      ]),
    ).toEqual(['Đồng chí Trần Văn B –   \nBí thư Tỉnh ủy 😀', 'phát biểu.']);
  });
});

describe('tokenize', () => {
  it('keeps abbreviations whole and the dot of "TP." with its word', () => {
    const t = tokenize('T.Ư, TP.HCM và TP. Hồ Chí Minh; Nhàn- Phó');
    expect(t.map((x) => [x.text, x.kind])).toEqual([
      ['T.Ư', 'abbr'], [',', 'punct'], ['TP.HCM', 'abbr'], ['và', 'lower'], ['TP.', 'abbr'], ['Hồ', 'cap'], ['Chí', 'cap'], ['Minh', 'cap'],
      [';', 'punct'], ['Nhàn', 'cap'], ['-', 'punct'], ['Phó', 'cap'],
    ]);
    expect(t[4]!.key).toBe('tp');
  });

  it('keeps a word with an inner apostrophe whole, capitalised if its first letter is', () => {
    expect(tokenize("Ea H'leo, Cư M’Đrắk, ‘Hà Nội’").map((x) => [x.text, x.kind])).toEqual([
      ['Ea', 'cap'], ["H'leo", 'cap'], [',', 'punct'], ['Cư', 'cap'], ['M’Đrắk', 'cap'], [',', 'punct'], ['‘', 'punct'], ['Hà', 'cap'], ['Nội', 'cap'], ['’', 'punct'],
    ]);
  });
});

/**
 * What tokenize did as one regex before it became a hand-written scanner;
 * the scanner must cut every text the same way.
 */
function tokenizeByRegex(text: string): { text: string; key: string; kind: string; start: number; end: number }[] {
  const TOKEN = /([\p{L}\p{M}]+(?:[./'’][\p{L}\p{M}]+)*)|(\d+(?:[.,/]\d+)*)|(\S)/gu;
  const dotted = new Set(['tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'đ/c', 'th.s']);
  const kindOf = (w: string) => {
    const letters = [...w.replace(/['’](.)/gu, (_, c: string) => c.toLowerCase()).replace(/[./]/g, '')];
    const upper = letters.filter((c) => c !== c.toLowerCase()).length;
    const twoCapitalsFirst = upper === 2 && letters.length >= 4 && letters[0] !== letters[0]!.toLowerCase() && letters[1] !== letters[1]!.toLowerCase();
    return twoCapitalsFirst ? 'cap' : upper >= 2 ? 'abbr' : upper === 1 && letters[0] !== letters[0]!.toLowerCase() ? 'cap' : 'lower';
  };
  const out: { text: string; key: string; kind: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let end = start + m[0].length;
    const kind = m[1] ? kindOf(m[0]) : m[2] ? 'num' : 'punct';
    if (m[1] && text[end] === '.' && dotted.has(matchKey(m[0]))) end += 1;
    const t = text.slice(start, end);
    out.push({ text: t, key: kind === 'punct' ? t : matchKey(t.replace(/\.$/, '')), kind, start, end });
  }
  return out.filter((t, i) => !(t.kind === 'punct' && t.text === '.' && i > 0 && out[i - 1]!.end > t.start));
}

describe('tokenize as specified by its regex', () => {
  const plain = (text: string) => tokenize(text).map(({ text, key, kind, start, end }) => ({ text, key, kind, start, end }));
  it('on real text', () => {
    const text =
      'Chiều 28-6, tại TP. Hồ Chí Minh, PGS.TS Nguyễn Viết Thông; Đ/c Y Biêr Niê (Bí thư Huyện ủy Ea H’leo) - 21,34% … “T.Ư”. Tp. Th.S. đ/c.';
    expect(plain(text)).toEqual(tokenizeByRegex(text));
  });
  it('on random strings of letters, marks, digits, joiners, spaces and surrogates', () => {
    const alphabet = [...'aAbđĐƯưỦủpPtT .,/\'’-–—:;()0123456789\t\n\u00a0\u200b\u0301', '\ud835\udc00', '\ud800', '\udc00', '😀', '²'];
    let seed = 20260101;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 30); k > 0; k--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(plain(text), JSON.stringify(text)).toEqual(tokenizeByRegex(text));
    }
  });
});

describe('PhraseSet', () => {
  it('a set built after a word was first read still finds it', () => {
    // Forms are cached with the sets their key can start; a later set must be seen too.
    const text = 'Ông Xyzkhông Abcvâng phát biểu.';
    expect(tokenize(text)[1]!.key).toBe('xyzkhông');
    const late = new PhraseSet(['Xyzkhông Abcvâng']);
    expect(late.matchAt(tokenize(text), 1)).toBe(2);
    expect(late.matchAt(tokenize(text), 0)).toBe(0);
    expect(late.matchBefore(tokenize(text), 3)).toBe(2);
  });
});

describe('odd input', () => {
  const odd = [
    '',
    '   ',
    '((((((((((((',
    '- - - , , ; ; : :',
    'Đồng chí',
    'Đồng chí Nguyễn',
    'Bí thư Tỉnh ủy',
    'chủ trì chủ trì đồng chủ trì điểm cầu',
    'Đồng chí Nguyễn Văn A (Bí thư Tỉnh ủy chủ trì',
    '{process.exit(1)} <script>alert(1)</script> Đồng chí Lê Văn <b>Tám</b>, Bí thư chủ trì.',
    `${'Nguyễn '.repeat(3000)}, Bí thư Tỉnh ủy chủ trì.`,
  ];
  it.each(odd)('%j gives well-formed, possibly empty, lists', (text) => {
    const r = extractPeople(body(text), []);
    for (const p of [...r.chairs, ...r.officials]) {
      expect(p.name.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
