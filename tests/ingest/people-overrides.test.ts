/**
 * The maintainer corrects chairs and officials in the front block. A realistic
 * source (a provincial paper's conference story) whose chair the extraction
 * reads one way and the maintainer another; errors name the front-block line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFront } from '../../src/lib/ingest/front.ts';
import { applyPeopleOverrides } from '../../src/lib/ingest/people/overrides.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import { IngestError } from '../../src/lib/ingest/types.ts';
import { ROOT } from '../fixtures/people/blocks.ts';

const registries = loadRegistries(join(ROOT, 'content'));

const ARTICLE = `Hội nghị quán triệt Quy định 214-QĐ/TW của Bộ Chính trị
Thứ Tư, 12/04/2023, 16:05 (GMT+7)
Sáng 12-4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Quy định số 214-QĐ/TW của Bộ Chính trị về khung tiêu chuẩn chức danh cán bộ. Đồng chí Hồ Văn Niên, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.
Tại hội nghị, đồng chí Lê Văn Bảy, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy trình bày nội dung Quy định. Ông Điểu Kré nói thêm về kế hoạch.
Phát biểu kết luận, đồng chí Hồ Văn Niên đề nghị các cấp ủy triển khai nghiêm túc.
NGỌC MINH
`;

function ingest(front: string) {
  const r = ingestSource(new TextEncoder().encode(`---\nurl: https://baogialai.com.vn/hoi-nghi-quan-triet-quy-dinh-214.html\n${front}---\n${ARTICLE}`), 'x.txt', registries);
  if (!r.ok) throw new IngestError(r.error.line, r.error.message, r.error.hint);
  return r.data;
}
function failure(front: string) {
  const r = ingestSource(new TextEncoder().encode(`---\n${front}---\n${ARTICLE}`), 'x.txt', registries);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('front-block corrections of people', () => {
  it('without corrections, the extraction stands and nothing is marked corrected', () => {
    const d = ingest('');
    expect(d.chairs.map((c) => c.name)).toEqual(['Hồ Văn Niên']);
    expect(d.officials.map((o) => o.name)).toEqual(['Hồ Văn Niên', 'Lê Văn Bảy']);
    expect(d.corrected).toBeUndefined();
  });

  it('chairs: names replace the extracted chairs, keeping the titles the article gave', () => {
    const d = ingest('chairs:\n  - Hồ Văn Niên\n  - name: Lê Văn Bảy\n    role: đồng chủ trì\n');
    expect(d.chairs.map((c) => [c.name, c.role, c.titles])).toEqual([
      ['Hồ Văn Niên', 'chủ trì', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
      ['Lê Văn Bảy', 'đồng chủ trì', ['Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy']],
    ]);
    expect(d.corrected).toEqual(['chairs']);
  });

  it('a single chair may be written on the key line', () => {
    expect(ingest('chairs: Lê Văn Bảy\n').chairs.map((c) => c.name)).toEqual(['Lê Văn Bảy']);
  });

  it('an empty list says nobody chaired', () => {
    const d = ingest('chairs: []\n');
    expect(d.chairs).toEqual([]);
    expect(d.officials.map((o) => o.name)).toEqual(['Hồ Văn Niên', 'Lê Văn Bảy']);
  });

  it('officials: add a person the extraction missed, drop one it took wrongly', () => {
    const d = ingest('officials:\n  add:\n    - name: Điểu Kré\n      titles: [Phó Chủ tịch UBND tỉnh]\n  drop: [Lê Văn Bảy]\n');
    expect(d.officials.map((o) => [o.name, o.titles])).toEqual([
      ['Hồ Văn Niên', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
      ['Điểu Kré', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    expect(d.corrected).toEqual(['officials']);
  });

  it('a chair named by hand who is not among the officials becomes one, through the registry', () => {
    const d = ingest('chairs:\n  - name: Trần Văn Tuý\n    titles: [Phó Trưởng Ban Tổ chức Trung ương]\n');
    expect(d.chairs.map((c) => [c.name, c.verified])).toEqual([['Trần Văn Túy', true]]);
    expect(d.officials.map((o) => o.name)).toEqual(['Hồ Văn Niên', 'Lê Văn Bảy', 'Trần Văn Túy']);
  });

  it('the corrected list is written into the MDX', () => {
    const r = ingestSource(new TextEncoder().encode(`---\nchairs: [Hồ Văn Niên]\n---\n${ARTICLE}`), 'x.txt', registries);
    expect(r.ok && r.mdx).toMatch(/\ncorrected:\n {2}- chairs\nchairs:\n/);
  });
});

describe('bad corrections are refused with the line and what to do', () => {
  it('a name to drop that was not found', () => {
    const e = failure('url: https://a.vn/x\nofficials:\n  drop: [Lê Văn Bẩy, Hà Giang]\n');
    expect(e.line).toBe(3);
    expect(e.message).toContain('"Lê Văn Bẩy", "Hà Giang" are not among the officials found (Hồ Văn Niên, Lê Văn Bảy)');
    expect(e.hint).toMatch(/copy the name exactly/);
  });

  it('dropping a chair', () => {
    const e = failure('officials:\n  drop: [Hồ Văn Niên]\n');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/"Hồ Văn Niên" is a chair/);
  });

  it('an unknown role, pointing at the list item', () => {
    const e = failure('url: https://a.vn/x\nchairs:\n  - Hồ Văn Niên\n  - name: Lê Văn Bảy\n    role: điều hành\n');
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/field "chairs\.1" must be a name, or "name:" with optional "role:" \(chủ trì, đồng chủ trì, chủ trì điểm cầu\)/);
  });

  it('an unknown key inside officials', () => {
    const e = failure('officials:\n  remove: [Lê Văn Bảy]\n');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/unknown key.*"remove"/);
    expect(e.hint).toMatch(/drop/);
  });

  it('a chair that is neither a name nor a map', () => {
    const e = failure('chairs:\n  - 12\n');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/must be a name/);
  });
});

describe('applyPeopleOverrides alone', () => {
  it('returns the extraction untouched when the front block corrects nothing', () => {
    const found = { chairs: [], officials: [] };
    expect(applyPeopleOverrides(found, {}, [])).toBe(found);
  });

  it('reads a front block parsed by splitFront', () => {
    const { front } = splitFront('---\nofficials:\n  add: [Nguyễn Văn Ân]\n---\nx');
    expect(applyPeopleOverrides({ chairs: [], officials: [] }, front, []).officials).toEqual([
      { name: 'Nguyễn Văn Ân', slug: 'nguyen-van-an', titles: [], verified: false, at: [] },
    ]);
  });
});
