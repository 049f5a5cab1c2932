/**
 * The five seeds, end to end. Every expected value below was checked by
 * reading the article; the golden .mdx files in tests/golden/ were read
 * line by line too. Refresh goldens with UPDATE_GOLDEN=1 and re-read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import type { ArticleData } from '../../src/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const registries = loadRegistries(join(ROOT, 'content'));

function run(file: string) {
  const r = ingestSource(readFileSync(join(ROOT, 'content/sources', file)), file, registries);
  if (!r.ok) throw new Error(`${file}:${r.error.line}: ${r.error.message}`);
  return r;
}

const chairsOf = (d: ArticleData) => d.chairs.map((c) => [c.name, c.role, ...(c.bridge ? [c.bridge] : [])]);
const docsOf = (d: ArticleData) => d.directives.map((x) => `${x.code} ${x.term ?? '?'}`).sort();
const names = (d: ArticleData) => d.officials.map((o) => o.name);

describe('seed 000: weekly results of the Central Organization Commission', () => {
  const { data } = run('000-ket-qua-cong-tac-tuan-22-28-6-2020.txt');
  it('metadata', () => {
    expect(data.title).toBe('Kết quả công tác nổi bật trong tuần từ ngày 22 đến ngày 28-6-2020 của Ban Tổ chức Trung ương');
    expect(data.date).toBe('2020-06-29');
    expect(data.published).toBe('2020-06-29T17:50:00+07:00');
    expect(data.eventDate).toBe('2020-06-29');
    expect(data.publisher).toBe('Tạp chí Xây dựng Đảng');
    expect(data.authors).toEqual(['Ngọc Diệp', 'Phạm Giang']);
  });
  it('the only chair is named in a caption', () => {
    expect(chairsOf(data)).toEqual([['Mai Văn Chính', 'đồng chủ trì']]);
    expect(data.chairs[0]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Tổ chức Trung ương']);
  });
  it('directives, with 260-QĐ/TW of term X (not the article-date term)', () => {
    expect(docsOf(data)).toEqual(['260-QĐ/TW X', '35-CT/TW XII', '45-CT/TW XII', '75-KL/TW XII']);
    const kl75 = data.directives.find((d) => d.code === '75-KL/TW')!;
    expect(kl75.citations.length).toBeGreaterThanOrEqual(4);
    expect(kl75.issued).toBe('2020-05-30');
  });
});

describe('seed 001: conference of heads of organization commissions', () => {
  const { data } = run('001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt');
  it('metadata', () => {
    expect(data.title).toBe('Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương');
    expect(data.published).toBe('2022-01-12T18:31:00+07:00');
    expect(data.eventDate).toBe('2022-01-12');
    expect(data.authors).toEqual(['Ngô Khiêm']);
    expect(data.publisher).toBe('Tạp chí Xây dựng Đảng');
  });
  it('two chairs with their titles; Đỗ Căn is an official, not a chair', () => {
    expect(chairsOf(data)).toEqual([
      ['Trương Thị Mai', 'chủ trì'],
      ['Mai Văn Chính', 'chủ trì'],
    ]);
    expect(data.chairs[0]!.titles).toEqual(['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']);
    expect(names(data)).toContain('Đỗ Căn');
  });
  it('cites the government resolution 128/NQ-CP of 2021', () => {
    const nq = data.directives.find((d) => d.code === '128/NQ-CP')!;
    expect(nq).toMatchObject({ kind: 'Nghị quyết', number: '128', issuer: 'CP', issued: '2021-10-11' });
  });
});

describe('seed 002: power control in cadre work', () => {
  const { data } = run('002-kiem-soat-quyen-luc-cong-tac-can-bo.txt');
  it('metadata', () => {
    expect(data.title).toBe('Thực hiện nghiêm túc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền');
    expect(data.published).toBe('2020-06-02T06:17:00+07:00');
    expect(data.eventDate).toBe('2020-06-01');
    expect(data.authors).toEqual(['Thanh Thy']);
    expect(data.publisher).toBe('Báo Cần Thơ');
  });
  it('one chair; the attendee at the Cần Thơ bridge is not a chair', () => {
    expect(chairsOf(data)).toEqual([['Phạm Minh Chính', 'chủ trì']]);
    expect(names(data)).toContain('Trần Quốc Trung');
  });
  it('directives, including two plenum resolutions from one citation', () => {
    expect(docsOf(data)).toEqual(['04-NQ/TW XII', '05-CT/TW XII', '12-NQ/TW XI', '205-QĐ/TW XII', '35-CT/TW XII']);
  });
});

describe('seed 003: year-end review of the organization sector 2023', () => {
  const r = run('003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt');
  const { data } = r;
  it('metadata, with the date printed at the end', () => {
    expect(data.title).toBe('Công tác thẩm định, thẩm tra, rà soát thông tin liên quan đến nhân sự được tiến hành chặt chẽ, thận trọng');
    expect(data.published).toBe('2023-12-28T15:30:31+07:00');
    expect(data.eventDate).toBe('2023-12-28');
    expect(data.publisher).toBe('Tạp chí Thương hiệu & Công luận');
  });
  it('repeated paragraphs and the […] teaser are dropped', () => {
    const bodies = r.blocks.map((b) => b.text);
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(bodies.some((t) => t.includes('[…]'))).toBe(false);
    expect(bodies.filter((t) => t.startsWith('Tổ chức bộ máy của hệ thống chính trị tiếp tục đổi mới'))).toHaveLength(1);
  });
  it('no chair; the conclusion of the 4th plenum of term XIII', () => {
    expect(data.chairs).toEqual([]);
    expect(docsOf(data)).toEqual(['21-KL/TW XIII']);
  });
});

describe('seed 004: Nghệ An at the online mid-year conference', () => {
  const { data } = run('004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt');
  it('metadata', () => {
    expect(data.title).toBe('Nghệ An có nhiều cách làm sáng tạo, triển khai đồng bộ công tác chuẩn bị, tổ chức đại hội Đảng các cấp');
    expect(data.published).toBe('2020-07-01T10:45:00+07:00');
    expect(data.eventDate).toBe('2020-07-01');
    expect(data.authors).toEqual(['Xuân Hướng', 'Cảnh Toàn']);
  });
  it('four co-chairs and the chair of the Nghệ An bridge point', () => {
    expect(chairsOf(data)).toEqual([
      ['Phạm Minh Chính', 'đồng chủ trì'],
      ['Nguyễn Thanh Bình', 'đồng chủ trì'],
      ['Lê Vĩnh Tân', 'đồng chủ trì'],
      ['Trần Văn Túy', 'đồng chủ trì'],
      ['Hồ Phúc Hợp', 'chủ trì điểm cầu', 'Nghệ An'],
    ]);
  });
  it('directives', () => {
    expect(docsOf(data)).toEqual(['26-NQ/TW XII', '35-CT/TW XII', '45-CT/TW XII', '75-KL/TW XII']);
  });
});

describe('golden files', () => {
  const files = [
    '000-ket-qua-cong-tac-tuan-22-28-6-2020',
    '001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022',
    '002-kiem-soat-quyen-luc-cong-tac-can-bo',
    '003-tong-ket-nganh-to-chuc-xay-dung-dang-2023',
    '004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap',
  ];
  for (const f of files) {
    it(`${f}.mdx matches its golden file`, () => {
      const { mdx } = run(`${f}.txt`);
      const golden = join(ROOT, 'tests/golden', `${f}.mdx`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, mdx);
      expect(existsSync(golden), 'missing golden file: run with UPDATE_GOLDEN=1 and read it').toBe(true);
      expect(mdx).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
