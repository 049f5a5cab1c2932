/**
 * The resolver: which document a citation means. Namesakes (numbers restart
 * every term or year), where the term comes from, short forms, merging.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/ingest/directives/find.ts';
import { resolveDirectives } from '../../src/lib/ingest/directives/resolve.ts';
import { directiveSchema, type Directive, type DirectiveRegistry } from '../../src/lib/schema.ts';
import { loadDirectiveRegistry, para } from '../fixtures/directives/helpers.ts';

const REGISTRY = loadDirectiveRegistry();
const EMPTY: DirectiveRegistry = [];

function resolve(text: string, date: string, registry: DirectiveRegistry = REGISTRY): Directive[] {
  const out = resolveDirectives(findCitations(para(text)), registry, date);
  for (const d of out) directiveSchema.parse(d);
  return out;
}

function one(text: string, date: string, registry: DirectiveRegistry = REGISTRY): Directive {
  const out = resolve(text, date, registry);
  expect(out, text).toHaveLength(1);
  return out[0]!;
}

describe('namesakes: numbers restart every term', () => {
  it('tells the 2019 and the 2024 Chỉ thị 35-CT/TW apart', () => {
    const old = one('Các cấp ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội.', '2019-11-20');
    const fresh = one('Quán triệt Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị.', '2024-10-04');
    expect(old).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xii', term: 'XII', termSource: 'registry', issued: '2019-05-30', verified: true });
    expect(fresh).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xiii', term: 'XIII', termSource: 'cited-date', issued: '2024-06-14', verified: true });
    expect(old.id).not.toBe(fresh.id);
  });

  it('keeps both when one article cites both', () => {
    const out = resolve(
      'So với Chỉ thị số 35-CT/TW ngày 30/5/2019, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị có nhiều điểm mới.',
      '2024-07-01',
    );
    expect(out.map((d) => [d.id, d.issued])).toEqual([
      ['chi-thi-35-ct-tw-khoa-xii', '2019-05-30'],
      ['chi-thi-35-ct-tw-khoa-xiii', '2024-06-14'],
    ]);
  });

  it("gives a plan of the National Assembly's Party group its own issuer", () => {
    const plan = one('Thực hiện Kế hoạch số 112 của Đảng đoàn Quốc hội về tổ chức học tập nghị quyết.', '2023-03-10');
    expect([plan.id, plan.code, plan.issuingBody]).toEqual(['ke-hoach-112-kh-ddqh-2023', '112-KH/ĐĐQH', 'Đảng đoàn Quốc hội']);
  });

  it('tells namesakes apart by the year written after the number', () => {
    const [of2019, of2024] = resolve('Chỉ thị số 35 năm 2019 đã được tổng kết. Chỉ thị số 35 năm 2024 của Bộ Chính trị bổ sung nhiều điểm mới về công tác nhân sự.', '2024-08-15');
    expect(of2019).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xii', termSource: 'cited-date' });
    expect(of2024).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xiii', termSource: 'cited-date' });
    // A congress year belongs to two terms: the year alone does not say which.
    expect(one('Quy định số 12 năm 2021 của Bộ Chính trị', '2021-06-01', EMPTY)).toMatchObject({ term: 'XIII', termSource: 'article-date' });
  });

  it('reads the bare number as the latest document issued by the article date', () => {
    expect(one('Quán triệt Chỉ thị 35 của Bộ Chính trị.', '2020-06-29')).toMatchObject({ term: 'XII', termSource: 'registry' });
    expect(one('Quán triệt Chỉ thị 35 của Bộ Chính trị.', '2025-03-01')).toMatchObject({ term: 'XIII', termSource: 'registry', issued: '2024-06-14' });
  });

  it('gives the registry term precedence over the article date (260-QĐ/TW is of term X)', () => {
    const d = one('hoàn thiện Đề án “Bổ sung, sửa đổi Quy định số 260-QĐ/TW của Bộ Chính trị”.', '2020-06-29');
    expect(d).toMatchObject({ id: 'quy-dinh-260-qd-tw-khoa-x', code: '260-QĐ/TW', term: 'X', termSource: 'registry', issued: '2009-10-02', verified: true });
    // Without the registry the article date would say XII: exactly the error the registry prevents.
    expect(one('Quy định số 260-QĐ/TW của Bộ Chính trị', '2020-06-29', EMPTY)).toMatchObject({
      id: 'quy-dinh-260-qd-tw-khoa-xii',
      term: 'XII',
      termSource: 'article-date',
      verified: false,
    });
  });

  it('does not give a young term a number it cannot have reached yet: the outgoing term’s', () => {
    // Days after a congress closes, the new Central Committee has issued only a handful of documents.
    expect(one('Ban Bí thư được bầu theo quy trình tại Quyết định 190-QĐ/TW.', '2026-01-23', EMPTY)).toMatchObject({
      id: 'quyet-dinh-190-qd-tw-khoa-xiii',
      term: 'XIII',
      termSource: 'article-date',
    });
    expect(one('Thực hiện Kết luận số 120-KL/TW của Bộ Chính trị.', '2021-02-20', EMPTY)).toMatchObject({ term: 'XII' });
    // A low number, or a number the term has had time to reach, stays the term in office.
    expect(one('Thực hiện Quyết định số 05-QĐ/TW của Bộ Chính trị.', '2026-01-25', EMPTY)).toMatchObject({ term: 'XIV' });
    expect(one('Thực hiện Kết luận số 120-KL/TW của Bộ Chính trị.', '2021-09-01', EMPTY)).toMatchObject({ term: 'XIII' });
    // Past the first weeks a high number is no sign of the previous term: personnel decisions run into the thousands.
    expect(one('triển khai Quyết định số 1970 của Bộ Chính trị về điều động cán bộ', '2018-10-03', EMPTY)).toMatchObject({ term: 'XII' });
  });

  it('falls back to the article date, unverified, when the registry has nothing issued by then', () => {
    const d = one('Quán triệt Chỉ thị số 35-CT/TW.', '2019-01-10');
    expect(d).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xii', term: 'XII', termSource: 'article-date', verified: false });
  });

  it('splits a cited date at the congress: 31 January 2021 is XII, 1 February XIII', () => {
    expect(one('Quy định số 01-QĐ/TW ngày 31/1/2021 của Bộ Chính trị', '2021-03-01')).toMatchObject({ term: 'XII', id: 'quy-dinh-1-qd-tw-khoa-xii' });
    expect(one('Quy định số 01-QĐ/TW ngày 1/2/2021 của Bộ Chính trị', '2021-03-01')).toMatchObject({ term: 'XIII', id: 'quy-dinh-1-qd-tw-khoa-xiii' });
  });

  it('tells a Quyết định nhân sự from a Quy định of the same number', () => {
    const out = resolve('Quyết định số 19-QĐNS/TW và Quy định số 19-QĐ/TW của Bộ Chính trị.', '2011-03-01');
    expect(out.map((d) => d.id)).toEqual(['quyet-dinh-19-qdns-tw-khoa-xi', 'quy-dinh-19-qd-tw-khoa-xi']);
  });

  it('numbers state documents by year', () => {
    expect(one('Nghị quyết số 128/NQ-CP, ngày 11-10-2021 của Chính phủ', '2022-01-12')).toMatchObject({
      id: 'nghi-quyet-128-nq-cp-2021',
      code: '128/NQ-CP',
      issuer: 'CP',
      term: '2021',
      termSource: 'cited-date',
      verified: true,
    });
    expect(one('theo Nghị quyết 128 của Chính phủ', '2022-01-12')).toMatchObject({ id: 'nghi-quyet-128-nq-cp-2021', termSource: 'registry', verified: true });
    expect(one('áp dụng Nghị định 159/2024/NĐ-CP', '2025-02-01')).toMatchObject({
      id: 'nghi-dinh-159-nd-cp-2024',
      code: '159/2024/NĐ-CP',
      term: '2024',
      termSource: 'cited-date',
      issuingBody: 'Chính phủ',
      verified: false,
    });
    expect(one('triển khai Quyết định 1847/QĐ-TTg', '2020-03-01')).toMatchObject({
      id: 'quyet-dinh-1847-qd-ttg-2020',
      code: '1847/QĐ-TTg',
      issuer: 'TTg',
      issuingBody: 'Thủ tướng Chính phủ',
      term: '2020',
      termSource: 'article-date',
    });
  });

  it('keeps two provinces’ plans apart and numbers local documents by year', () => {
    const a = one('Kế hoạch số 154 của Ban chấp hành Đảng bộ tỉnh Tây Ninh', '2019-11-20');
    const b = one('Kế hoạch số 154 của Tỉnh ủy Quảng Nam', '2019-11-20');
    expect(a).toMatchObject({ id: 'ke-hoach-154-kh-tu-tay-ninh-2019', code: '154-KH/TU', issuer: 'TU', term: '2019', verified: false });
    expect(b.id).toBe('ke-hoach-154-kh-tu-quang-nam-2019');
    expect(one('Đề án số 09-ĐA/TU', '2019-01-25')).toMatchObject({ id: 'de-an-9-da-tu-2019', code: '09-ĐA/TU', issuer: 'TU' });
  });
});

describe('plenum and congress names', () => {
  it('resolves a plenum name the registry holds once', () => {
    const out = resolve('Nghị quyết Trung ương 4 khóa XI, khóa XII', '2020-06-02');
    expect(out.map((d) => [d.code, d.term, d.termSource, d.issued])).toEqual([
      ['12-NQ/TW', 'XI', 'cited-term', '2012-01-16'],
      ['04-NQ/TW', 'XII', 'cited-term', '2016-10-30'],
    ]);
    expect(out.map((d) => d.id)).toEqual(['nghi-quyet-12-nq-tw-khoa-xi', 'nghi-quyet-4-nq-tw-khoa-xii']);
  });

  it('does not guess among the resolutions of one plenum (TW7 khóa XII issued 26, 27 and 28-NQ/TW)', () => {
    const d = one('Nghị quyết Trung ương 7 khóa XII về cán bộ', '2019-01-01');
    expect(d).toMatchObject({ id: 'nghi-quyet-tw7-khoa-xii', code: 'NQ TW7 khóa XII', number: 'TW7', term: 'XII', termSource: 'cited-term', verified: false });
    expect(one('Nghị quyết Trung ương 6 khóa XII', '2019-01-01')).toMatchObject({ code: 'NQ TW6 khóa XII', verified: false });
  });

  it('resolves a plenum citation that gives the number', () => {
    expect(one('Nghị quyết 26 tại Hội nghị Trung ương 7(khoá XII)', '2020-07-01')).toMatchObject({
      id: 'nghi-quyet-26-nq-tw-khoa-xii',
      code: '26-NQ/TW',
      issued: '2018-05-19',
      termSource: 'cited-term',
      verified: true,
    });
    expect(resolve('Nghị quyết số 18-NQ/TW, số 19-NQ/TW, Hội nghị lần thứ 6, BCH T.Ư Đảng, khóa XII', '2019-01-25').map((d) => d.code)).toEqual([
      '18-NQ/TW',
      '19-NQ/TW',
    ]);
  });

  it('gives a plenum not in the registry a stable descriptive code', () => {
    const d = one('tổng kết Nghị quyết Trung ương 5 khóa X về đổi mới phương thức lãnh đạo', '2022-01-12');
    expect(d).toMatchObject({ id: 'nghi-quyet-tw5-khoa-x', code: 'NQ TW5 khóa X', kind: 'Nghị quyết', issuer: 'TW', term: 'X', termSource: 'cited-term', verified: false });
    expect(d.issued).toBeUndefined();
  });

  it('does not look a plenum up by a term the text does not state', () => {
    const d = one('thực hiện Nghị quyết Trung ương 4 về xây dựng Đảng', '2020-06-02');
    expect(d).toMatchObject({ code: 'NQ TW4', term: 'XII', termSource: 'article-date', verified: false });
  });

  it('resolves the Kết luận of Hội nghị Trung ương 4 khóa XIII', () => {
    expect(one('Kết luận Hội nghị Trung ương 4 khóa XIII', '2023-12-28')).toMatchObject({ id: 'ket-luan-21-kl-tw-khoa-xiii', code: '21-KL/TW', issued: '2021-10-25' });
  });

  it('treats the Congress resolution as a document with a descriptive code', () => {
    const d = one('thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng', '2022-01-12');
    expect(d).toMatchObject({ id: 'nghi-quyet-dai-hoi-xiii', code: 'Nghị quyết Đại hội XIII', number: 'ĐH XIII', term: 'XIII', issued: '2021-02-01', verified: true });
    expect(one('thực hiện Nghị quyết Đại hội XIII', '2022-01-12', EMPTY)).toMatchObject({ id: 'nghi-quyet-dai-hoi-xiii', code: 'Nghị quyết Đại hội XIII', verified: false });
  });
});

describe('short forms and merging', () => {
  it('lets a bare citation take the term of a full one in the same article', () => {
    const text = 'Quán triệt Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị. Chỉ thị 35 yêu cầu đổi mới.';
    // In 2026 the article date alone would say XIV; the full citation says XIII.
    const d = one(text, '2026-03-01', EMPTY);
    expect(d).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xiii', term: 'XIII', termSource: 'cited-date' });
    expect(d.citations.map((c) => c.form)).toEqual(['Chỉ thị số 35-CT/TW', 'Chỉ thị 35']);
  });

  it('looks ahead when the full citation comes later (a headline before the body)', () => {
    const blocks = [...para('Quán triệt Chỉ thị 35-CT/TW', 4), ...para('chú trọng Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị.', 6)];
    const out = resolveDirectives(findCitations(blocks), EMPTY, '2026-03-01');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ term: 'XIII', termSource: 'cited-date' });
    expect(out[0]!.citations.map((c) => c.line)).toEqual([4, 6]);
  });

  it('merges every way of citing one document, in order of first appearance', () => {
    const text =
      'Triển khai Kết luận số 75-KL/TW của Ban Chấp hành Trung ương và Chỉ thị số 45-CT/TW của Bộ Chính trị. ' +
      'Thực hiện Kết luận 75 của BCH TW, Chỉ thị 45. Trích “Kết luận 75-KL/TW, ngày 30-5-2020 về nhân sự”.';
    const out = resolve(text, '2020-06-29');
    expect(out.map((d) => d.code)).toEqual(['75-KL/TW', '45-CT/TW']);
    expect(out[0]!.citations.map((c) => c.form)).toEqual(['Kết luận số 75-KL/TW', 'Kết luận 75', 'Kết luận 75-KL/TW']);
    // The strongest evidence for the term wins: the cited date.
    expect(out[0]!.termSource).toBe('cited-date');
    expect(out[1]!.citations).toHaveLength(2);
  });

  it('meets a code written in the state form by mistake ("35/CT-TW") on the same page', () => {
    expect(one('Chỉ thị 35/CT-TW của Bộ Chính trị', '2020-01-01')).toMatchObject({ id: 'chi-thi-35-ct-tw-khoa-xii', code: '35-CT/TW', verified: true });
  });

  it('meets "Chỉ thị 05" and "Chỉ thị 5" on one page', () => {
    const out = resolve('Chỉ thị 05 và Chỉ thị 5 của Bộ Chính trị', '2020-06-02');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'chi-thi-5-ct-tw-khoa-xii', code: '05-CT/TW', number: '05', citations: [{ form: 'Chỉ thị 05' }, { form: 'Chỉ thị 5' }] });
  });

  it('takes the issuer of a bare number from the registry when only one issuer has it', () => {
    expect(one('gắn với Chỉ thị 05', '2020-06-02')).toMatchObject({ issuer: 'TW', issuingBody: 'Bộ Chính trị', verified: true });
  });

  it('writes a code for a document cited without one, and prefers the registry’s issuing body', () => {
    expect(one('Chỉ thị 99 của Bộ Chính trị', '2020-06-02')).toMatchObject({ code: '99-CT/TW', issuer: 'TW', issuingBody: 'Bộ Chính trị', verified: false });
    // The text says "Ban Chấp hành Trung ương"; the registry knows the Politburo issued it.
    expect(one('bảo đảm đúng tinh thần Chỉ thị 35 của Ban Chấp hành Trung ương', '2019-11-20')).toMatchObject({ issuingBody: 'Bộ Chính trị' });
  });

  it('drops a Thông tư whose ministry nobody names, rather than invent an issuer', () => {
    expect(resolve('Thông tư 15 quy định chi tiết', '2020-01-01')).toEqual([]);
    expect(one('Thông tư 15 của Bộ Nội vụ', '2020-01-01')).toMatchObject({ issuer: 'BNV', code: '15/TT-BNV' });
  });

  it('does not repeat one citation', () => {
    const blocks = [...para('Chỉ thị 35 của Bộ Chính trị.', 3), ...para('Chỉ thị 35 của Bộ Chính trị.', 3)];
    expect(resolveDirectives(findCitations(blocks), REGISTRY, '2020-01-01')[0]!.citations).toHaveLength(1);
  });
});

describe('determinism', () => {
  const text =
    'Quán triệt Chỉ thị 35, Chỉ thị 45 của Bộ Chính trị, Kết luận 75 của BCH TW, Nghị quyết Trung ương 4 khóa XI, khóa XII, ' +
    'Quy định 205-QĐ/TW, Nghị quyết Đại hội XIII, Nghị quyết Trung ương 7 khóa XII, Kế hoạch số 154 của Tỉnh ủy Tây Ninh.';

  it('gives identical output on re-run', () => {
    expect(JSON.stringify(resolve(text, '2020-07-01'))).toBe(JSON.stringify(resolve(text, '2020-07-01')));
  });

  it('does not depend on the order of the registry', () => {
    const reversed = [...REGISTRY].reverse();
    expect(JSON.stringify(resolve(text, '2020-07-01', reversed))).toBe(JSON.stringify(resolve(text, '2020-07-01')));
  });

  it('keeps ids stable whether or not the registry knows the document', () => {
    const known = resolve(text, '2020-07-01').map((d) => d.id);
    const unknown = resolve(text, '2020-07-01', EMPTY).map((d) => d.id);
    // Plenum names become numbers once the registry resolves them; every numbered id stays.
    const numbered = known.filter((id) => !id.startsWith('nghi-quyet-4-') && !id.startsWith('nghi-quyet-12-'));
    for (const id of numbered) expect(unknown).toContain(id);
  });
});
