/**
 * Outlets as data (content/publishers.yaml): the list is validated when the
 * registries load, a new outlet is an entry in it (no code), and a page that
 * names itself ("Báo Đồng Nai điện tử", "Cổng thông tin điện tử Đảng bộ
 * tỉnh …", a copyright footer) gives its publisher before the bare host does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractByline } from '../../src/lib/ingest/byline.ts';
import { classifyLines } from '../../src/lib/ingest/classify.ts';
import { outletByHost, outletBySignature, publisherIndex, type Publishers } from '../../src/lib/ingest/publishers.ts';
import { loadPublishers, RegistryError } from '../../src/lib/registry.ts';
import { loadText } from '../fixtures/classify/load.ts';
import { PUBLISHERS } from '../fixtures/publishers.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-publishers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The publisher of a page as pasted, one source line per item. */
function publisherOf(rows: string[], url?: string, publishers: Publishers = PUBLISHERS): string | undefined {
  const lines = classifyLines(loadText(rows.join('\n')), { publishers });
  return extractByline(lines, url ? { url } : {}, publishers).publisher;
}

const BODY =
  'Sáng 15-5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.';

/** A page of a provincial paper as a maintainer pastes it: masthead, menu, headline, date, text, footer. */
const DONG_NAI = [
  'Báo Đồng Nai điện tử',
  'Chính trị Kinh tế Xã hội Văn hóa Thể thao',
  'Sơ kết 3 năm thực hiện Kết luận 21 của Trung ương',
  'Thứ Tư, 15/05/2024 11:20',
  BODY,
  'Hội nghị cũng đã thảo luận, thống nhất các giải pháp trọng tâm trong thời gian tới.',
  'Hương Giang',
  'Tin xem nhiều',
];

/** A party committee's portal: its own name above the headline, no dateline code. */
const HA_GIANG_PORTAL = [
  'Cổng thông tin điện tử Đảng bộ tỉnh Hà Giang',
  'Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng',
  'Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm',
  'Ngày đăng: 10/07/2023',
  BODY.replace('Sáng 15-5', 'Sáng 10-7'),
  'Ban Tổ chức Tỉnh ủy',
];

describe('content/publishers.yaml', () => {
  it('loads through the schema, every outlet indexed by host, code and name', () => {
    expect(PUBLISHERS.outlets.length).toBeGreaterThan(40);
    expect(outletByHost(PUBLISHERS, 'https://amp.vtcnews.vn/x.html')?.outlet?.name).toBe('VTC News');
    expect(outletByHost(PUBLISHERS, 'https://www.baohagiang.vn/xay-dung-dang/202401/x.html')?.outlet?.name).toBe('Báo Hà Giang');
  });

  function brokenList(name: string, edit: (yaml: string) => string): () => Publishers {
    const dir = join(tmp, name);
    cpSync(join(CONTENT, 'publishers.yaml'), join(dir, 'publishers.yaml'));
    writeFileSync(join(dir, 'publishers.yaml'), edit(readFileSync(join(dir, 'publishers.yaml'), 'utf8')));
    return () => loadPublishers(dir);
  }

  it('refuses a bad entry, naming the file and the field', () => {
    const www = brokenList('www', (y) => y.replace('- baohagiang.vn', '- www.baohagiang.vn/tin'));
    expect(www).toThrow(RegistryError);
    expect(www).toThrow(/publishers\.yaml: field "\d+\.hosts\.0" .*host name without "www\."/);
    const twice = brokenList('twice', (y) => `${y}- name: Báo Hà Giang điện tử\n  hosts:\n    - baohagiang.vn\n`);
    expect(twice).toThrow(/"baohagiang\.vn" is already listed for Báo Hà Giang/);
    const typo = brokenList('typo', (y) => y.replace('  datelines:\n    - BHG', '  dateline:\n    - BHG'));
    expect(typo).toThrow(/unknown key\(s\) "dateline"/);
  });
});

/** The project's list without Báo Đồng Nai: an outlet the ingest does not know yet. */
const WITHOUT_DONG_NAI = publisherIndex(PUBLISHERS.outlets.filter((o) => o.name !== 'Báo Đồng Nai'));
const DONG_NAI_URL = 'https://baodongnai.com.vn/chinh-tri/202405/so-ket-3-nam-3185201/';

