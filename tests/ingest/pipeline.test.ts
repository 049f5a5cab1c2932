/**
 * The pipeline's verdict on a whole file: every problem in one run, a
 * headline proposed when the text has none, warnings carried to the result.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { loadRegistries } from '../../src/lib/registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const registries = loadRegistries(join(ROOT, 'content'));
const run = (text: string) => ingestSource(new TextEncoder().encode(text), 'x.txt', registries);

describe('a file with several problems gets every reason in one run', () => {
  it('no headline and no year: both, each with its line and what to do', () => {
    // Copied from below the headline, from a site whose URL carries no date.
    const r = run(
      [
        '---',
        'url: https://baotayninh.vn/go-dau-so-ket-cong-tac-to-chuc-xay-dung-dang-a164300.html',
        '---',
        'Ngày 4.10, Ban Tổ chức Huyện uỷ Gò Dầu sơ kết công tác tổ chức, xây dựng Đảng 9 tháng và triển khai nhiệm vụ trọng tâm.',
        'Trong 9 tháng qua, Ban Tổ chức Huyện uỷ tham mưu cho Ban Thường vụ Huyện uỷ xây dựng kế hoạch, chương trình công tác.',
      ].join('\n'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const all = [r.error, ...(r.error.more ?? [])];
    expect(all.map((p) => p.line)).toEqual([4, 4]);
    expect(all[0]!.message).toMatch(/no headline/);
    expect(all[0]!.hint).toContain('title: "Gò Dầu sơ kết công tác tổ chức xây dựng Đảng"');
    expect(all[1]!.message).toContain('no year for "Ngày 4.10"');
    expect(all[1]!.hint).toContain('date: YYYY-MM-DD');
  });

  it("without a URL, the lead's first clause is proposed", () => {
    const r = run('Sáng 22-9, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý III/2022. Hội nghị do đồng chí Chủ nhiệm chủ trì.\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.hint).toContain('title: "Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý III/2022"');
    // The year is in the sentence: only the headline is missing.
    expect(r.error.more).toBeUndefined();
  });

  it("the front block's title is used when the text has no headline", () => {
    const r = run(
      [
        '---',
        'title: Hội nghị giao ban công tác kiểm tra quý III',
        '---',
        'Sáng 22-9, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý III năm 2022.',
      ].join('\n'),
    );
    expect(r.ok && r.data).toMatchObject({ title: 'Hội nghị giao ban công tác kiểm tra quý III', date: '2022-09-22', dateSource: 'inferred', dateEvidence: 'quý III năm 2022' });
  });
});

describe('the headline', () => {
  it('a print link copied onto the end of the headline line is not part of it', () => {
    const r = run(['Nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng trong giai đoạn mới In trang', '08/08/2022 10:11 SA', 'Nghiên cứu, học tập, quán triệt nghị quyết của Đảng là khâu quan trọng để nghị quyết đi vào cuộc sống.'].join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.title).toBe('Nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng trong giai đoạn mới');
  });
});

describe('warnings travel with a converted file', () => {
  it('a 12-hour-clock stamp is converted and flagged at its line', () => {
    const r = run(['Hội nghị quán triệt Nghị quyết Trung ương', '12/03/2020 02:03', 'Sáng 12/3, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương cho cán bộ chủ chốt.'].join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([{ line: 2, message: expect.stringContaining('12-hour clock') }]);
  });
});
