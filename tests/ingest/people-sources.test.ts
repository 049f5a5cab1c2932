/**
 * The people stage on the five seeds and the real-article corpus. Every
 * expected value was checked by reading the article. Each source is fed as
 * one block per line, chrome and bylines included, so these tests also show
 * that a byline or menu line does not turn into an official.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/lib/ingest/people/index.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import { chairSchema, officialSchema, type Chair, type Official } from '../../src/lib/schema.ts';
import { CORPUS, ROOT, sourceBlocks } from '../fixtures/people/blocks.ts';

const registry = loadRegistries(join(ROOT, 'content')).officials;
const SEEDS = [
  '000-ket-qua-cong-tac-tuan-22-28-6-2020.txt',
  '001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt',
  '002-kiem-soat-quyen-luc-cong-tac-can-bo.txt',
  '003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt',
  '004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt',
];

function seed(file: string, captions: number[] = []) {
  return extractPeople(sourceBlocks(join(ROOT, 'content/sources', file), captions), registry);
}
function corpus(file: string) {
  return extractPeople(sourceBlocks(join(CORPUS, file)), registry);
}

/** [name, role, bridge?] per chair, the shape the eye checks fastest. */
const roles = (chairs: Chair[]) => chairs.map((c) => [c.name, c.role, ...(c.bridge ? [c.bridge] : [])]);
const titlesOf = (people: (Chair | Official)[]) => Object.fromEntries(people.map((p) => [p.name, p.titles]));

