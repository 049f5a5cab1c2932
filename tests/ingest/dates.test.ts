import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLines as classifyWith } from '../../src/lib/ingest/classify.ts';
import { dateFromUrl, extractDates as extract, inferYear, parseEventDate } from '../../src/lib/ingest/dates.ts';
import { readLine } from '../../src/lib/ingest/stamp.ts';
import { IngestError, type ClassifiedLine, type LineKind } from '../../src/lib/ingest/types.ts';
import { CORPUS, SEEDS, loadSource, loadText } from '../fixtures/classify/load.ts';
import { PUBLISHERS } from '../fixtures/publishers.ts';

/** The classify stage with the test outlet list. */
const classifyLines = (lines: Parameters<typeof classifyWith>[0], opts: { knownTitle?: string } = {}) => classifyWith(lines, { ...opts, publishers: PUBLISHERS });

/** Lines with kinds given by hand, so a date test does not depend on the classifier. */
function given(...rows: [LineKind, string][]): ClassifiedLine[] {
  return rows.map(([kind, text], i) => ({ n: i + 1, text, kind, reason: 'test', read: readLine(text, PUBLISHERS) }));
}

/** URLs of the URL-and-lead cases: a /YYYYMM/ folder, and an article id with its timestamp. */
const FOLDER = 'https://baothanhhoa.vn/channel/1234/201903/hoi-nghi-can-bo-555/';
const ARTICLE_ID = 'https://tuoitre.vn/hoi-nghi-can-bo-20230913181530123.htm';
type DateInfoLike = { date: string; dateSource: string; eventDate?: string };

/** The dates alone; the warnings are tested apart. */
function extractDates(...args: Parameters<typeof extract>) {
  return extract(...args).dates;
}

/** An event paragraph as the classify stage hands it on: without its outlet prefix. */
function eventIn(text: string) {
  const read = readLine(text, PUBLISHERS);
  return parseEventDate(read.prefix?.rest ?? text);
}

describe('parseEventDate: when the meeting happened', () => {
  const cases: [string, { day: number; month: number; year?: number } | null][] = [
    ['Sáng 28/12, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị', { day: 28, month: 12 }], // seed 003
    ['(CT)- Chiều ngày 1-6-2020, Ban Tổ chức Trung ương tổ chức', { day: 1, month: 6, year: 2020 }], // seed 002
    ['Sáng nay (1/7), Ban Tổ chức TW, Bộ nội vụ', { day: 1, month: 7 }], // seed 004
    ['Hướng tới kỷ niệm Ngày thành lập ngành Tổ chức xây dựng Đảng (14-10), hôm nay (13-10), tại hội trường Tỉnh ủy, Ban Tổ chức Tỉnh ủy tổ chức lễ kỷ niệm', { day: 13, month: 10 }],
    ['Sáng 12-1 tại Hà Nội, Ban Tổ chức Trung ương', { day: 12, month: 1 }], // seed 001
    ['Ngày 22-1, Ủy ban Kiểm tra (UBKT) Tỉnh ủy tổ chức', { day: 22, month: 1 }], // corpus 01
    ['Chiều 7.8, theo thông báo của Ủy ban Kiểm tra', { day: 7, month: 8 }], // corpus 03
    ['BHG - Tiếp tục chương trình làm việc, chiều 16 và sáng 17.10, Đại hội', { day: 16, month: 10 }], // corpus 06
    ['Sáng 15.11, Tỉnh ủy Thái Nguyên tổ chức', { day: 15, month: 11 }], // corpus 08
    ['Ngày 22/2, Tỉnh ủy Bắc Ninh đã họp', { day: 22, month: 2 }], // corpus 09
    ['BTNO - Ngày 19.11, Huyện ủy Trảng Bàng tổ chức', { day: 19, month: 11 }], // corpus 11
    ['Sáng ngày 19/3, tại trụ sở Tỉnh ủy', { day: 19, month: 3 }], // corpus 15
    ['1. Buổi sáng ngày 13-10-2020', { day: 13, month: 10, year: 2020 }], // corpus 05
    ['Đồng chí Mai Văn Chính đồng chủ trì phát biểu tại cuộc họp giao ban chiều 29-6-2020.', { day: 29, month: 6, year: 2020 }], // seed 000 caption
    ['Tối 5-2, ông Nguyễn Văn A tiếp đoàn', { day: 5, month: 2 }],
    ['Trưa 3/9, đoàn công tác đến', { day: 3, month: 9 }],
    ['Chiều nay (30/6), Hội nghị bế mạc', { day: 30, month: 6 }],
    ['Hôm nay (1/7), Hội nghị khai mạc', { day: 1, month: 7 }],
    ['Ngày mai (29/6), Đại hội đại biểu Đảng bộ huyện chính thức được khai mạc.', { day: 29, month: 6 }], // a preview: the event it announces
    ['Từ ngày 1-3/10, Đại hội diễn ra', { day: 1, month: 10 }],
    ['Ngày 16 và 17/10, Hội nghị Trung ương', { day: 16, month: 10 }],
    ['Sáng ngày 12 tháng 1 năm 2022, tại Hà Nội', { day: 12, month: 1, year: 2022 }],
    ['Hội nghị diễn ra sáng 30.7. Sáng 31.7, đoàn về', { day: 30, month: 7 }],
    // A sentence after the first may open with the date.
    ['Hội nghị tổng kết năm. Ngày 4/10, Huyện ủy tổ chức', { day: 4, month: 10 }],
    // The main clause after an introductory one ("Thực hiện …, ") opens with the date.
    ['Thực hiện Kế hoạch số 45-KH/TU ngày 12-3-2021 của Ban Thường vụ Tỉnh ủy, từ ngày 5 đến ngày 9-4, các đoàn kiểm tra làm việc', { day: 5, month: 4 }],
    ['Thực hiện Chương trình công tác năm 2023, ngày 14/7 Ban Thường vụ Huyện ủy tổ chức hội nghị', { day: 14, month: 7 }],
    ['Triển khai Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị, ngày 2/8, Huyện ủy tổ chức hội nghị', { day: 2, month: 8 }],
    // Not an event date: a reporting period, a cited document, an earlier aside mid-sentence.
    ['là kết quả nổi bật trong tuần từ ngày 22 đến ngày 28-6-2020 được báo cáo', null],
    ['Trích Kết luận 75-KL/TW, ngày 30-5-2020 về Phương hướng', null],
    ['trao Quyết định số 19-QĐNS/TW ngày 21/2/2011 về việc', null],
    ['Trước đó, ngày 14.11, Tỉnh ủy Bắc Ninh', null],
    ['Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp', null],
    ['Hội nghị đánh giá kết quả thực hiện Nghị quyết, từ ngày 1 đến ngày 5-6, các đoàn làm việc', null],
    ['Đại hội diễn ra từ ngày 1-3/10 với 500 đại biểu', null],
    ['Sáng 32/1, sai ngày', null],
  ];
  it.each(cases)('%s', (text, want) => {
    const got = eventIn(text);
    if (want === null) expect(got).toBeNull();
    else expect({ day: got?.day, month: got?.month, year: got?.year }).toEqual({ year: undefined, ...want });
  });
});