describe('a new outlet is a data change', () => {
  it('an entry gives the outlet by its host and its dateline code', () => {
    const withDongNai = publisherIndex([...WITHOUT_DONG_NAI.outlets, { name: 'Báo Đồng Nai', hosts: ['baodongnai.com.vn'], datelines: ['ĐN'] }]);
    const page = DONG_NAI.slice(1);
    expect(publisherOf(page, DONG_NAI_URL, WITHOUT_DONG_NAI)).toBe('baodongnai.com.vn');
    expect(publisherOf(page, DONG_NAI_URL, withDongNai)).toBe('Báo Đồng Nai');
    const coded = page.map((l) => (l === BODY ? `(ĐN) - ${BODY}` : l));
    expect(publisherOf(coded, undefined, withDongNai)).toBe('Báo Đồng Nai');
  });
});

describe('a page that names itself', () => {
  it('the masthead "Báo … điện tử" wins over an unknown host', () => {
    expect(publisherOf(DONG_NAI, DONG_NAI_URL, WITHOUT_DONG_NAI)).toBe('Báo Đồng Nai');
    expect(publisherOf(DONG_NAI, DONG_NAI_URL)).toBe('Báo Đồng Nai');
  });

  it('a known outlet named in its masthead is given by its name in the list', () => {
    expect(outletBySignature(PUBLISHERS, 'Báo Nhân Dân điện tử')?.name).toBe('Báo Nhân Dân');
  });

  it('a follow-us bar names the outlet, "trên" glued to "Google News" or not', () => {
    expect(outletBySignature(PUBLISHERS, 'Theo dõi Báo Nhân Dân trên Google News')?.name).toBe('Báo Nhân Dân');
    expect(outletBySignature(PUBLISHERS, 'Theo dõi Báo Nhân Dân trênGoogle News')?.name).toBe('Báo Nhân Dân');
  });

  it("a party committee's portal names itself", () => {
    expect(publisherOf(HA_GIANG_PORTAL, 'https://dangbo.hagiang.gov.vn/tin-tuc/so-ket-6-thang.html')).toBe('Cổng thông tin điện tử Đảng bộ tỉnh Hà Giang');
  });

  it('a "(BHG) -" code opening the text names the outlet whatever the host', () => {
    const page = HA_GIANG_PORTAL.slice(1).map((l) => (l.startsWith('Sáng') ? `(BHG) - ${l}` : l));
    expect(publisherOf(page, 'https://m.tinmoi24h.vn/x-123.html')).toBe('Báo Hà Giang');
  });

  it('"Kinhtedothi - " opening the text names Báo Kinh tế & Đô thị on a site that republishes it', () => {
    const page = ['Hà Nội sơ kết công tác xây dựng Đảng 6 tháng đầu năm', `Kinhtedothi - Ngày 9/7, ${BODY.slice('Sáng 15-5, '.length)}`];
    expect(publisherOf(page, 'https://m.tinmoi24h.vn/x-123.html')).toBe('Báo Kinh tế & Đô thị');
  });

  it('a copyright footer names the outlet', () => {
    const page = [...DONG_NAI.slice(1), '© Bản quyền thuộc về Báo Cần Thơ', 'Ghi rõ nguồn khi phát hành lại thông tin từ website này.'];
    expect(publisherOf(page, 'https://example-cantho.vn/a.html')).toBe('Báo Cần Thơ');
    expect(outletBySignature(PUBLISHERS, 'Copyright © 2024 Báo Gia Lai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai')?.name).toBe('Báo Gia Lai');
    expect(outletBySignature(PUBLISHERS, '© 2019-2024 Trang thông tin điện tử Huyện ủy Gò Dầu. Chịu trách nhiệm: …')?.name).toBe('Trang thông tin điện tử Huyện ủy Gò Dầu');
  });

  it('sentences and headlines that mention an outlet are not its masthead', () => {
    for (const line of [
      'Tạp chí Cộng sản ra mắt ấn phẩm điện tử',
      'Báo chí cách mạng trong thời đại chuyển đổi số và thương mại điện tử',
      'Theo Báo Nhân Dân điện tử, hội nghị đã thống nhất nhiều nội dung.',
      'Trang thông tin điện tử tổng hợp',
      'Cổng thông tin điện tử Chính phủ đăng tải toàn văn nghị quyết.',
    ]) {
      expect(outletBySignature(PUBLISHERS, line), line).toBeUndefined();
    }
  });
});
