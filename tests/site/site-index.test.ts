/** The indexes the pages are built from, on the fixtures and on synthetic archives. */
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/lib/schema.ts';
import { assignSlugs, buildSiteIndex, latest, neighbours } from '../../src/lib/site/site-index.ts';
import { article, loadEntries } from './helpers.ts';

const site = buildSiteIndex(loadEntries());
const titles = (xs: { data: { title: string } }[]) => xs.map((a) => a.data.title);

describe('articles', () => {
  it('are in date order, oldest first, with their position', () => {
    const dates = site.articles.map((a) => a.data.date);
    expect(dates).toEqual([...dates].sort());
    site.articles.forEach((a, i) => expect(a.index).toBe(i));
    expect(site.articles[0]!.data.date).toBe('2019-06-03');
  });

  it('have ASCII slugs, unique, found by slug and by id', () => {
    for (const a of site.articles) {
      expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(site.bySlug.get(a.slug)).toBe(a);
      expect(site.byId.get(a.id)).toBe(a);
    }
  });

  it('link to the previous and next article by date', () => {
    const a = site.bySlug.get('000-ket-qua-cong-tac-tuan-22-28-6-2020')!;
    const { prev, next } = neighbours(site, a);
    expect(prev?.data.date).toBe('2020-06-02');
    expect(next?.data.date).toBe('2020-07-01');
    expect(neighbours(site, site.articles[0]!).prev).toBeUndefined();
    expect(neighbours(site, site.articles.at(-1)!).next).toBeUndefined();
  });

  it('lists the newest first on the home page', () => {
    expect(latest(site, 2).map((a) => a.data.date)).toEqual(['2024-07-20', '2023-12-28']);
  });

  it('list chairs before other officials, each person once', () => {
    const a = site.bySlug.get('001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022')!;
    expect(a.people.map((p) => [p.name, p.chair?.role ?? null])).toEqual([
      ['Trương Thị Mai', 'chủ trì'],
      ['Mai Văn Chính', 'chủ trì'],
      ['Đỗ Căn', null],
    ]);
  });
});

describe('slugs from collection ids', () => {
  it('are ASCII and made unique', () => {
    const slugs = assignSlugs(['Đảng ủy', 'dang-uy', 'năm/2020/bài']);
    expect([...slugs.values()].sort()).toEqual(['dang-uy', 'dang-uy-2', 'nam-2020-bai']);
  });
});

