/**
 * Fifteen more real articles (provincial and inspection commissions,
 * congresses), labelled by reading them. Eleven are in content/sources with
 * the front block a maintainer would add (title or date where the page
 * gives none); the other four give no year anywhere and must be refused
 * with a message that says which key to add.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import type { ArticleData } from '../../src/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const registries = loadRegistries(join(ROOT, 'content'));

function data(file: string): ArticleData {
  const r = ingestSource(readFileSync(join(ROOT, 'content/sources', file)), file, registries);
  if (!r.ok) throw new Error(`${file}:${r.error.line}: ${r.error.message}`);
  return r.data;
}

interface Label {
  file: string;
  date: string;
  dateSource: ArticleData['dateSource'];
  published?: string;
  eventDate?: string;
  publisher: string;
  authors?: string[];
  chairs: string[];
  officials: string[];
  directives: string[];
}

const LABELS: Label[] = [
  { file: '005-daklak-ubkt-ky-hop-36.txt', date: '2018-01-22', dateSource: 'published', published: '2018-01-22T17:14:00+07:00', eventDate: '2018-01-22', publisher: 'Báo Đắk Lắk', chairs: ['Phan Xuân Lĩnh chủ trì'], officials: ['Phan Xuân Lĩnh'], directives: [] },
  { file: '006-khanhhoa-ubkt-giao-ban-quy-iii.txt', date: '2022-09-22', dateSource: 'url', eventDate: '2022-09-22', publisher: 'Báo Khánh Hòa', chairs: ['Nguyễn Văn Ghi chủ trì'], officials: ['Nguyễn Văn Ghi'], directives: [] },
  // "Các đồng chí Thường trực Tỉnh ủy chủ trì": an organ, no named chair.
  { file: '007-daklak-dai-hoi-xvii-phien-tru-bi.txt', date: '2020-10-13', dateSource: 'published', published: '2020-10-13T18:55:00+07:00', eventDate: '2020-10-13', publisher: 'Báo Đắk Lắk', chairs: [], officials: [], directives: [] },
  { file: '008-hagiang-dai-hoi-xvii-tiep-tuc.txt', date: '2020-10-17', dateSource: 'published', published: '2020-10-17T14:34:00+07:00', eventDate: '2020-10-16', publisher: 'Báo Hà Giang', chairs: [], officials: [], directives: [] },
  // Elected, not chairing.
  { file: '009-nghean-dai-hoi-xx-bi-thu.txt', date: '2025-10-02', dateSource: 'front', eventDate: '2025-10-02', publisher: 'VTC News', chairs: [], officials: ['Nguyễn Đức Trung', 'Hoàng Nghĩa Hiếu', 'Lê Hồng Vinh', 'Võ Thị Minh Sinh'], directives: [] },
  { file: '010-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt', date: '2025-11-15', dateSource: 'front', eventDate: '2025-11-15', publisher: 'Báo Thanh Niên', chairs: [], officials: ['Vương Quốc Tuấn', 'Phạm Hoàng Sơn'], directives: [] },
  // The official who hands over the decision on behalf of the Politburo does not chair.
  { file: '011-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt', date: '2011-02-22', dateSource: 'front', eventDate: '2011-02-22', publisher: 'Thông tấn xã Việt Nam', chairs: [], officials: ['Trần Lưu Hải', 'Trần Văn Túy', 'Nguyễn Công Ngọ'], directives: ['19-QĐNS/TW XI'] },
  { file: '012-thainguyen-ban-to-chuc-tinh-uy-gap-mat.txt', date: '2019-01-25', dateSource: 'url', eventDate: '2019-01-25', publisher: 'Báo Thái Nguyên', chairs: ['Nguyễn Thanh Tùng chủ trì'], officials: ['Nguyễn Thanh Tùng'], directives: ['09-ĐA/TU 2019', '18-NQ/TW XII', '19-NQ/TW XII', '79-KH/TU 2019'] },
  { file: '013-trangbang-trien-khai-chi-thi-35.txt', date: '2019-11-20', dateSource: 'published', published: '2019-11-20T19:03:00+07:00', eventDate: '2019-11-19', publisher: 'Báo Tây Ninh', chairs: ['Trương Nhật Quang chủ trì'], officials: ['Trương Nhật Quang'], directives: ['154-KH/TU 2019', '35-CT/TW XII'] },
  // The attendee "Tham dự có bà …" is an official, not a chair.
  { file: '014-godau-ban-to-chuc-huyen-uy-so-ket.txt', date: '2023-10-04', dateSource: 'front', eventDate: '2023-10-04', publisher: 'Báo Tây Ninh', authors: ['Trọng Cầu'], chairs: ['Phạm Thị Thúy Hằng chủ trì'], officials: ['Nguyễn Thị Thanh Nhàn', 'Phạm Thị Thúy Hằng'], directives: [] },
  // Chỉ thị 35-CT/TW of 14/6/2024 (term XIII), not its 2019 namesake.
  { file: '015-dienbien-huyen-uy-quan-triet-chi-thi-35.txt', date: '2024-10-04', dateSource: 'front', eventDate: '2024-10-04', publisher: 'baomoi.net.vn', chairs: ['Cao Thị Tuyết Lan chủ trì'], officials: ['Nguyễn Phú Trọng', 'Cao Thị Tuyết Lan'], directives: ['35-CT/TW XIII'] },
];

describe('labelled corpus articles', () => {
  for (const label of LABELS) {
    it(label.file, () => {
      const d = data(label.file);
      expect(d.date).toBe(label.date);
      expect(d.dateSource).toBe(label.dateSource);
      expect(d.published).toBe(label.published);
      expect(d.eventDate).toBe(label.eventDate);
      expect(d.publisher).toBe(label.publisher);
      if (label.authors) expect(d.authors).toEqual(label.authors);
      expect(d.chairs.map((c) => `${c.name} ${c.role}`)).toEqual(label.chairs);
      expect(d.officials.map((o) => o.name)).toEqual(label.officials);
      expect(d.directives.map((x) => `${x.code} ${x.term}`).sort()).toEqual(label.directives);
    });
  }
});

describe('corpus articles that give no year are refused, saying what to add', () => {
  const REFUSED: [string, RegExp][] = [
    ['03-tphcm-ubkt-thanh-uy-thu-thiem.txt', /title:|date:/],
    ['04-namcan-ubkt-huyen-uy-2019.txt', /title:|date:/],
    ['14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt', /date:/],
    ['15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt', /title:|date:/],
  ];
  for (const [file, hint] of REFUSED) {
    it(file, () => {
      const r = ingestSource(readFileSync(join(ROOT, 'tests/fixtures/corpus', file)), file, registries);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.hint).toMatch(hint);
        expect(r.error.message).not.toMatch(/internal error/);
      }
    });
  }

  it('14 converts once the maintainer adds the date', () => {
    const raw = readFileSync(join(ROOT, 'tests/fixtures/corpus/14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt'), 'utf8');
    const fixed = raw.replace(/^---\n/, '---\ndate: 2023-04-21\n');
    const r = ingestSource(new TextEncoder().encode(fixed), '14.txt', registries);
    expect(r.ok && r.data.chairs.map((c) => c.name)).toEqual(['Phạm Văn Hậu']);
    expect(r.ok && r.data.eventDate).toBe('2023-04-21');
  });
});