describe('seed 000: the only chair is named in a caption', () => {
  const r = seed('000-ket-qua-cong-tac-tuan-22-28-6-2020.txt', [6]);
  it('Mai Văn Chính co-chairs, with his two titles', () => {
    expect(roles(r.chairs)).toEqual([['Mai Văn Chính', 'đồng chủ trì']]);
    expect(r.chairs[0]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Tổ chức Trung ương']);
    expect(r.chairs[0]).toMatchObject({ slug: 'mai-van-chinh', verified: true });
  });
  it('the photographer of the byline is not an official', () => {
    expect(r.officials.map((o) => o.name)).toEqual(['Mai Văn Chính']);
  });
  it('without the caption there is no chair', () => {
    const blocks = sourceBlocks(join(ROOT, 'content/sources/000-ket-qua-cong-tac-tuan-22-28-6-2020.txt')).filter((b) => b.line !== 6);
    expect(extractPeople(blocks, registry).chairs).toEqual([]);
  });
});

describe('seed 001: two chairs joined by a semicolon', () => {
  const r = seed('001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt', [12]);
  it('Trương Thị Mai and Mai Văn Chính chair', () => {
    expect(roles(r.chairs)).toEqual([
      ['Trương Thị Mai', 'chủ trì'],
      ['Mai Văn Chính', 'chủ trì'],
    ]);
    expect(titlesOf(r.chairs)).toEqual({
      'Trương Thị Mai': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương'],
      'Mai Văn Chính': ['Ủy viên Trung ương Đảng', 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương'],
    });
  });
  it('Đỗ Căn, who only spoke, is an official with his rank and post', () => {
    expect(r.officials.map((o) => o.name)).toEqual(['Trương Thị Mai', 'Mai Văn Chính', 'Đỗ Căn']);
    expect(titlesOf(r.officials)['Đỗ Căn']).toEqual(['Thượng tướng', 'Phó Chủ nhiệm Tổng cục Chính trị QĐND']);
  });
});

describe('seed 002: the attendee at a bridge point is not a chair', () => {
  const r = seed('002-kiem-soat-quyen-luc-cong-tac-can-bo.txt');
  it('one chair', () => {
    expect(roles(r.chairs)).toEqual([['Phạm Minh Chính', 'chủ trì']]);
    expect(r.chairs[0]!.titles).toEqual(['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']);
  });
  it('Trần Quốc Trung is an official', () => {
    expect(titlesOf(r.officials)).toEqual({
      'Phạm Minh Chính': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương'],
      'Trần Quốc Trung': ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy'],
    });
  });
});

describe('seed 003: nobody named', () => {
  it('no chair, no official', () => {
    expect(seed('003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt')).toEqual({ chairs: [], officials: [] });
  });
});

describe('seed 004: four co-chairs and the chair of a bridge point', () => {
  const r = seed('004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt', [11]);
  it('roles, and one entry for Hồ Phúc Hợp named twice', () => {
    expect(roles(r.chairs)).toEqual([
      ['Phạm Minh Chính', 'đồng chủ trì'],
      ['Nguyễn Thanh Bình', 'đồng chủ trì'],
      ['Lê Vĩnh Tân', 'đồng chủ trì'],
      ['Trần Văn Túy', 'đồng chủ trì'],
      ['Hồ Phúc Hợp', 'chủ trì điểm cầu', 'Nghệ An'],
    ]);
  });
  it('titles as printed; the later "Trung ương" spellings of the same titles are not added twice', () => {
    expect(titlesOf(r.chairs)).toEqual({
      'Phạm Minh Chính': ['Ủy viên Bộ Chính trị', 'Bí thư TW Đảng', 'Trưởng Ban Tổ chức TW'],
      'Nguyễn Thanh Bình': ['Phó Trưởng ban Thường trực Ban Tổ chức TW'],
      'Lê Vĩnh Tân': ['Bộ trưởng Bộ Nội vụ', 'Phó Trưởng ban Tổ chức Trung ương'],
      'Trần Văn Túy': ['Trưởng ban công tác đại biểu Quốc hội', 'Phó Trưởng ban Tổ chức Trung ương'],
      'Hồ Phúc Hợp': ['Ủy viên BTV Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'],
    });
  });
  it('"Trần Văn Tuý" resolves to the registry spelling', () => {
    expect(r.chairs[3]).toMatchObject({ name: 'Trần Văn Túy', slug: 'tran-van-tuy', verified: true });
  });
  it('chairs are officials too', () => {
    expect(r.officials.map((o) => o.name)).toEqual(r.chairs.map((c) => c.name));
  });
});

describe('corpus: chairs of real articles', () => {
  const cases: [string, (string | string[])[][]][] = [
    ['01-daklak-ubkt-ky-hop-36.txt', [['Phan Xuân Lĩnh', 'chủ trì', ['Chủ nhiệm UBKT Tỉnh ủy']]]],
    ['02-khanhhoa-ubkt-giao-ban-quy-iii.txt', [['Nguyễn Văn Ghi', 'chủ trì', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ nhiệm UBKT Tỉnh ủy']]]],
    ['10-thainguyen-ban-to-chuc-tinh-uy-gap-mat.txt', [['Nguyễn Thanh Tùng', 'chủ trì', ['Ủy viên Ban Thường vụ', 'Trưởng Ban Tổ chức Tỉnh ủy']]]],
    ['11-trangbang-trien-khai-chi-thi-35.txt', [['Trương Nhật Quang', 'chủ trì', ['Bí thư huyện ủy']]]],
    ['12-godau-ban-to-chuc-huyen-uy-so-ket.txt', [['Phạm Thị Thúy Hằng', 'chủ trì', ['Trưởng Ban Tổ chức Huyện ủy']]]],
    ['13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt', [['Cao Thị Tuyết Lan', 'chủ trì', ['Ủy viên BTV Tỉnh ủy', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']]]],
    ['14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt', [['Phạm Văn Hậu', 'chủ trì', ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh']]]],
    [
      '15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt',
      [
        ['Hồ Văn Niên', 'chủ trì', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Trưởng đoàn Đại biểu Quốc hội tỉnh']],
        ['Châu Ngọc Tuấn', 'chủ trì', ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch Hội đồng nhân dân tỉnh']],
        ['Võ Ngọc Thành', 'chủ trì', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch Ủy ban nhân dân tỉnh']],
      ],
    ],
    ['05-daklak-dai-hoi-xvii-phien-tru-bi.txt', []],
    ['06-hagiang-dai-hoi-xvii-tiep-tuc.txt', []],
    ['07-nghean-dai-hoi-xx-bi-thu.txt', []],
    ['08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt', []],
    ['09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt', []],
  ];
  it.each(cases)('%s', (file, expected) => {
    const r = corpus(file);
    expect(r.chairs.map((c) => [c.name, c.role, c.titles])).toEqual(expected);
  });
});

describe('corpus: officials of real articles', () => {
  it('03: former titles kept with "nguyên", an organ name with a dash inside, a cut-off title as printed', () => {
    expect(titlesOf(corpus('03-tphcm-ubkt-thanh-uy-thu-thiem.txt').officials)).toEqual({
      'Phan Thị Thắng': ['Phó chủ tịch HĐND TP.HCM', 'nguyên Giám đốc Sở Tài chính'],
      'Bùi Xuân Cường': ['Bí thư Đảng ủy', 'Trưởng ban Quản lý đường sắt đô thị TP.HCM', 'nguyên Giám đốc Sở GTVT'],
      'Tất Thành Cang': ['Phó trưởng ban Thường trực Ban Chỉ đạo công trình lịch sử TP.HCM', 'nguyên Giám đốc Sở GTVT'],
      'Nguyễn Thị Hữu Hòa': ['nguyên Bí thư Đảng ủy', 'nguyên Trưởng ban Quản lý đầu tư - xây dựng Khu đô thị mới Thủ Thiêm'],
      'Tạ Quang Vinh': ['nguyên Phó giám đốc Sở Tài chính'],
      'Nguyễn Quốc Chiến': ['Chủ tịch HĐ'],
    });
  });
  it('04: nobody with a family name is named (the byline "Quốc Sự" is not taken)', () => {
    expect(corpus('04-namcan-ubkt-huyen-uy-2019.txt').officials).toEqual([]);
  });
  it('07: titles between dashes, with their term; the post a person is elected to is not a title held', () => {
    expect(titlesOf(corpus('07-nghean-dai-hoi-xx-bi-thu.txt').officials)).toEqual({
      'Nguyễn Đức Trung': ['Bí thư Tỉnh ủy nhiệm kỳ 2020-2025'],
      'Hoàng Nghĩa Hiếu': ['Phó Bí thư Thường trực Tỉnh ủy khóa XIX', 'Chủ tịch HĐND tỉnh'],
      'Lê Hồng Vinh': ['Phó Bí thư Tỉnh ủy khóa XIX', 'Chủ tịch UBND tỉnh'],
      'Võ Thị Minh Sinh': ['Phó Bí thư Tỉnh ủy khóa XIX', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Trưởng Đoàn đại biểu Quốc hội tỉnh'],
    });
  });
  it('08: "Ủy viên dự khuyết T.Ư Đảng"; "Thái Nguyên" is a place, not a person', () => {
    expect(titlesOf(corpus('08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt').officials)).toEqual({
      'Vương Quốc Tuấn': ['Ủy viên dự khuyết T.Ư Đảng', 'Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Bắc Ninh'],
      'Phạm Hoàng Sơn': ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Thái Nguyên'],
    });
  });
  it('09: the official who hands over a decision is not a chair; the predecessor is named with no title', () => {
    const r = corpus('09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt');
    expect(titlesOf(r.officials)).toEqual({
      'Trần Lưu Hải': ['Ủy viên TW Đảng', 'Phó Trưởng Ban tổ chức TW'],
      'Trần Văn Túy': ['Ủy viên TW Đảng', 'Phó Bí thư tỉnh ủy', 'Chủ tịch UBND tỉnh Bắc Ninh'],
      'Nguyễn Công Ngọ': [],
    });
  });
  it('12: the attendee is an official, not a chair', () => {
    expect(titlesOf(corpus('12-godau-ban-to-chuc-huyen-uy-so-ket.txt').officials)).toEqual({
      'Nguyễn Thị Thanh Nhàn': ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện'],
      'Phạm Thị Thúy Hằng': ['Trưởng Ban Tổ chức Huyện ủy'],
    });
  });
  it('13: the author of a book, named by "đồng chí" with no title, is an official without titles', () => {
    expect(titlesOf(corpus('13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt').officials)).toEqual({
      'Nguyễn Phú Trọng': [],
      'Cao Thị Tuyết Lan': ['Ủy viên BTV Tỉnh ủy', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'],
    });
  });
  it('15: a title written before the name later adds nothing new', () => {
    const r = corpus('15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt');
    expect(r.officials.map((o) => o.name)).toEqual(['Hồ Văn Niên', 'Châu Ngọc Tuấn', 'Võ Ngọc Thành']);
  });
});

describe('every output is valid frontmatter', () => {
  const files = [
    ...SEEDS.map((f) => join(ROOT, 'content/sources', f)),
    ...readdirSync(CORPUS).map((f) => join(CORPUS, f)),
  ].filter((f) => f.endsWith('.txt'));
  it('chairs and officials parse with the schema; every person of the seeds and corpus is in the registry', () => {
    expect(files).toHaveLength(20);
    let people = 0;
    for (const path of files) {
      const r = extractPeople(sourceBlocks(path), registry);
      for (const c of r.chairs) expect(chairSchema.parse(c)).toEqual(c);
      for (const o of r.officials) {
        expect(officialSchema.parse(o)).toEqual(o);
        expect(o.verified, `${o.name} in ${path}`).toBe(true);
        people++;
      }
    }
    // 11 in the seeds, 27 in the corpus: one entry per person and article.
    expect(people).toBe(38);
  });
});
