/**
 * The regression scorer on small cases shaped like the corpus: a Báo Bắc Ninh
 * story with a view-counter date line, a Tỉnh ủy Gia Lai page without a
 * headline, a Thanh Niên page the ingest would wrongly head with its date line.
 */
import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  baselineOf,
  regressionLabelSchema,
  regressionsAgainst,
  scoreArticle,
  setOfArticle,
  titleKey,
  type ArticleRun,
  type IngestOutput,
  type RegressionLabel,
} from '../../src/lib/quality/regression.ts';

const bacNinh: RegressionLabel = {
  title: 'Triển khai nhiệm vụ Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh khóa XX',
  date: '2019-09-13',
  dateFrom: 'stamp',
  publisher: 'Báo Bắc Ninh',
  chairs: [{ name: 'Nguyễn Hữu Quất', role: 'chủ trì' }],
  officials: ['Nguyễn Hữu Quất', 'Đào Hồng Lan', 'Nguyễn Tiến Nhường'],
  directives: [],
};

const gialai: RegressionLabel = {
  title: null,
  date: '2017-12-01',
  dateFrom: 'text: nhiệm vụ công tác năm 2017',
  publisher: 'Tỉnh ủy Gia Lai',
  chairs: [
    { name: 'Dương Văn Trang', role: 'chủ trì' },
    { name: 'Hồ Văn Niên', role: 'chủ trì' },
  ],
  officials: ['Dương Văn Trang', 'Hồ Văn Niên'],
  directives: ['chi-thi-35-ct-tw-khoa-xii'],
};

const output = (o: Partial<IngestOutput>): IngestOutput => ({
  title: bacNinh.title!,
  date: '2019-09-13',
  publisher: 'Báo Bắc Ninh',
  chairs: [{ name: 'Nguyễn Hữu Quất', role: 'chủ trì' }],
  officials: [{ name: 'Nguyễn Hữu Quất' }, { name: 'Đào Hồng Lan' }, { name: 'Nguyễn Tiến Nhường' }],
  directives: [],
  ...o,
});

const run = (r: Partial<ArticleRun> & Pick<ArticleRun, 'label' | 'asPasted'>): ArticleRun => ({
  article: '016-bacninh',
  set: 'development',
  frontTitle: false,
  ...r,
});

describe('scoreArticle', () => {
  it('takes a title that differs only in spaces and tone placement, and names in old tone placement', () => {
    const s = scoreArticle(run({
      label: bacNinh,
      asPasted: {
        ok: true,
        data: output({
          title: 'Triển khai nhiệm vụ  Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh khoá XX',
          officials: [{ name: 'Nguyễn Hữu Quất' }, { name: 'ĐÀO HỒNG LAN' }, { name: 'Nguyễn Tiến Nhường' }],
        }),
      },
    }));
    expect(s.right).toEqual({ produced: true, title: true, date: true, publisher: true, chairs: true, officials: true, directives: true });
    expect(s.misses).toEqual([]);
  });

  it('counts a date one day off, a missed official and a chair with the wrong role', () => {
    const s = scoreArticle(run({
      label: bacNinh,
      asPasted: {
        ok: true,
        data: output({
          date: '2019-09-12',
          chairs: [{ name: 'Nguyễn Hữu Quất', role: 'đồng chủ trì' }],
          officials: [{ name: 'Nguyễn Hữu Quất' }, { name: 'Đào Hồng Lan' }],
        }),
      },
    }));
    expect(s.right.date).toBe(false);
    expect(s.items.chairs).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.items.officials).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(s.misses.map((m) => m.field)).toEqual(['date', 'chairs', 'officials']);
    expect(s.misses[0]).toMatchObject({ expected: '2019-09-13 (stamp)', got: '2019-09-12' });
  });

  it('a refused headline-less page: produced and title right, date not scored, people from the assisted run', () => {
    const s = scoreArticle(run({
      article: '017-gialai',
      label: gialai,
      asPasted: { ok: false, reason: 'line 4: no headline found among the first lines' },
      assisted: {
        ok: true,
        data: output({
          title: 'Bài không có tiêu đề',
          date: '2017-12-01',
          publisher: 'Tỉnh ủy Gia Lai',
          chairs: [{ name: 'Dương Văn Trang', role: 'chủ trì' }],
          officials: [{ name: 'Dương Văn Trang' }, { name: 'Hồ Văn Niên' }],
          directives: [{ id: 'chi-thi-35-ct-tw-khoa-xiii' }],
        }),
      },
    }));
    expect(s.right).toEqual({ produced: true, title: true, publisher: true, chairs: false, officials: true, directives: false });
    expect(s.items.chairs).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.items.directives).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('a headline-less page the ingest heads with its date line is wrong on produced and title', () => {
    const s = scoreArticle(run({
      label: gialai,
      asPasted: { ok: true, data: output({ title: 'Sáng ngày 01/12', date: '2017-12-01', publisher: 'Tỉnh ủy Gia Lai' }) },
    }));
    expect(s.right.produced).toBe(false);
    expect(s.right.title).toBe(false);
    expect(s.right.date).toBeUndefined();
  });

  it('a page nothing dates: a refusal is right, and its documents are not scored', () => {
    const undated: RegressionLabel = { ...gialai, date: null, dateFrom: null };
    const s = scoreArticle(run({ label: undated, asPasted: { ok: false, reason: 'no year for "Sáng ngày 19/3"' } }));
    expect(s.right).toEqual({ title: true, publisher: false, chairs: false, officials: false });
    expect(s.items.directives).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.items.officials).toEqual({ tp: 0, fp: 0, fn: 2 });
  });
});

