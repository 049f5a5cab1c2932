/**
 * Chair forms and the traps around them, one realistic sentence each. A case
 * lists the chairs expected as [name, role, bridge?] and, where it matters,
 * the officials, so that a trap that turned someone into a chair, or lost a
 * named person, fails.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/lib/ingest/people/index.ts';
import { findChairClaims } from '../../src/lib/ingest/people/chairs.ts';
import { findMentions } from '../../src/lib/ingest/people/mentions.ts';
import { tokenize } from '../../src/lib/ingest/people/tokens.ts';
import { body } from '../fixtures/people/blocks.ts';

type Row = [name: string, role: string, bridge?: string];

function chairs(text: string): Row[] {
  return extractPeople(body(text), []).chairs.map((c) => [c.name, c.role, ...(c.bridge ? [c.bridge] : [])] as Row);
}
function officials(text: string): string[] {
  return extractPeople(body(text), []).officials.map((o) => o.name);
}

describe('names, then the verb', () => {
  const cases: [string, string, Row[]][] = [
    ['name, titles, comma, verb', 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì hội nghị.', [['Nguyễn Văn An', 'chủ trì']]],
    [
      'two chairs joined by a semicolon (seed 001)',
      'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương; đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị.',
      [['Trương Thị Mai', 'chủ trì'], ['Mai Văn Chính', 'chủ trì']],
    ],
    ['titles before the name', 'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Trương Thị Mai chủ trì hội nghị.', [['Trương Thị Mai', 'chủ trì']]],
    ['title with an abbreviation before the name', 'Chủ nhiệm UBKT Tỉnh ủy Phan Xuân Lĩnh chủ trì cuộc họp.', [['Phan Xuân Lĩnh', 'chủ trì']]],
    ['lower-case organ before the name', 'Bí thư huyện ủy Trương Nhật Quang chủ trì hội nghị.', [['Trương Nhật Quang', 'chủ trì']]],
    ['a place inside the title before the name', 'Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh chủ trì hội nghị.', [['Nguyễn Đắc Vinh', 'chủ trì']]],
    ['"TP." abbreviation and a place before the name', 'Chủ tịch UBND TP. Hồ Chí Minh Phan Văn Mãi chủ trì hội nghị.', [['Phan Văn Mãi', 'chủ trì']]],
    [
      'list of four co-chairs with dashes and commas (seed 004)',
      'Các đồng chí: Phạm Minh Chính - Ủy viên Bộ Chính trị, Bí thư TW Đảng, Trưởng Ban Tổ chức TW; Nguyễn Thanh Bình, Phó Trưởng ban Thường trực Ban Tổ chức TW; Lê Vĩnh Tân -  Bộ trưởng Bộ Nội vụ, Phó Trưởng ban Tổ chức Trung ương; Trần Văn Tuý - Trưởng ban công tác đại biểu Quốc hội, Phó Trưởng ban Tổ chức Trung ương đồng chủ trì hội nghị.',
      [['Phạm Minh Chính', 'đồng chủ trì'], ['Nguyễn Thanh Bình', 'đồng chủ trì'], ['Lê Vĩnh Tân', 'đồng chủ trì'], ['Trần Văn Túy', 'đồng chủ trì']],
    ],
    [
      '"do đồng chí X, <titles> chủ trì"',
      'Hội nghị do đồng chí Nguyễn Văn Quyết, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Tiểu ban Văn kiện Đại hội chủ trì.',
      [['Nguyễn Văn Quyết', 'chủ trì']],
    ],
    ['"dự và chủ trì": who attends and chairs, chairs', 'Đồng chí Trần Văn Lâu, Bí thư Tỉnh ủy dự và chủ trì hội nghị.', [['Trần Văn Lâu', 'chủ trì']]],
    ['"đến dự và chủ trì", titles before the name', 'Thủ tướng Chính phủ Phạm Minh Chính đến dự và chủ trì hội nghị.', [['Phạm Minh Chính', 'chủ trì']]],
    [
      '"đã đến thăm và chủ trì buổi làm việc": who visits and chairs, chairs',
      'Chiều 12/3, Chủ tịch nước Nguyễn Văn A đã đến thăm và chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy.',
      [['Nguyễn Văn A', 'chủ trì']],
    ],
    ['"dự, chủ trì": a comma for "và"', 'Đồng chí Hoàng Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy dự, chủ trì hội nghị.', [['Hoàng Văn Sơn', 'chủ trì']]],
    [
      '"Các đồng chí: A, …; B, …; C, … dự, chủ trì": every named person chairs',
      'Các đồng chí: Lê Quang Tùng, Bí thư Tỉnh ủy; Đào Minh Hải, Phó Bí thư Thường trực Tỉnh ủy; Vũ Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự, chủ trì hội nghị.',
      [['Lê Quang Tùng', 'chủ trì'], ['Đào Minh Hải', 'chủ trì'], ['Vũ Thị Lan', 'chủ trì']],
    ],
    [
      '"UVT.Ư" (Ủy viên Trung ương) among the titles',
      'Đồng chí Đỗ Trọng Hưng, UVT.Ư Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chủ trì hội nghị.',
      [['Đỗ Trọng Hưng', 'chủ trì']],
    ],
    ['"Hội nghị do … chủ trì"', 'Hội nghị do đồng chí Lê Văn Bình, Phó Bí thư Tỉnh ủy chủ trì.', [['Lê Văn Bình', 'chủ trì']]],
    ['"Ông X - titles"', 'Ông Nguyễn Văn Ghi - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị.', [['Nguyễn Văn Ghi', 'chủ trì']]],
    [
      '"Ông X - title - title - title", then the verb',
      'Ông Ngô Văn Dụ - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.',
      [['Ngô Văn Dụ', 'chủ trì']],
    ],
    ['"Bà X- titles", no space before the dash', 'Bà Phạm Thị Thuý Hằng- Trưởng Ban Tổ chức Huyện uỷ chủ trì hội nghị.', [['Phạm Thị Thúy Hằng', 'chủ trì']]],
    ['dash glued on both sides', 'Đồng chí Nguyễn Văn Bình-Bí thư Tỉnh ủy chủ trì hội nghị.', [['Nguyễn Văn Bình', 'chủ trì']]],
    ['"đã chủ trì"', 'Sáng ngày 25-1, đồng chí Nguyễn Thanh Tùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy đã chủ trì buổi Gặp mặt.', [['Nguyễn Thanh Tùng', 'chủ trì']]],
    ['an aside between the titles and the verb', 'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương (ảnh) chủ trì hội nghị.', [['Mai Văn Chính', 'chủ trì']]],
    ['"cùng chủ trì" is co-chairing; names joined by "và"', 'Đồng chí Lê Thanh Hải và đồng chí Võ Văn Dũng cùng chủ trì hội nghị.', [['Lê Thanh Hải', 'đồng chủ trì'], ['Võ Văn Dũng', 'đồng chủ trì']]],
    [
      'two mentions joined by "và" after their titles',
      'Đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội và đồng chí Phạm Minh Chính, Thủ tướng Chính phủ đồng chủ trì.',
      [['Trần Thanh Mẫn', 'đồng chủ trì'], ['Phạm Minh Chính', 'đồng chủ trì']],
    ],
    ['rank, name and post', 'Thượng tướng Lê Huy Vịnh, Thứ trưởng Bộ Quốc phòng chủ trì hội nghị.', [['Lê Huy Vịnh', 'chủ trì']]],
    [
      'a numbered organ, then "và" and a second officer',
      'Trung tướng Nguyễn Văn Gấu, Chính ủy Quân khu 4 và Đại tá Lê Văn Kiên chủ trì.',
      [['Nguyễn Văn Gấu', 'chủ trì'], ['Lê Văn Kiên', 'chủ trì']],
    ],
    ['a degree before the name', 'PGS.TS Nguyễn Viết Thông, Tổng Thư ký Hội đồng Lý luận Trung ương chủ trì hội thảo.', [['Nguyễn Viết Thông', 'chủ trì']]],
    ['a name with no known family name, announced by "đồng chí"', 'Đồng chí Y Biêr Niê, Bí thư Tỉnh ủy chủ trì hội nghị.', [['Y Biêr Niê', 'chủ trì']]],
    ['an organ name with "và" inside the title', 'Đồng chí Lê Minh Hoan, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn chủ trì hội nghị.', [['Lê Minh Hoan', 'chủ trì']]],
    ['a chair with no title', 'Chiều ngày 1-6-2020, đồng chí Nguyễn Hữu Đông chủ trì cuộc họp.', [['Nguyễn Hữu Đông', 'chủ trì']]],
    ['titles in parentheses', 'Đồng chí Nguyễn Văn An (Bí thư Tỉnh ủy) chủ trì hội nghị.', [['Nguyễn Văn An', 'chủ trì']]],
    ['short forms of titles and "Đ/c"', 'Đ/c Nguyễn Văn An - PBT Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.', [['Nguyễn Văn An', 'chủ trì']]],
    ['two names each after its title, joined by "và"', 'Bí thư Tỉnh ủy Nguyễn Văn Ân và Chủ tịch UBND tỉnh Lê Văn Bảy đồng chủ trì hội nghị.', [['Nguyễn Văn Ân', 'đồng chủ trì'], ['Lê Văn Bảy', 'đồng chủ trì']]],
    ['"Các đồng chí" without a colon', 'Các đồng chí Nguyễn Văn Ân, Bí thư Tỉnh ủy; Lê Văn Bảy, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.', [['Nguyễn Văn Ân', 'đồng chủ trì'], ['Lê Văn Bảy', 'đồng chủ trì']]],
    ['the caption of seed 000', 'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương đồng chủ trì phát biểu tại cuộc họp giao ban.', [['Mai Văn Chính', 'đồng chủ trì']]],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(chairs(text)).toEqual(expected);
  });
});

describe('the verb, then the names', () => {
  const cases: [string, string, Row[]][] = [
    [
      '"Chủ trì hội nghị có đồng chí …" with three chairs (corpus 15)',
      'Chủ trì hội nghị có đồng chí Hồ Văn Niên - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; đồng chí Châu Ngọc Tuấn – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh; đồng chí Võ Ngọc Thành – Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh.',
      [['Hồ Văn Niên', 'chủ trì'], ['Châu Ngọc Tuấn', 'chủ trì'], ['Võ Ngọc Thành', 'chủ trì']],
    ],
    ['"dưới sự chủ trì của"', 'Hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Thị Hồng, Chủ tịch HĐND tỉnh.', [['Nguyễn Thị Hồng', 'chủ trì']]],
    ['"Chủ trì … là"', 'Chủ trì hội nghị là đồng chí Trần Văn Sơn, Bí thư Thành ủy.', [['Trần Văn Sơn', 'chủ trì']]],
    [
      '"Đồng chủ trì … có các đồng chí:" and a list',
      'Đồng chủ trì hội nghị có các đồng chí: Lê Minh Khái, Bí thư Tỉnh ủy; Đinh Văn Hùng, Chủ tịch UBND tỉnh.',
      [['Lê Minh Khái', 'đồng chủ trì'], ['Đinh Văn Hùng', 'đồng chủ trì']],
    ],
    ['a sentence opening with the verb', 'Chủ trì hội nghị, đồng chí Lê Văn Hiền, Phó Bí thư Tỉnh ủy nhấn mạnh yêu cầu.', [['Lê Văn Hiền', 'chủ trì']]],
    ['a sentence opening with the verb, title before the name', 'Chủ trì buổi làm việc, Bí thư Tỉnh ủy Nguyễn Văn Thi đề nghị các đơn vị khẩn trương.', [['Nguyễn Văn Thi', 'chủ trì']]],
    ['"Cùng chủ trì có …"', 'Cùng chủ trì có đồng chí Hà Văn Tùng, Bí thư Huyện ủy.', [['Hà Văn Tùng', 'đồng chủ trì']]],
    [
      '"dưới sự chủ trì của các đồng chí:" and a list',
      'Hội nghị được tổ chức dưới sự chủ trì của các đồng chí: Nguyễn Văn Ân, Bí thư Tỉnh ủy; Lê Văn Bảy, Chủ tịch UBND tỉnh.',
      [['Nguyễn Văn Ân', 'chủ trì'], ['Lê Văn Bảy', 'chủ trì']],
    ],
    [
      '"dưới sự chủ trì của đồng chí A, … và các đồng chí: B, …; C, …": the list goes on after its opener',
      'Sáng 14-7, dưới sự chủ trì của đồng chí Phạm Văn Lâm, Bí thư Tỉnh ủy và các đồng chí: Hoàng Thị Mai, Phó Bí thư Thường trực Tỉnh ủy; Lý Văn Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, hội nghị Ban Chấp hành Đảng bộ tỉnh đã khai mạc.',
      [['Phạm Văn Lâm', 'chủ trì'], ['Hoàng Thị Mai', 'chủ trì'], ['Lý Văn Đức', 'chủ trì']],
    ],
    [
      'the passive "được chủ trì bởi các đồng chí: A – …; B – …"',
      'Hội nghị được chủ trì bởi các đồng chí: Võ Đình Phúc – Bí thư Đảng ủy, Chủ tịch HĐND xã; Đặng Thị Thu – Phó Bí thư Thường trực Đảng ủy. Tham dự có các đồng chí lãnh đạo các ban, ngành của xã.',
      [['Võ Đình Phúc', 'chủ trì'], ['Đặng Thị Thu', 'chủ trì']],
    ],
    [
      'a sentence opening with two verbs, a title before the name',
      'Chủ trì, phát biểu chỉ đạo hội nghị, Tổng Bí thư Tô Lâm nhấn mạnh công tác cán bộ là khâu then chốt của then chốt.',
      [['Tô Lâm', 'chủ trì']],
    ],
    [
      '"Tham dự và chủ trì …, có đồng chí A, …; B, …; C, …": every named person chairs',
      'Tham dự và chủ trì Hội nghị, có đồng chí Nguyễn Hồng Lĩnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lê Văn Bảy, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Trần Thị Cúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.',
      [['Nguyễn Hồng Lĩnh', 'chủ trì'], ['Lê Văn Bảy', 'chủ trì'], ['Trần Thị Cúc', 'chủ trì']],
    ],
    [
      'the name far after the verb, after "là"',
      'Chủ trì Hội nghị và trực tiếp triển khai nội dung là đồng chí Lê Quang Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.',
      [['Lê Quang Tùng', 'chủ trì']],
    ],
    [
      '"Chủ trì hội nghị:" and a list',
      'Chủ trì hội nghị: đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy; đồng chí Võ Ngọc Thành, Chủ tịch UBND tỉnh.',
      [['Hồ Văn Niên', 'chủ trì'], ['Võ Ngọc Thành', 'chủ trì']],
    ],
    [
      'an opening verb whose sentence names someone else first',
      'Chủ trì hội nghị, Ban Thường vụ Tỉnh ủy giao đồng chí Lê Văn Bảy, Phó Bí thư Tỉnh ủy báo cáo.',
      [],
    ],
    [
      'the list stops where the attendance begins',
      'Chủ trì hội nghị có đồng chí Hà Văn Tùng, Bí thư Huyện ủy; tham dự có đồng chí Lò Văn Mừng, Chủ tịch UBND huyện.',
      [['Hà Văn Tùng', 'chủ trì']],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(chairs(text)).toEqual(expected);
  });
});

describe('bridge points', () => {
  const cases: [string, string, Row[]][] = [
    [
      '"Tại Nghệ An, … chủ trì điểm cầu." takes the place the sentence opens with',
      'Tại Nghệ An, đồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu.',
      [['Hồ Phúc Hợp', 'chủ trì điểm cầu', 'Nghệ An']],
    ],
    ['"chủ trì điểm cầu Nghệ An"', 'Đồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu Nghệ An.', [['Hồ Phúc Hợp', 'chủ trì điểm cầu', 'Nghệ An']]],
    ['"tỉnh" before the bridge name is dropped', 'Đồng chí Lê Trí Thanh, Chủ tịch UBND tỉnh chủ trì điểm cầu tỉnh Quảng Nam.', [['Lê Trí Thanh', 'chủ trì điểm cầu', 'Quảng Nam']]],
    ['"Tại điểm cầu Đà Nẵng, …"', 'Tại điểm cầu Đà Nẵng, đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy chủ trì điểm cầu.', [['Nguyễn Văn Quảng', 'chủ trì điểm cầu', 'Đà Nẵng']]],
    ['"chủ trì tại điểm cầu …"', 'Đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu Hà Tĩnh.', [['Lê Văn Ba', 'chủ trì điểm cầu', 'Hà Tĩnh']]],
    [
      '"chủ trì hội nghị tại điểm cầu …": the meeting between the verb and the bridge',
      'Đồng chí Lò Văn Hặc - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị tại điểm cầu huyện Mường Chà.',
      [['Lò Văn Hặc', 'chủ trì điểm cầu', 'Mường Chà']],
    ],
    ['"chủ trì hội nghị tại hội trường …" is not a bridge', 'Đồng chí Lò Văn Hặc, Bí thư Huyện ủy chủ trì hội nghị tại hội trường Huyện ủy.', [['Lò Văn Hặc', 'chủ trì']]],
    [
      'two bridges in one sentence',
      'Đồng chí Hồ Phúc Hợp chủ trì điểm cầu Nghệ An; đồng chí Lê Văn Ba chủ trì điểm cầu Hà Tĩnh.',
      [['Hồ Phúc Hợp', 'chủ trì điểm cầu', 'Nghệ An'], ['Lê Văn Ba', 'chủ trì điểm cầu', 'Hà Tĩnh']],
    ],
    ['chairs at a bridge, nobody named', 'Các đồng chí chủ trì tại điểm cầu Hà Nội.', []],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(chairs(text)).toEqual(expected);
  });

  it('one person named twice as chair of the same bridge is one entry', () => {
    const text =
      'Tại Nghệ An, đồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu.\nĐồng chí Hồ Phúc Hợp - Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì điểm cầu Nghệ An.';
    const r = extractPeople(
      text.split('\n').map((t, i) => ({ line: i + 1, text: t, kind: i ? 'caption' : 'body' })),
      [],
    );
    expect(r.chairs).toEqual([
      { name: 'Hồ Phúc Hợp', slug: 'ho-phuc-hop', titles: ['Ủy viên BTV Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'], verified: false, role: 'chủ trì điểm cầu', bridge: 'Nghệ An' },
    ]);
  });
});

describe('co-chairs, then a bridge point', () => {
  const list =
    'Các đồng chí: Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương; Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội, Phó Trưởng Ban Tổ chức Trung ương đồng chủ trì hội nghị.';
  const bridge = 'Tại Cao Bằng, đồng chí Nguyễn Hải Sử - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Cao Bằng chủ trì điểm cầu.';
  const expected: Row[] = [
    ['Phạm Minh Chính', 'đồng chủ trì'],
    ['Nguyễn Thanh Hải', 'đồng chủ trì'],
    ['Nguyễn Hải Sử', 'chủ trì điểm cầu', 'Cao Bằng'],
  ];

  // "thuộc" joins one organ to the one it belongs to, so the title runs on to the next one and the list reaches the verb.
  it('in the same paragraph', () => {
    expect(chairs(`${list} ${bridge}`)).toEqual(expected);
  });

  it('in the next paragraph', () => {
    const r = extractPeople(
      [
        { line: 1, text: list, kind: 'body' },
        { line: 2, text: bridge, kind: 'body' },
      ],
      [],
    );
    expect(r.chairs.map((c) => [c.name, c.role, ...(c.bridge ? [c.bridge] : [])])).toEqual(expected);
    expect(r.chairs[1]!.titles).toEqual([
      'Ủy viên Trung ương Đảng',
      'Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội',
      'Phó Trưởng Ban Tổ chức Trung ương',
    ]);
  });
});

describe('a place after an organ word is part of the title', () => {
  const cases: [string, string, Row[], string[][]][] = [
    [
      'a district named like a person, then a comma and the verb',
      'Đồng chí Trần Xuân Hiển, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Ứng Hòa, chủ trì cuộc họp.',
      [['Trần Xuân Hiển', 'chủ trì']],
      [['Trần Xuân Hiển', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Huyện ủy Ứng Hòa']],
    ],
    [
      'the same with a dash and no comma before the verb',
      'Đồng chí Nguyễn Mạnh Phương - Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Ứng Hoà chủ trì hội nghị.',
      [['Nguyễn Mạnh Phương', 'chủ trì']],
      [['Nguyễn Mạnh Phương', 'Ủy viên Ban Thường vụ Huyện ủy', 'Trưởng Ban Tổ chức Huyện ủy Ứng Hòa']],
    ],
    [
      'a commune not in any list, after "Đảng ủy xã"',
      'Đồng chí Bùi Văn Khánh, Bí thư Đảng ủy xã Lê Lợi, chủ trì hội nghị.',
      [['Bùi Văn Khánh', 'chủ trì']],
      [['Bùi Văn Khánh', 'Bí thư Đảng ủy xã Lê Lợi']],
    ],
    [
      'a district whose last syllable is a family name, then the name',
      'Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Quế Võ Nguyễn Trường Hải chủ trì cuộc họp.',
      [['Nguyễn Trường Hải', 'chủ trì']],
      [['Nguyễn Trường Hải', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Huyện ủy Quế Võ']],
    ],
    [
      'a province whose last syllable is a family name, then the name',
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bình Dương Võ Văn Minh chủ trì hội nghị.',
      [['Võ Văn Minh', 'chủ trì']],
      [['Võ Văn Minh', 'Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Bình Dương']],
    ],
    [
      'a one-syllable city, then the name',
      'Bí thư Thành ủy Vinh Nguyễn Văn Thông chủ trì hội nghị.',
      [['Nguyễn Văn Thông', 'chủ trì']],
      [['Nguyễn Văn Thông', 'Bí thư Thành ủy Vinh']],
    ],
    [
      '"thành phố" is an organ word, not the street word "phố"',
      'Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Nguyễn Thanh Tài chủ trì Hội nghị.',
      [['Nguyễn Thanh Tài', 'chủ trì']],
      [['Nguyễn Thanh Tài', 'Phó Bí thư Thường trực Thành ủy', 'Chủ tịch HĐND thành phố']],
    ],
    [
      'a Central Highlands district with an apostrophe',
      'Đồng chí Nguyễn Hữu Cảnh, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Ea H\'leo, chủ trì hội nghị.',
      [['Nguyễn Hữu Cảnh', 'chủ trì']],
      [['Nguyễn Hữu Cảnh', 'Ủy viên Ban Thường vụ Tỉnh ủy', "Bí thư Huyện ủy Ea H'leo"]],
    ],
    [
      'a typographic apostrophe, titles before the name',
      'Bí thư Huyện ủy Đắk R’lấp Chu Thị Bích Thanh chủ trì hội nghị.',
      [['Chu Thị Bích Thanh', 'chủ trì']],
      [['Chu Thị Bích Thanh', 'Bí thư Huyện ủy Đắk R’lấp']],
    ],
    [
      'a province written with a dash',
      'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ chủ trì hội nghị.',
      [['Nguyễn Văn Thọ', 'chủ trì']],
      [['Nguyễn Văn Thọ', 'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu']],
    ],
    [
      'the province left out: the run after "Tỉnh ủy" is the name',
      'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Phạm Thị Bích Diệp chủ trì hội nghị.',
      [['Phạm Thị Bích Diệp', 'chủ trì']],
      [['Phạm Thị Bích Diệp', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy']],
    ],
  ];
  it.each(cases)('%s', (_, text, expected, people) => {
    expect(chairs(text)).toEqual(expected);
    expect(extractPeople(body(text), []).officials.map((o) => [o.name, ...o.titles])).toEqual(people);
  });
});

describe('long titles are read whole, so the verb is still reached', () => {
  const cases: [string, string, string[]][] = [
    [
      'the head of a congress sub-committee',
      'Đồng chí Phạm Đại Dương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, Trưởng Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh chủ trì hội nghị.',
      ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Trưởng Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh'],
    ],
    [
      'an alternate member, "Dự khuyết" capitalised',
      'Đồng chí Vương Quốc Tuấn, Ủy viên Dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy chủ trì hội nghị.',
      ['Ủy viên Dự khuyết Trung ương Đảng', 'Phó Bí thư Tỉnh ủy'],
    ],
    [
      '"đại hội" in lower case after "Tổ chức", then "đã chủ trì" (regression 019)',
      'Sáng 4-9, đồng chí Phạm Văn Cành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Tiểu ban Tổ chức đại hội Đảng bộ tỉnh đã chủ trì cuộc họp.',
      ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh', 'Trưởng Tiểu ban Tổ chức đại hội Đảng bộ tỉnh'],
    ],
    [
      'the congress named in full',
      'Đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy, Trưởng Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh lần thứ XX chủ trì cuộc họp.',
      ['Bí thư Tỉnh ủy', 'Trưởng Tiểu ban Nhân sự Đại hội đại biểu Đảng bộ tỉnh lần thứ XX'],
    ],
  ];
  it.each(cases)('%s', (_, text, titles) => {
    const r = extractPeople(body(text), []);
    expect(r.chairs.map((c) => [c.role, c.titles])).toEqual([['chủ trì', titles]]);
  });
});

describe('not a chair', () => {
  const cases: [string, string, string[]][] = [
    ['an attendee ("Tham dự có bà …")', 'Tham dự có bà Nguyễn Thị Thanh Nhàn- Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện.', ['Nguyễn Thị Thanh Nhàn']],
    ['an attendee at a bridge point', 'Tham dự tại điểm cầu Thành ủy Cần Thơ có đồng chí Trần Quốc Trung, Ủy viên Trung ương Đảng, Bí thư Thành ủy.', ['Trần Quốc Trung']],
    ['"dự"', 'Đồng chí Nguyễn Văn Cao, Bí thư Tỉnh ủy dự hội nghị.', ['Nguyễn Văn Cao']],
    ['"Dự và chỉ đạo hội nghị có …"', 'Dự và chỉ đạo hội nghị có đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị.', ['Nguyễn Xuân Thắng']],
    ['"cùng dự"', 'Cùng dự có đồng chí Nguyễn Văn Cao, Bí thư Tỉnh ủy.', ['Nguyễn Văn Cao']],
    ['"dự và chỉ đạo" after the name', 'Đồng chí Nguyễn Văn Cao, Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.', ['Nguyễn Văn Cao']],
    ['"kết luận hội nghị" after the name', 'Đồng chí Nguyễn Văn Cao, Bí thư Tỉnh ủy kết luận hội nghị.', ['Nguyễn Văn Cao']],
    ['a signer without "đã"', 'Thừa lệnh Ban Thường vụ, đồng chí Nguyễn Văn Cường, Phó Chánh Văn phòng Tỉnh ủy ký thông báo.', ['Nguyễn Văn Cường']],
    ['a moderator', 'Đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch UBND tỉnh điều hành phiên thảo luận.', ['Nguyễn Văn Tuấn']],
    ['a signer', 'Đồng chí Nguyễn Văn Cường, Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 12.', ['Nguyễn Văn Cường']],
    [
      'handing over a decision on authority (corpus 09)',
      'Tại hội nghị, đồng chí Trần Lưu Hải - Ủy viên TW Đảng, Phó Trưởng Ban tổ chức TW thừa ủy quyền của Bộ Chính trị, Ban Bí thư, Ban Tổ chức TW trao Quyết định số 19-QĐNS/TW.',
      ['Trần Lưu Hải'],
    ],
    ['a speaker', 'Phát biểu kết luận hội nghị, đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương nhấn mạnh 6 vấn đề.', ['Trương Thị Mai']],
    ['the one who concludes', 'Kết luận hội nghị, đồng chí Phạm Minh Chính, Uỷ viên Bộ Chính trị đề nghị toàn ngành chủ động hơn.', ['Phạm Minh Chính']],
    ['someone elected', 'Ông Nguyễn Đức Trung - Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 - tiếp tục được tín nhiệm bầu giữ chức Bí thư Tỉnh ủy Nghệ An.', ['Nguyễn Đức Trung']],
    ['an organ chairs', 'Hội nghị do Ban Thường vụ Tỉnh ủy chủ trì.', []],
    ['an organ as lead agency', 'Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ triển khai.', []],
    ['a person leading a joint task', 'Đồng chí Lê Văn Sáu, Giám đốc Sở Nội vụ chủ trì, phối hợp với các sở triển khai đề án.', ['Lê Văn Sáu']],
    ['a group with no name', 'Các đồng chí Thường trực Tỉnh ủy chủ trì phiên trù bị Đại hội lần thứ XVII.', []],
    ['assigned to lead a task', 'Đồng chí Phạm Văn Lợi, Giám đốc Sở Nội vụ được giao chủ trì xây dựng đề án.', ['Phạm Văn Lợi']],
    ['an organ chairs; the person after the comma attends', 'Hội nghị do Tỉnh ủy chủ trì, đồng chí Nguyễn Văn Cao, Bí thư Tỉnh ủy dự.', ['Nguyễn Văn Cao']],
  ];
  it.each(cases)('%s', (_, text, names) => {
    expect(chairs(text)).toEqual([]);
    expect(officials(text)).toEqual(names);
  });

  it('the speaker in the same sentence as the chair stays an official', () => {
    const text = 'Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh điều hành phiên thảo luận do đồng chí Trần Văn B, Chủ tịch UBND tỉnh chủ trì.';
    expect(chairs(text)).toEqual([['Trần Văn B', 'chủ trì']]);
    expect(officials(text)).toEqual(['Nguyễn Văn A', 'Trần Văn B']);
  });

  it('the chair before the verb, the attendee after it', () => {
    const text = 'Đồng chí Đinh Tiến Dũng chủ trì hội nghị có đồng chí Lê Văn Thành, Phó Chủ tịch UBND tỉnh tham dự.';
    expect(chairs(text)).toEqual([['Đinh Tiến Dũng', 'chủ trì']]);
  });

  it('an organ chairs; the person named after the verb attends', () => {
    const text = 'Ban Tổ chức Tỉnh ủy chủ trì hội nghị có đồng chí Lê Văn Thành, Phó Chủ tịch UBND tỉnh tham dự.';
    expect(chairs(text)).toEqual([]);
    expect(officials(text)).toEqual(['Lê Văn Thành']);
  });

  it('the chair and the attendee joined by a semicolon', () => {
    const text =
      'Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư chủ trì; đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương dự.';
    expect(chairs(text)).toEqual([['Trần Cẩm Tú', 'chủ trì']]);
    expect(officials(text)).toEqual(['Trần Cẩm Tú', 'Lê Minh Hưng']);
  });

  it('the attendee of one sentence is not joined to the chair of the next', () => {
    const text =
      'Tham dự có bà Nguyễn Thị Thanh Nhàn- Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện. Bà Phạm Thị Thuý Hằng- Trưởng Ban Tổ chức Huyện uỷ chủ trì hội nghị.';
    expect(chairs(text)).toEqual([['Phạm Thị Thúy Hằng', 'chủ trì']]);
  });
});

describe('one entry per person', () => {
  it('the first role stated wins', () => {
    expect(chairs('Đồng chí Mai Văn Chính đồng chủ trì; đồng chí Mai Văn Chính chủ trì phiên bế mạc.')).toEqual([['Mai Văn Chính', 'đồng chủ trì']]);
  });

  it('a chair named again later gets the titles of both mentions', () => {
    const r = extractPeople(body('Bà Trương Thị Mai chủ trì hội nghị. Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.'), []);
    expect(r.chairs.map((c) => [c.name, c.titles])).toEqual([['Trương Thị Mai', ['Trưởng Ban Tổ chức Trung ương']]]);
  });
});

describe('findChairClaims', () => {
  it('points at the mentions it ties to the verb', () => {
    const text = 'Các đồng chí: Lê Văn A, Bí thư Tỉnh ủy; Trần Văn B - Chủ tịch UBND tỉnh đồng chủ trì hội nghị.';
    const tokens = tokenize(text);
    const mentions = findMentions(text, tokens);
    const claims = findChairClaims(text, tokens, mentions);
    expect(claims.map((c) => [c.mention.name, c.role])).toEqual([
      ['Lê Văn A', 'đồng chủ trì'],
      ['Trần Văn B', 'đồng chủ trì'],
    ]);
    expect(claims.map((c) => mentions.indexOf(c.mention))).toEqual([0, 1]);
  });
});

describe('people named in the headline', () => {
  const headline = 'Đồng chí Lò Văn Tiến, Phó Trưởng Ban Tổ chức Tỉnh ủy làm Bí thư Huyện ủy Mường Tè';
  const lead =
    'Chiều 5-3, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị công bố quyết định về công tác cán bộ. Đồng chí Giàng Páo Mỷ, Bí thư Tỉnh ủy chủ trì hội nghị.';

  it('a person the headline names with a title, and the text does not, is an official with no place in the text', () => {
    const { officials, chairs } = extractPeople(body(lead), [], headline);
    expect(officials.map((o) => [o.name, o.at.length])).toEqual([
      ['Giàng Páo Mỷ', 1],
      ['Lò Văn Tiến', 0],
    ]);
    expect(chairs.map((c) => c.name)).toEqual(['Giàng Páo Mỷ']);
  });

  it('a person the text names too keeps the titles and places the text gives', () => {
    const { officials } = extractPeople(body(`${lead} Đồng chí Lò Văn Tiến phát biểu nhận nhiệm vụ.`), [], headline);
    expect(officials.find((o) => o.name === 'Lò Văn Tiến')?.at.length).toBe(1);
  });

  it('nobody chairs by the headline', () => {
    const { chairs } = extractPeople(body('Hội nghị đã thống nhất các nội dung.'), [], 'Bí thư Tỉnh ủy Giàng Páo Mỷ chủ trì hội nghị Ban Thường vụ');
    expect(chairs).toEqual([]);
  });
});