describe('inferYear: year-less event dates are on or shortly before publication', () => {
  it.each([
    [28, 12, '2023-12-28', '2023-12-28'],
    [28, 12, '2024-01-03', '2023-12-28'], // December event published in January
    [30, 12, '2024-01-02', '2023-12-30'],
    [2, 1, '2023-12-30', '2024-01-02'], // announced a few days ahead, across New Year
    [22, 2, '2020-08-30', '2020-02-22'], // far in the past beats nearer in the future
    [29, 2, '2024-03-05', '2024-02-29'],
    [29, 2, '2023-03-05', '2024-02-29'], // no 29 Feb in 2023 or 2022
  ])('%i/%i against %s → %s', (d, m, ref, want) => {
    expect(inferYear(d, m, ref)).toBe(want);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://baodaklak.vn/channel/3482/201801/tang-cuong-giam-sat-5567248/', { year: 2018, month: 1 }],
    ['https://baokhanhhoa.vn/chinh-tri/202209/uy-ban-kiem-tra-8263663', { year: 2022, month: 9 }],
    ['https://baothainguyen.vn/thoi-su-trong-tinh/201901/gap-mat-3679CA9', { year: 2019, month: 1 }],
    ['https://baohagiang.vn/media-bhg/202010/dai-hoi-766676/', { year: 2020, month: 10 }],
    ['https://example.vn/2022/01/tin-tuc.html', { year: 2022, month: 1 }],
    ['https://example.vn/2022/01/12/tin-tuc/', { year: 2022, month: 1, day: 12 }],
    ['https://dangbo.truong.edu.vn/tin-tuc/2023-04-07/hoi-nghi-chi-bo-dt512.html', { year: 2023, month: 4, day: 7 }],
    // SharePoint portals print the date folder without zero padding.
    ['https://huyen.tinh.gov.vn/portal/Pages/2021-6-5/Hoi-nghi-Ban-Chap-hanh-Dang-bo-huyenab12cd.aspx', { year: 2021, month: 6, day: 5 }],
    ['https://xa.tinh.gov.vn/portal/Pages/2019-11-20/So-ket-cong-tac-xay-dung-Dang.aspx', { year: 2019, month: 11, day: 20 }],
    ['https://thanhnien.vn/ong-vuong-quoc-tuan-lam-pho-bi-thu-tinh-uy-thai-nguyen-185251115134436741.htm', { year: 2025, month: 11, day: 15 }],
    ['https://tuoitre.vn/hoi-nghi-trung-uong-20240101123456789.htm', { year: 2024, month: 1, day: 1 }],
    ['https://dantri.com.vn/xa-hoi/hoi-nghi-20231228153031234.htm', { year: 2023, month: 12, day: 28 }],
    ['https://baochinhphu.vn/hoi-nghi-102231228153031234.htm', { year: 2023, month: 12, day: 28 }],
  ])('%s', (url, want) => {
    expect(dateFromUrl(url)).toMatchObject(want);
  });
  it.each([
    'https://thanhnien.vn/thoi-su/ong-tat-thanh-cang-bi-phe-binh-1262532.html', // old Thanh Niên ids carry no date
    'https://www.baomoi.com/bac-ninh-co-bi-thu-tinh-uy-moi/c/5746609.epi',
    'https://baoninhthuan.com.vn/news/130214p24c32/tinh-uy-hoi-nghi.htm',
    'https://example.vn/201913/not-a-month/',
    'https://example.vn/tin-tuc/2023-13-07/not-a-month/',
    'https://example.vn/portal/Pages/2021-2-30/not-a-day.aspx',
    'https://vnexpress.net/hoi-nghi-4567890.html',
    'not a url',
  ])('no date in %s', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});

describe('extractDates', () => {
  it('front date wins; a front date-time also gives published', () => {
    const lines = given(['date', '02/06/2020 - 06:17'], ['body', 'Chiều ngày 1-6-2020, Ban Tổ chức Trung ương tổ chức hội nghị.']);
    expect(extractDates(lines, { date: '2020-06-03' })).toEqual({ date: '2020-06-03', dateSource: 'front', eventDate: '2020-06-01' });
    expect(extractDates(lines, { date: '2020-06-02T06:17:00+07:00' })).toEqual({
      date: '2020-06-02',
      dateSource: 'front',
      published: '2020-06-02T06:17:00+07:00',
      eventDate: '2020-06-01',
    });
    // Same day as the date line: the line's time is kept.
    expect(extractDates(lines, { date: '2020-06-02' }).published).toBe('2020-06-02T06:17:00+07:00');
  });

  it('front date gives the year of a year-less event', () => {
    const lines = given(['body', 'Sáng 28/12, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị.']);
    expect(extractDates(lines, { date: '2024-01-03' })).toEqual({ date: '2024-01-03', dateSource: 'front', eventDate: '2023-12-28' });
  });

  it('the publication line wins over an update stamp', () => {
    const lines = given(['date', 'Cập nhật lúc 09:00, 13/01/2022'], ['date', '18:31 12/1/2022'], ['body', 'Sáng 12-1, hội nghị diễn ra.']);
    expect(extractDates(lines, {})).toEqual({ date: '2022-01-12', dateSource: 'published', published: '2022-01-12T18:31:00+07:00', eventDate: '2022-01-12' });
  });

  it('a date line with a year wins over a year-less one', () => {
    const lines = given(['date', '15:34 12/10'], ['date', 'Thứ Ba, 12/10/2021 - 15:34'], ['body', 'Sáng 12-10, hội nghị diễn ra.']);
    expect(extractDates(lines, {})).toEqual({ date: '2021-10-12', dateSource: 'published', published: '2021-10-12T15:34:00+07:00', eventDate: '2021-10-12' });
  });

  it('a date line without a time gives no published', () => {
    const lines = given(['date', 'Ngày 12 tháng 1 năm 2022'], ['body', 'Sáng 12-1, hội nghị diễn ra.']);
    expect(extractDates(lines, {})).toEqual({ date: '2022-01-12', dateSource: 'published', eventDate: '2022-01-12' });
  });

  it('with no date line, an event date with a year is the date', () => {
    const lines = given(['body', 'Chiều ngày 1-6-2020, Ban Tổ chức Trung ương tổ chức hội nghị.']);
    expect(extractDates(lines, {})).toEqual({ date: '2020-06-01', dateSource: 'event', eventDate: '2020-06-01' });
  });

  it('a /YYYYMM/ URL gives the year of a year-less event, December events in a January folder too', () => {
    const url = 'https://baokhanhhoa.vn/chinh-tri/202401/hoi-nghi-8263663';
    expect(extractDates(given(['body', 'Sáng 28-12, Tỉnh ủy tổ chức hội nghị.']), { url })).toEqual({
      date: '2023-12-28',
      dateSource: 'url',
      eventDate: '2023-12-28',
    });
    expect(extractDates(given(['body', 'Sáng 5-1, Tỉnh ủy tổ chức hội nghị.']), { url })).toEqual({
      date: '2024-01-05',
      dateSource: 'url',
      eventDate: '2024-01-05',
    });
  });

  // [what, URL, opening paragraph, dates or null for a refusal]
  const urlAndLead: [string, string, string, DateInfoLike | null][] = [
    // A /YYYYMM/ URL takes a year-less "ngày D-M" of its own month anywhere in the opening paragraphs.
    ['a day of the folder month mid-sentence', FOLDER, 'Hội nghị cán bộ toàn tỉnh do Ban Thường vụ Tỉnh ủy triệu tập diễn ra tại Hội trường 25B ngày 14-3.', { date: '2019-03-14', dateSource: 'url', eventDate: '2019-03-14' }],
    ['a range in the folder month, dated by its close', FOLDER, 'Hội nghị làm việc trong 2 ngày, từ 14 đến 15-3, tại thành phố Thanh Hóa.', { date: '2019-03-15', dateSource: 'url', eventDate: '2019-03-14' }],
    ['a day of another month', FOLDER, 'Hội nghị quán triệt Chỉ thị ngày 14-2 của Ban Thường vụ.', null],
    ['a date with its year (a cited document)', FOLDER, 'Thực hiện Kết luận ngày 14-3-2019 của Tỉnh ủy, các cấp đã làm nhiều việc.', null],
    // An article id stamped one to three days before the meeting the story reports gives way to the meeting day.
    ['a meeting the day after the id', ARTICLE_ID, 'Sáng 14/9, Thành ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.', { date: '2023-09-14', dateSource: 'url', eventDate: '2023-09-14' }],
    ['a meeting the day before the id', ARTICLE_ID, 'Sáng 12/9, Thành ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.', { date: '2023-09-13', dateSource: 'url', eventDate: '2023-09-12' }],
    ['a meeting a week after the id', ARTICLE_ID, 'Sáng 20/9, Thành ủy sẽ tổ chức hội nghị công bố quyết định về công tác cán bộ.', { date: '2023-09-13', dateSource: 'url', eventDate: '2023-09-20' }],
  ];
  it.each(urlAndLead)('URL and lead: %s', (_what, url, lead, want) => {
    const lines = given(['body', lead]);
    if (want) expect(extractDates(lines, { url })).toEqual(want);
    else expect(() => extractDates(lines, { url })).toThrow(IngestError);
  });

  it('a URL with a whole date is the publication date', () => {
    const url = 'https://thanhnien.vn/ong-vuong-quoc-tuan-185251115134436741.htm';
    expect(extractDates(given(['body', 'Trong năm, Tỉnh ủy đã làm nhiều việc.']), { url })).toEqual({ date: '2025-11-15', dateSource: 'url' });
  });

  it('refuses when no year can be established, naming the line and asking for date:', () => {
    const lines = given(['title', 'Hội nghị'], ['body', 'Ngày 4.10, Ban Tổ chức Huyện uỷ Gò Dầu sơ kết công tác.']);
    const err = catchError(() => extractDates(lines, { url: 'https://baotayninh.vn/go-dau-a164300.html' }));
    expect(err).toBeInstanceOf(IngestError);
    expect(err.line).toBe(2);
    expect(err.message).toContain('Ngày 4.10');
    expect(err.hint).toContain('date: YYYY-MM-DD');
  });

  it('refuses a URL that names only the month when the text gives no day', () => {
    const err = catchError(() => extractDates(given(['body', 'Trong năm qua, Tỉnh ủy đã làm nhiều việc.']), { url: 'https://baodaklak.vn/channel/3482/201801/x/' }));
    expect(err.message).toContain('2018-01');
    expect(err.hint).toContain('date: YYYY-MM-DD');
  });

  it('refuses a file with no date at all', () => {
    const err = catchError(() => extractDates(given(['body', 'Một đoạn văn không có ngày tháng.']), {}));
    expect(err.hint).toContain('date: YYYY-MM-DD');
  });

  it('a weekday banner of the day the page was saved is not the date', () => {
    const lines = classifyLines(
      loadText(
        [
          'Thứ Bảy, ngày 21/11/2026',
          'Thời sự - Chính trị',
          'Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương',
          'Sáng 12-1 tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương.',
        ].join('\n'),
      ),
      {},
    );
    expect(lines[0]!.kind).toBe('boilerplate');
    // No other date: the year of "Sáng 12-1" is unknown, so the file is refused, not dated 2026.
    expect(() => extractDates(lines, {})).toThrow(IngestError);
    expect(extractDates(lines, { url: 'https://baodaklak.vn/channel/3482/202201/x-1/' })).toMatchObject({ date: '2022-01-12', dateSource: 'url' });
  });
});

function catchError(f: () => unknown): IngestError {
  try {
    f();
  } catch (e) {
    return e as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('seeds: dates as read from the articles', () => {
  const seeds: [string, { date: string; published: string; eventDate: string }][] = [
    ['000-ket-qua-cong-tac-tuan-22-28-6-2020.txt', { date: '2020-06-29', published: '2020-06-29T17:50:00+07:00', eventDate: '2020-06-29' }],
    ['001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt', { date: '2022-01-12', published: '2022-01-12T18:31:00+07:00', eventDate: '2022-01-12' }],
    ['002-kiem-soat-quyen-luc-cong-tac-can-bo.txt', { date: '2020-06-02', published: '2020-06-02T06:17:00+07:00', eventDate: '2020-06-01' }],
    ['003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt', { date: '2023-12-28', published: '2023-12-28T15:30:31+07:00', eventDate: '2023-12-28' }],
    ['004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt', { date: '2020-07-01', published: '2020-07-01T10:45:00+07:00', eventDate: '2020-07-01' }],
  ];
  it.each(seeds)('%s', (file, want) => {
    const { lines, front } = loadSource(join(SEEDS, file));
    expect(extractDates(classifyLines(lines), front)).toEqual({ ...want, dateSource: 'published' });
  });
});

describe('corpus: dates of 15 more real articles (../shared/corpus, copied to tests/fixtures/corpus)', () => {
  const ok: [string, object][] = [
    ['01-daklak-ubkt-ky-hop-36.txt', { date: '2018-01-22', dateSource: 'published', published: '2018-01-22T17:14:00+07:00', eventDate: '2018-01-22' }],
    ['02-khanhhoa-ubkt-giao-ban-quy-iii.txt', { date: '2022-09-22', dateSource: 'url', eventDate: '2022-09-22' }],
    ['05-daklak-dai-hoi-xvii-phien-tru-bi.txt', { date: '2020-10-13', dateSource: 'published', published: '2020-10-13T18:55:00+07:00', eventDate: '2020-10-13' }],
    ['06-hagiang-dai-hoi-xvii-tiep-tuc.txt', { date: '2020-10-17', dateSource: 'published', published: '2020-10-17T14:34:00+07:00', eventDate: '2020-10-16' }],
    ['08-thainguyen-cong-bo-quyet-dinh-pho-bi-thu.txt', { date: '2025-11-15', dateSource: 'url', eventDate: '2025-11-15' }],
    ['10-thainguyen-ban-to-chuc-tinh-uy-gap-mat.txt', { date: '2019-01-25', dateSource: 'url', eventDate: '2019-01-25' }],
    ['11-trangbang-trien-khai-chi-thi-35.txt', { date: '2019-11-20', dateSource: 'published', published: '2019-11-20T19:03:00+07:00', eventDate: '2019-11-19' }],
  ];
  it.each(ok)('%s', (file, want) => {
    const { lines, front } = loadSource(join(CORPUS, file));
    expect(extractDates(classifyLines(lines), front)).toEqual(want);
  });

  // No date line and a URL without a date, but the text gives the year (labels: tests/ingest/corpus.test.ts).
  const inferred: [string, string, string][] = [
    ['07-nghean-dai-hoi-xx-bi-thu.txt', '2025-10-02', 'Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025-2030'],
    ['09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt', '2011-02-22', 'Quyết định số 19-QĐNS/TW ngày 21/2/2011'],
    ['12-godau-ban-to-chuc-huyen-uy-so-ket.txt', '2023-10-04', 'nhiệm vụ trọng tâm 3 tháng cuối năm 2023'],
    ['13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt', '2024-10-04', 'Chỉ thị số 35-CT/TW, ngày 14/6/2024'],
  ];
  it.each(inferred)('%s: the year is inferred from the text', (file, date, evidence) => {
    const { lines, front } = loadSource(join(CORPUS, file));
    expect(extractDates(classifyLines(lines), front)).toEqual({ date, dateSource: 'inferred', eventDate: date, dateEvidence: evidence });
  });

  // No date line, a year-less event date, a URL without a date and nothing in the text: refused, never guessed.
  const refused: [string, number, string][] = [
    // "thành ủy viên nhiệm kỳ 2015 - 2020": a term named alone gives no year.
    ['03-tphcm-ubkt-thanh-uy-thu-thiem.txt', 4, 'Chiều 7.8'],
    ['04-namcan-ubkt-huyen-uy-2019.txt', 4, 'no publication date'],
    ['14-ninhthuan-tinh-uy-quan-triet-nghi-quyet-quy-dinh-ket-luan.txt', 6, 'Ngày 21-4'],
    ['15-gialai-hoi-nghi-can-bo-chu-chot-quy-dinh-214.txt', 4, 'Sáng ngày 19/3'],
  ];
  it.each(refused)('%s is refused at line %i', (file, line, phrase) => {
    const { lines, front } = loadSource(join(CORPUS, file));
    const err = catchError(() => extractDates(classifyLines(lines), front));
    expect(err).toBeInstanceOf(IngestError);
    expect(err.line).toBe(line);
    expect(err.message).toContain(phrase);
    expect(err.hint).toContain('date: YYYY-MM-DD');
  });

  it('the same files convert once the maintainer adds date:', () => {
    const { lines } = loadSource(join(CORPUS, '09-bacninh-trao-quyet-dinh-bi-thu-tinh-uy.txt'));
    expect(extractDates(classifyLines(lines), { date: '2011-02-22' })).toEqual({ date: '2011-02-22', dateSource: 'front', eventDate: '2011-02-22' });
  });
});

/** A page as pasted, through the classify stage. */
function pageDates(rows: string[], front: { date?: string; url?: string } = {}) {
  return extract(classifyLines(loadText(rows.join('\n'))), front);
}

/** The refusal of a whole page without a front block. */
function pageRefusal(rows: string[]): IngestError {
  return catchError(() => pageDates(rows));
}

describe('year inference: a day and month without a year, from the evidence in the text (issue #9)', () => {
  // [what, page, date, event date]: no date line, the year from what the page says besides the event's sentence.
  const fromTheReport: [string, string[], string, string][] = [
    [
      'a report "up to" a day ("Đến ngày 30-11, …"), its year the one after the year it is compared with',
      [
        'Thanh Sơn kết nạp 150 đảng viên mới',
        'Đến ngày 30-11, Đảng bộ huyện Thanh Sơn kết nạp 150 đảng viên mới, tăng 12 đảng viên so với năm 2019.',
        'Các chi, đảng bộ cơ sở đã làm tốt công tác tạo nguồn, bồi dưỡng quần chúng ưu tú.',
      ],
      '2020-11-30',
      '2020-11-30',
    ],
    [
      '"so với cùng kỳ năm 2021" is the year before the report\'s',
      [
        'Ủy ban Kiểm tra Huyện ủy giao ban quý III',
        'Ngày 5/10, Ủy ban Kiểm tra Huyện ủy giao ban công tác quý III; số đảng viên bị kỷ luật giảm 4 trường hợp so với cùng kỳ năm 2021.',
      ],
      '2022-10-05',
      '2022-10-05',
    ],
    [
      'a month of a year ("tháng 7.2018") in the next paragraph',
      [
        'Huyện ủy giải trình việc ghi sổ họp giao ban',
        'Ngày 5.11, Huyện ủy cho biết một số cán bộ có mặt trong cuộc họp đều phải làm giải trình về vụ việc.',
        'Thông tin ban đầu cho hay, vào khoảng tháng 7.2018, thường trực Huyện ủy đã có một cuộc họp giao ban.',
      ],
      '2018-11-05',
      '2018-11-05',
    ],
    [
      'the one year the rest of the report names, in the next paragraph; a two-day meeting dated by its close',
      [
        'Ban Chấp hành Đảng bộ huyện họp hội nghị lần thứ năm',
        'Trong hai ngày 14-15/3, Ban Chấp hành Đảng bộ huyện khóa XXI họp hội nghị lần thứ năm.',
        'Hội nghị đã thảo luận, thông qua Chương trình kiểm tra, giám sát năm 2022 của Ban Chấp hành Đảng bộ huyện và xem xét công tác cán bộ.',
      ],
      '2022-03-15',
      '2022-03-14',
    ],
    [
      'the one year a longer report names twice, further down; the headline printed with a full stop and restated by the lead',
      [
        'Huyện ủy Quỳ Hợp quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII.',
        'Sáng ngày 12/1, Huyện ủy Quỳ Hợp quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII cho cán bộ chủ chốt.',
        'Dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy và bí thư các chi, đảng bộ cơ sở.',
        'Các đại biểu đã nghe báo cáo viên truyền đạt nội dung cơ bản của nghị quyết.',
        'Huyện ủy yêu cầu các chi, đảng bộ xây dựng chương trình hành động năm 2017 và hoàn thành việc quán triệt trong tháng 2 năm 2017.',
      ],
      '2017-01-12',
      '2017-01-12',
    ],
    [
      'a plan for the next year adopted in December is the year before',
      [
        'Ủy ban Kiểm tra Huyện ủy họp kỳ thứ 20',
        'Ngày 18/12, Ủy ban Kiểm tra Huyện ủy họp kỳ thứ 20.',
        'Ủy ban đã thông qua kế hoạch kiểm tra, giám sát năm 2023 và xem xét kỷ luật một đảng viên.',
      ],
      '2022-12-18',
      '2022-12-18',
    ],
    [
      "a TV bulletin's tag closing the headline, the year from the headline",
      [
        'Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023 (TS 14/7)',
        'Toàn cảnh hội nghị',
        'Sáu tháng đầu năm, các cấp ủy đã kết nạp hơn 900 đảng viên mới, kiện toàn đội ngũ cán bộ chủ chốt cấp xã.',
      ],
      '2023-07-14',
      '2023-07-14',
    ],
  ];
  it.each(fromTheReport)('%s', (_what, page, date, eventDate) => {
    expect(pageDates(page).dates).toMatchObject({ date, eventDate, dateSource: 'inferred' });
  });

  it('a meeting over several days with its year, without a date line: dated by its close', () => {
    const d = extractDates(given(['body', 'Từ ngày 9 đến ngày 11/11/2020, Ban Chấp hành Đảng bộ tỉnh khóa XX họp hội nghị lần thứ hai.']), {});
    expect([d.date, d.eventDate, d.dateSource]).toEqual(['2020-11-11', '2020-11-09', 'event']);
  });

  it('a programme of work over a week, without a date line: dated by its first day', () => {
    const d = extractDates(given(['body', 'Thực hiện Kế hoạch số 08-KH/TU ngày 2-3-2021 của Ban Thường vụ Tỉnh ủy, từ ngày 15 đến ngày 19-3-2021, các đoàn công tác làm việc với 12 đảng bộ trực thuộc.']), {});
    expect([d.date, d.eventDate, d.dateSource]).toEqual(['2021-03-15', '2021-03-15', 'event']);
  });

  // [what, page, the year-less date the refusal names]
  const noYear: [string, string[], string][] = [
    ['a bulletin tag when nothing names a year', ['Hội nghị Ban Chấp hành Đảng bộ tỉnh (Thời sự 19h 14/7)', 'Các đại biểu thảo luận về công tác cán bộ và kết nạp đảng viên.'], '(Thời sự 19h 14/7)'],
    [
      'the rest of the report names two years',
      [
        'Ủy ban Kiểm tra Huyện ủy họp kỳ thứ 20',
        'Ngày 18/4, Ủy ban Kiểm tra Huyện ủy họp kỳ thứ 20.',
        'Ủy ban đã xem xét việc thực hiện kết luận kiểm tra năm 2019 và năm 2021 đối với Đảng ủy xã.',
      ],
      'Ngày 18/4',
    ],
  ];
  it.each(noYear)('no year: %s', (_what, page, phrase) => {
    expect(pageRefusal(page).message).toContain(`no year for "${phrase}"`);
  });

  it('a full date restating the same day', () => {
    const got = pageDates([
      'Thành ủy họp phiên thường kỳ tháng 6',
      'Ngày 9/6, Ban Thường vụ Thành ủy họp phiên thường kỳ, cho ý kiến về công tác cán bộ và công tác chuẩn bị đại hội đảng bộ các cấp.',
      'Tại phiên họp ngày 9/6/2024, Ban Thường vụ đã thống nhất giới thiệu nhân sự để bầu bổ sung.',
    ]);
    expect(got.dates).toEqual({ date: '2024-06-09', dateSource: 'inferred', eventDate: '2024-06-09', dateEvidence: '9/6/2024' });
  });

  it('the years the sentence names: a December meeting reviews the first of them', () => {
    const rows = (day: string) => [
      'Huyện ủy tổng kết công tác xây dựng Đảng',
      `Sáng ${day}, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020.`,
      'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị của Đảng bộ huyện.',
    ];
    expect(pageDates(rows('20/12')).dates).toMatchObject({ date: '2019-12-20', dateSource: 'inferred', dateEvidence: 'tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020' });
    // In January the same words are the plans for the later year.
    expect(pageDates(rows('10/1')).dates).toMatchObject({ date: '2020-01-10', dateSource: 'inferred' });
  });

  it('"sáu tháng đầu năm 2016" in July', () => {
    const got = pageDates([
      'Sơ kết công tác kiểm tra, giám sát',
      'Ngày 3-7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết công tác kiểm tra, giám sát sáu tháng đầu năm 2016.',
      'Trong sáu tháng, cấp ủy các cấp đã kiểm tra 120 tổ chức đảng.',
    ]);
    expect(got.dates).toMatchObject({ date: '2016-07-03', dateSource: 'inferred', dateEvidence: 'sáu tháng đầu năm 2016' });
  });

  it('a document the new one replaces gives no year: it may be years older', () => {
    const err = pageRefusal([
      'Ban Bí thư ban hành Quy định mới về công tác bảo vệ chính trị nội bộ',
      'Ngày 18/8, Ban Bí thư đã ban hành Quy định số 58-QĐ/TW về một số vấn đề bảo vệ chính trị nội bộ Đảng. Quy định này thay thế Quy định số 57-QĐ/TW, ngày 03/5/2007 của Bộ Chính trị.',
      'Quy định có hiệu lực kể từ ngày ký.',
    ]);
    expect(err.message).toMatch(/no year for "Ngày 18\/8"/);
  });

  it('a cited document: the event follows it', () => {
    const got = pageDates([
      'Quán triệt Quy định số 12 của Ban Chấp hành',
      'Ngày 5/4, Đảng ủy Khối tổ chức hội nghị triển khai Quy định số 12, ngày 1-3-2021 của Ban Thường vụ Tỉnh ủy về công tác cán bộ.',
      'Hội nghị có hơn 200 đại biểu tham dự.',
    ]);
    expect(got.dates).toMatchObject({ date: '2021-04-05', dateSource: 'inferred', dateEvidence: 'Quy định số 12, ngày 1-3-2021' });
    // A document of later in the year puts the event in the next one.
    const later = pageDates([
      'Quán triệt Quy định số 12 của Ban Chấp hành',
      'Ngày 5/4, Đảng ủy Khối tổ chức hội nghị triển khai Quy định số 12, ngày 1-10-2021 của Ban Thường vụ Tỉnh ủy.',
      'Hội nghị có hơn 200 đại biểu tham dự.',
    ]);
    expect(later.dates.date).toBe('2022-04-05');
  });

  it('a year-less stamp ("15:34 12/10") takes its year from the same evidence, and keeps its time', () => {
    const got = pageDates([
      'Đại hội Đảng bộ tỉnh lần thứ XVII bế mạc',
      '15:34 12/10',
      'Sáng 12/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 bế mạc sau hai ngày làm việc.',
    ]);
    expect(got.dates).toEqual({
      date: '2020-10-12',
      dateSource: 'inferred',
      published: '2020-10-12T15:34:00+07:00',
      eventDate: '2020-10-12',
      dateEvidence: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025',
    });
  });

  it('"Hôm qua 3.5" with a dated stamp at the foot of the page', () => {
    const got = pageDates([
      'Trao quyết định chuẩn y Bí thư Huyện ủy',
      'Hôm qua 3.5, Ban Thường vụ Tỉnh ủy đã trao quyết định chuẩn y đồng chí Bí thư Huyện ủy nhiệm kỳ mới.',
      'Phát biểu giao nhiệm vụ, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị tân Bí thư phát huy tinh thần đoàn kết.',
      'Cập nhật: 04/05/2019 06:10',
    ]);
    expect(got.dates).toMatchObject({ date: '2019-05-04', dateSource: 'published', eventDate: '2019-05-03' });
  });

  it('a term named alone gives no year; nothing in the text refuses the file', () => {
    const err = pageRefusal([
      'Kỷ luật cán bộ vi phạm',
      'Chiều 7.8, Ban Chấp hành Đảng bộ thành phố thống nhất kết luận phê bình đối với 3 thành ủy viên nhiệm kỳ 2015 - 2020.',
      'Các đồng chí bị phê bình phải kiểm điểm trước tổ chức đảng.',
    ]);
    expect(err.line).toBe(2);
    expect(err.message).toContain('no year for "Chiều 7.8"');
  });

  it("takes the story's stamp under the headline over a dated clock above it", () => {
    const page = [
      'Thứ Hai, ngày 14 tháng 10 năm 2024, 08:12:45',
      'Ban Thường vụ Huyện ủy quán triệt quy định mới về công tác cán bộ',
      'Thu Hà - 16:20, 26/03/2022',
      'Sáng 25/3, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Quy định số 50-QĐ/TW của Bộ Chính trị về công tác quy hoạch cán bộ.',
    ];
    const lines = classifyLines(loadText(page.join('\n')));
    expect(lines[0]!.kind).toBe('boilerplate');
    expect(lines[1]!.kind).toBe('title');
    expect(pageDates(page).dates).toMatchObject({ date: '2022-03-26', dateSource: 'published', eventDate: '2022-03-25' });
  });

  it('keeps the date line above the headline when only an update stamp follows it', () => {
    const page = [
      '26/03/2022 16:20',
      'Ban Thường vụ Huyện ủy quán triệt quy định mới về công tác cán bộ',
      'Cập nhật: 27/03/2022 09:05',
      'Sáng 25/3, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Quy định số 50-QĐ/TW của Bộ Chính trị về công tác quy hoạch cán bộ.',
    ];
    expect(pageDates(page).dates).toMatchObject({ date: '2022-03-26', dateSource: 'published' });
  });

  it('never takes the save-day banner above a 2022 article as its date', () => {
    const got = pageDates([
      'Thứ sáu, ngày 1/3/2024',
      'Tin tức - Sự kiện',
      'Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương',
      'Sáng 12-1, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương triển khai nhiệm vụ năm 2022.',
    ]);
    expect(got.dates).toMatchObject({ date: '2022-01-12', dateSource: 'inferred', dateEvidence: 'triển khai nhiệm vụ năm 2022' });
  });
});

describe('date-line forms of real sites, read on a whole page', () => {
  it.each([
    ['09:12 14-05-2021 | :57', '2021-05-14T09:12:00+07:00'],
    ['02/11/2018 08:41 Số lượt xem: 1310', '2018-11-02T08:41:00+07:00'],
    ['Cập nhật lúc18:42, Thứ Sáu, 14/05/2021', '2021-05-14T18:42:00+07:00'],
    ['Thứ Năm, 12/03/2020 - 10:02', '2020-03-12T10:02:00+07:00'],
    ['12/3/2020 10:02:00 AM', '2020-03-12T10:02:00+07:00'],
  ])('%s is the date line, not the headline', (stamp, published) => {
    const lines = classifyLines(
      loadText(
        [
          'Trang chủ | Tin tức | Xây dựng Đảng',
          'Ban Tổ chức Tỉnh ủy sơ kết công tác tổ chức xây dựng Đảng',
          stamp,
          'Sáng nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng và triển khai nhiệm vụ thời gian tới.',
        ].join('\n'),
      ),
    );
    expect(lines.map((l) => l.kind)).toEqual(['boilerplate', 'title', 'date', 'body']);
    expect(extract(lines, {}).dates.published).toBe(published);
  });

  it('a time and a counter on lines of their own are chrome, never the headline', () => {
    const lines = classifyLines(
      loadText(['Hội nghị quán triệt Nghị quyết Trung ương', '10:02', 'Số lượt xem: 1310', 'Sáng 12/3/2020, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương cho cán bộ chủ chốt.'].join('\n')),
    );
    expect(lines.map((l) => l.kind)).toEqual(['title', 'boilerplate', 'boilerplate', 'body']);
  });

  it('a numeric stamp that, read day first, would precede the document the story reports is month/day', () => {
    const got = pageDates([
      'In trang',
      'Đoàn giám sát của Ban Thường vụ Huyện ủy làm việc tại thị trấn',
      'Cập nhật lúc : 09:20 11/03/2022',
      'Thực hiện Chương trình kiểm tra, giám sát năm 2022, Ban Thường vụ Huyện ủy đã ban hành Quyết định số 215-QĐ/HU, ngày 20/10/2022 về thành lập Đoàn giám sát việc lãnh đạo công tác cán bộ.',
      'Đoàn giám sát đã làm việc với Đảng ủy thị trấn và 5 chi bộ trực thuộc.',
    ]);
    expect(got.dates.date).toBe('2022-11-03');
    expect(got.dates.published).toBe('2022-11-03T09:20:00+07:00');
  });

  // [what, stamp, the meeting the story opens with, published]
  const besideTheMeeting: [string, string, string, string][] = [
    ['month/day: read day first it would be months after the meeting', 'Cập nhật lúc : 16:40 10/06/2025', 'Sáng 6/10', '2025-10-06T16:40:00+07:00'],
    ['day first: the meeting a day before the stamp', 'Cập nhật lúc : 16:40 10/06/2025', 'Sáng 9/6', '2025-06-10T16:40:00+07:00'],
    ['day first: a weekday that fits the day-first reading', 'Thứ Ba, 10/06/2025, 16:40', 'Sáng 6/10', '2025-06-10T16:40:00+07:00'],
    ['day first: the meeting weeks before the month-first reading', 'Cập nhật lúc : 16:40 10/06/2025', 'Sáng 6/9', '2025-06-10T16:40:00+07:00'],
  ];
  it.each(besideTheMeeting)('a numeric stamp beside the meeting the story opens with, %s', (_what, stamp, opening, published) => {
    const meeting = `${opening}, tại hội trường Đảng ủy, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ hai, nhiệm kỳ 2025 - 2030.`;
    const { dates } = pageDates(['Xã Hòa Bình: Hội nghị Ban Chấp hành Đảng bộ xã lần thứ hai', stamp, meeting]);
    expect(dates.published).toBe(published);
  });

  it.each([
    ['a stamp after the document, read day first', 'Cập nhật lúc : 09:20 11/03/2022', 'ngày 20/02/2022', '2022-03-11'],
    ['a day past 12: only one reading', 'Cập nhật lúc : 09:20 21/03/2022', 'ngày 20/10/2022', '2022-03-21'],
    ['a weekday that fits the day-first reading', 'Thứ Sáu, 11/03/2022, 09:20', 'ngày 20/10/2022', '2022-03-11'],
    ['no reading follows the document', 'Cập nhật lúc : 09:20 02/03/2022', 'ngày 20/10/2022', '2022-03-02'],
  ])('the stamp stays day first: %s', (_what, stamp, docDate, date) => {
    const got = pageDates([
      'Đoàn giám sát của Ban Thường vụ Huyện ủy làm việc tại thị trấn',
      stamp,
      `Ban Thường vụ Huyện ủy đã ban hành Quyết định số 215-QĐ/HU, ${docDate} về thành lập Đoàn giám sát việc lãnh đạo công tác cán bộ.`,
    ]);
    expect(got.dates.date).toBe(date);
  });

  it('an outlet-prefixed lead with the full date ("TCCS - Ngày 12-11-2021, …")', () => {
    const got = pageDates([
      'Hội nghị tập huấn công tác tổ chức xây dựng Đảng',
      'TCCS - Ngày 12-11-2021, Ban Tổ chức Trung ương tổ chức hội nghị tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng.',
      'Hội nghị được tổ chức theo hình thức trực tuyến.',
    ]);
    expect(got.dates).toEqual({ date: '2021-11-12', dateSource: 'event', eventDate: '2021-11-12' });
  });
});

describe('warnings: implausible but possible', () => {
  const meeting = 'Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.';
  it('a 02:03 stamp on a morning meeting story: a 12-hour clock', () => {
    const got = pageDates(['Hội nghị quán triệt Nghị quyết Trung ương', '12/03/2020 02:03', meeting]);
    expect(got.dates.published).toBe('2020-03-12T02:03:00+07:00');
    expect(got.warnings).toEqual([{ line: 2, message: expect.stringContaining('12-hour clock (14:03?)') }]);
  });
  it('published more than 60 days after the event', () => {
    const got = pageDates(['Hội nghị quán triệt Nghị quyết Trung ương', '20/08/2020 10:00', 'Ngày 12/3/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết.']);
    expect(got.warnings).toEqual([{ line: 2, message: expect.stringContaining('161 days after the event') }]);
  });
  it('published before the event', () => {
    const got = pageDates(['Hội nghị quán triệt Nghị quyết Trung ương', '10/03/2020 10:00', 'Ngày 12/3/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết.']);
    expect(got.warnings).toEqual([{ line: 2, message: expect.stringContaining('before the event') }]);
  });
  it('a plausible page has none', () => {
    expect(pageDates(['Hội nghị quán triệt Nghị quyết Trung ương', '12/03/2020 15:03', meeting]).warnings).toEqual([]);
  });
});

describe('year inference: years that are not the event\'s', () => {
  it.each([
    'Sáng 5/4, Hội Cựu chiến binh huyện, thành lập năm 1989, tổ chức hội nghị điển hình tiên tiến.',
    'Chiều 5/4, Tỉnh ủy tổ chức hội nghị về quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.',
    'Ngày 5/4, Huyện ủy triển khai chương trình phấn đấu đến năm 2030 có 100% xã đạt chuẩn.',
    'Ngày 5/4, Huyện ủy sơ kết việc thực hiện chương trình từ tháng 7.2018 đến nay.',
  ])('%s', (lead) => {
    const lines = classifyLines(loadText(['Hội nghị của Huyện ủy', lead, 'Hội nghị đã thảo luận và thống nhất các nội dung.'].join('\n')));
    expect(() => extract(lines, {})).toThrow(/no year for/);
  });

  it('a page with no date that reports a document just signed is dated by the document', () => {
    const rows = [
      'Ban hành Quy định về kiểm tra, giám sát của tổ chức đảng cấp trên',
      'Thay mặt Ban Bí thư, đồng chí Trương Thị Mai vừa ký Quy định số 120-QĐ/TW ngày 20.9.2023 của Ban Bí thư về kiểm tra, giám sát. Quy định gồm 4 chương, 20 điều.',
      'Quy định có hiệu lực kể từ ngày ký.',
    ];
    expect(pageDates(rows).dates).toMatchObject({ date: '2023-09-20', eventDate: '2023-09-20', dateSource: 'inferred', dateEvidence: 'Quy định số 120-QĐ/TW ngày 20.9.2023' });
  });
  it('a page with no date whose headline names a document is dated by that document in the lead', () => {
    const rows = [
      'Kết luận số 14-KL/TW của Bộ Chính trị: khuyến khích, bảo vệ cán bộ năng động, sáng tạo',
      'Tại Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng quán triệt sâu sắc chủ trương.',
      'Các cấp ủy cần cụ thể hóa thành quy định của địa phương.',
    ];
    expect(pageDates(rows).dates).toMatchObject({ date: '2021-09-22', dateSource: 'inferred' });
  });
  // [what, lead, refusal]: a dated document in the lead of a page with no date does not always date it.
  const notTheDocumentsDate: [string, string, RegExp][] = [
    [
      'a decision "vừa công bố" (announced at a ceremony, days after it was signed)',
      'Ban Thường vụ Tỉnh ủy vừa công bố Quyết định số 1250-QĐ/TU ngày 4/3/2024 về việc điều động cán bộ.',
      /no publication date found/,
    ],
    [
      'a document neither named in the headline nor reported as just signed',
      'Thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, các cấp ủy đã ban hành nhiều quy định cụ thể.',
      /no publication date found/,
    ],
    [
      'a year named once, further down than the next paragraph',
      'Sáng ngày 12/1, Huyện ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt.\nDự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy.\nCác đại biểu đã nghe báo cáo viên truyền đạt nội dung cơ bản của nghị quyết.\nHuyện ủy yêu cầu hoàn thành việc quán triệt trong tháng 2 năm 2017.',
      /no year for/,
    ],
  ];
  it.each(notTheDocumentsDate)('%s gives no date', (_what, lead, refusal) => {
    expect(pageRefusal(['Hội nghị về công tác cán bộ', ...lead.split('\n'), 'Hội nghị đã thống nhất các nội dung.']).message).toMatch(refusal);
  });

  it('"Sáng nay 18/12, … Hội nghị lần thứ 16 năm 2023" (a real provincial page)', () => {
    expect(pageDates(['Huyện ủy Nam Giang tổ chức hội nghị lần thứ 16', 'Sáng nay 18/12, Huyện ủy Nam Giang tổ chức Hội nghị lần thứ 16 năm 2023.', 'Hội nghị thông qua các dự thảo báo cáo.']).dates).toMatchObject({
      date: '2023-12-18',
      dateSource: 'inferred',
    });
  });
});