describe('accuracyOf and the baseline', () => {
  const good = scoreArticle(run({ label: bacNinh, asPasted: { ok: true, data: output({}) } }));
  const refused = scoreArticle(run({ article: '116-bacninh', set: 'heldOut', label: bacNinh, asPasted: { ok: false, reason: 'no year for "Sáng 13-9"' } }));
  const labels = new Map([['016-bacninh', bacNinh], ['116-bacninh', bacNinh]]);

  it('sums per set, with rates and P/R/F1 rounded to 3 decimals', () => {
    const acc = accuracyOf('tests/regression', [good, refused], labels);
    expect(acc.sets.all.articles).toBe(2);
    expect(acc.sets.all.withYear).toBe(2);
    expect(acc.sets.all.produced).toEqual({ right: 1, of: 2, rate: 0.5 });
    expect(acc.sets.development.date).toEqual({ right: 1, of: 1, rate: 1 });
    expect(acc.sets.heldOut.date).toEqual({ right: 0, of: 1, rate: 0 });
    expect(acc.sets.all.officials).toEqual({ tp: 3, fp: 0, fn: 3, precision: 1, recall: 0.5, f1: 0.667 });
  });

  it('finds a field that was right in the baseline and is wrong now', () => {
    const baseline = baselineOf([good]);
    expect(regressionsAgainst(baseline, [good])).toEqual([]);
    const worse = scoreArticle(run({ label: bacNinh, asPasted: { ok: true, data: output({ publisher: 'baobacninh.com.vn' }) } }));
    const found = regressionsAgainst(baseline, [worse]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ article: '016-bacninh', field: 'publisher', miss: { expected: 'Báo Bắc Ninh', got: 'baobacninh.com.vn' } });
    expect(regressionsAgainst(baseline, [])).toHaveLength(7);
  });

  it('does not count a field wrong in the baseline that is still wrong', () => {
    expect(regressionsAgainst(baselineOf([refused]), [refused])).toEqual([]);
  });
});

describe('labels', () => {
  it('refuses a year source without a date, and an id that is not one', () => {
    expect(regressionLabelSchema.safeParse({ ...bacNinh, date: null }).success).toBe(false);
    expect(regressionLabelSchema.safeParse({ ...bacNinh, directives: ['Chỉ thị 35-CT/TW'] }).success).toBe(false);
    expect(regressionLabelSchema.safeParse(bacNinh).success).toBe(true);
  });

  it('titleKey folds spacing and tone placement but keeps case', () => {
    expect(titleKey(' Hoà  giải ')).toBe(titleKey('Hòa giải'));
    expect(titleKey('HÒA GIẢI')).not.toBe(titleKey('Hòa giải'));
  });
});

describe('sets', () => {
  it('puts 0xx to 7xx in development and 8xx in the held-out set', () => {
    expect(setOfArticle('016-bacninh-tieu-ban')).toBe('development');
    expect(setOfArticle('116-thainguyentv-kiem-tra')).toBe('development');
    expect(setOfArticle('201-kinhtedothi-so-ket')).toBe('development');
    expect(setOfArticle('301-vinhlong-6-thang')).toBe('development');
    expect(setOfArticle('401-binhdinh-dcs')).toBe('development');
    expect(setOfArticle('501-bariavungtau-giao-ban')).toBe('development');
    expect(setOfArticle('601-baothanhhoa-bch')).toBe('development');
    expect(setOfArticle('701-nhandan-thqg-tong-ket')).toBe('development');
    expect(setOfArticle('801-anhp-tong-ket')).toBe('heldOut');
    expect(setOfArticle('901-next-batch')).toBeNull();
    expect(setOfArticle('20-short')).toBeNull();
  });
});
