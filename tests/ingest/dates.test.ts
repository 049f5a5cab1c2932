import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/lib/ingest/classify.ts';
import { dateFromUrl, extractDates as extract, inferYear, parseEventDate } from '../../src/lib/ingest/dates.ts';
import { readLine } from '../../src/lib/ingest/stamp.ts';
import { IngestError, type ClassifiedLine, type LineKind } from '../../src/lib/ingest/types.ts';
import { CORPUS, SEEDS, loadSource, loadText } from '../fixtures/classify/load.ts';

/** Lines with kinds given by hand, so a date test does not depend on the classifier. */
function given(...rows: [LineKind, string][]): ClassifiedLine[] {
  return rows.map(([kind, text], i) => ({ n: i + 1, text, kind, reason: 'test', read: readLine(text) }));
}

/** The dates alone; the warnings are tested apart. */
function extractDates(...args: Parameters<typeof extract>) {
  return extract(...args).dates;
}

/** An event paragraph as the classify stage hands it on: without its outlet prefix. */
function eventIn(text: string) {
  const read = readLine(text);
  return parseEventDate(read.prefix?.rest ?? text);
}

describe('parseEventDate: when the meeting happened', () => {
  const cases: [string, { day: number; month: number; year?: number } | null][] = [
    ['Sáng 28/12, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị', { day: 28, month: 12 }], // seed 003
    ['(CT)- Chiều ngày 1-6-2020, Ban Tổ chức Trung ương tổ chức', { day: 1, month: 6, year: 2020 }], // seed 002
    ['Sáng nay (1/7), Ban Tổ chức TW, Bộ nội vụ', { day: 1, month: 7 }], // seed 004
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
    ['Từ ngày 1-3/10, Đại hội diễn ra', { day: 1, month: 10 }],
    ['Ngày 16 và 17/10, Hội nghị Trung ương', { day: 16, month: 10 }],
    ['Sáng ngày 12 tháng 1 năm 2022, tại Hà Nội', { day: 12, month: 1, year: 2022 }],
    ['Hội nghị diễn ra sáng 30.7. Sáng 31.7, đoàn về', { day: 30, month: 7 }],
    // A sentence after the first may open with the date.
    ['Hội nghị tổng kết năm. Ngày 4/10, Huyện ủy tổ chức', { day: 4, month: 10 }],
    // Not an event date: a reporting period, a cited document, an earlier aside mid-sentence.
    ['là kết quả nổi bật trong tuần từ ngày 22 đến ngày 28-6-2020 được báo cáo', null],
    ['Trích Kết luận 75-KL/TW, ngày 30-5-2020 về Phương hướng', null],
    ['trao Quyết định số 19-QĐNS/TW ngày 21/2/2011 về việc', null],
    ['Trước đó, ngày 14.11, Tỉnh ủy Bắc Ninh', null],
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