describe('directives', () => {
  const kl75 = site.directiveById.get('ket-luan-75-kl-tw-xii')!;

  it('list every citing article in date order with its sentences', () => {
    expect(kl75.citing.map((c) => c.article.data.date)).toEqual(['2020-06-29', '2020-07-01']);
    expect(kl75.citing[1]!.sentences).toHaveLength(1);
    expect(kl75.citing[1]!.sentences[0]).toContain('Kết luận 75 của BCH TW');
    expect(kl75.citationCount).toBe(kl75.citing.reduce((n, c) => n + c.sentences.length, 0));
  });

  it('are ordered by number of citing articles', () => {
    const counts = site.directives.map((d) => d.citing.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(site.directives[0]!.id).toBe('chi-thi-35-ct-tw-xii');
  });

  it('know the documents cited beside them, most often first', () => {
    const ct35 = site.directiveById.get('chi-thi-35-ct-tw-xii')!;
    expect(ct35.coCited.slice(0, 3).map((c) => [c.directive.id, c.count])).toEqual([
      ['chi-thi-45-ct-tw-xii', 2],
      ['ket-luan-75-kl-tw-xii', 2],
      ['quy-dinh-205-qd-tw-xii', 2],
    ]);
    expect(ct35.coCited.some((c) => c.directive === ct35)).toBe(false);
  });

  it('link namesakes both ways: 35-CT/TW of terms XII and XIII', () => {
    const xii = site.directiveById.get('chi-thi-35-ct-tw-xii')!;
    const xiii = site.directiveById.get('chi-thi-35-ct-tw-xiii')!;
    expect(xii.namesakes).toEqual([xiii]);
    expect(xiii.namesakes).toEqual([xii]);
    expect(kl75.namesakes).toEqual([]);
    expect(xiii.citing.map((c) => c.article.data.date)).toEqual(['2024-07-20']);
  });

  it('keep the facts of a verified citation over an unverified one', () => {
    const base: Directive = {
      id: 'quy-dinh-1-qd-tw', code: '1-QĐ/TW', kind: 'Quy định', number: '1', issuer: 'TW', termSource: 'article-date', verified: false,
      citations: [{ sentence: 'Quy định 1.', form: 'Quy định 1', line: 1, at: [[0, 0, 10]] }],
    };
    const s = buildSiteIndex([
      { id: 'a', data: article({ date: '2020-01-01', directives: [{ ...base, subject: 'đoán' }] }) },
      { id: 'b', data: article({ date: '2021-01-01', directives: [{ ...base, verified: true, termSource: 'registry', term: 'XII', subject: 'đúng' }] }) },
    ]);
    const d = s.directiveById.get('quy-dinh-1-qd-tw')!;
    expect([d.verified, d.subject, d.term, d.termSource]).toEqual([true, 'đúng', 'XII', 'registry']);
  });
});

describe('officials', () => {
  it('are sorted by given name as Vietnamese readers expect', () => {
    expect(site.officials.map((o) => o.name)).toEqual([
      'Nguyễn Thanh Bình',
      'Đỗ Căn',
      'Mai Văn Chính',
      'Phạm Minh Chính',
      'Hồ Phúc Hợp',
      'Trương Thị Mai',
      'Lê Vĩnh Tân',
      'Trần Quốc Trung',
      'Trần Văn Túy',
    ]);
  });

  it('hold titles over time, each with the articles that state it', () => {
    const mvc = site.officialBySlug.get('mai-van-chinh')!;
    const spans = mvc.titles.map((t) => [t.title, t.first.data.date, t.last.data.date, t.count]);
    expect(spans).toEqual([
      ['Ủy viên Trung ương Đảng', '2020-06-29', '2022-01-12', 2],
      ['Phó Trưởng Ban Tổ chức Trung ương', '2020-06-29', '2020-06-29', 1],
      ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương', '2022-01-12', '2022-01-12', 1],
    ]);
    expect(mvc.latestTitles).toEqual(['Ủy viên Trung ương Đảng', 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương']);
  });

  it('know the events they chaired, with role and bridge, and every article', () => {
    const pmc = site.officialBySlug.get('pham-minh-chinh')!;
    expect(pmc.chaired.map((c) => [c.article.data.date, c.role])).toEqual([
      ['2020-06-02', 'chủ trì'],
      ['2020-07-01', 'đồng chủ trì'],
    ]);
    const hph = site.officialBySlug.get('ho-phuc-hop')!;
    expect(hph.chaired[0]).toMatchObject({ role: 'chủ trì điểm cầu', bridge: 'Nghệ An' });
    const doCan = site.officialBySlug.get('do-can')!;
    expect([doCan.chaired.length, titles(doCan.articles)]).toEqual([0, ['Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương']]);
  });

  it('know who they appear with most', () => {
    const pmc = site.officialBySlug.get('pham-minh-chinh')!;
    expect(pmc.coAppearing.map((c) => c.official.slug)).toContain('tran-van-tuy');
    expect(pmc.coAppearing.every((c) => c.count === 1 && c.official !== pmc)).toBe(true);
    const mvc = site.officialBySlug.get('mai-van-chinh')!;
    expect(mvc.coAppearing.map((c) => c.official.name)).toEqual(['Đỗ Căn', 'Trương Thị Mai']);
  });
});

describe('archive', () => {
  it('groups articles by year (newest first) and month (oldest first)', () => {
    expect(site.years.map((y) => [y.year, y.articles.length])).toEqual([[2024, 1], [2023, 1], [2022, 1], [2020, 3], [2019, 1]]);
    const y2020 = site.years.find((y) => y.year === 2020)!;
    expect(y2020.months.map((m) => [m.month, m.articles.length])).toEqual([[6, 2], [7, 1]]);
  });
});

describe('a large archive', () => {
  it('builds one record per document and per person, however many citations', () => {
    const cite = (n: number): Directive => ({
      id: `chi-thi-${n}-ct-tw-xiii`, code: `${n}-CT/TW`, kind: 'Chỉ thị', number: String(n), issuer: 'TW', term: 'XIII',
      termSource: 'registry', verified: true, citations: [{ sentence: `Chỉ thị ${n}.`, form: `Chỉ thị ${n}`, line: 3, at: [[0, 0, 8]] }],
    });
    const person = (n: number) => ({ name: `Nguyễn Văn Số${n}`, slug: `nguyen-van-so${n}`, titles: [`Chức ${n % 3}`], verified: false, at: [] });
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      id: `bai-${i}`,
      data: article({
        date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        directives: [cite(35), cite(i % 50)],
        officials: [person(i % 40), person((i + 1) % 40)],
      }),
    }));
    const big = buildSiteIndex(entries);
    expect(big.articles).toHaveLength(3000);
    expect(big.directiveById.get('chi-thi-35-ct-tw-xiii')!.citing).toHaveLength(3000);
    expect(big.directives).toHaveLength(50);
    expect(big.officials).toHaveLength(40);
    expect(big.officialBySlug.get('nguyen-van-so1')!.titles.length).toBeLessThanOrEqual(3);
  });
});

describe('titles', () => {
  it('are one title whether written with an abbreviation or spelled out', async () => {
    const { titleKey } = await import('../../src/lib/site/site-index.ts');
    expect(titleKey('Bí thư TW Đảng')).toBe(titleKey('Bí thư Trung ương Đảng'));
    expect(titleKey('Ủy viên BTV Tỉnh ủy')).toBe(titleKey('Uỷ viên Ban Thường vụ Tỉnh uỷ'));
    expect(titleKey('Bí thư Tỉnh ủy')).not.toBe(titleKey('Phó Bí thư Tỉnh ủy'));
    const p = (titles: string[]) => ({ name: 'Phạm Minh Chính', slug: 'pham-minh-chinh', titles, verified: true, at: [] });
    const s = buildSiteIndex([
      { id: 'a', data: article({ date: '2020-06-02', officials: [p(['Bí thư Trung ương Đảng'])] }) },
      { id: 'b', data: article({ date: '2020-07-01', officials: [p(['Bí thư TW Đảng'])] }) },
    ]);
    expect(s.officialBySlug.get('pham-minh-chinh')!.titles.map((t) => [t.title, t.count])).toEqual([['Bí thư Trung ương Đảng', 2]]);
  });
});
