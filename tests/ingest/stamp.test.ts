import { describe, expect, it } from 'vitest';
import { isMetaLine, parseStamp as parseWith, readLine as readWith } from '../../src/lib/ingest/stamp.ts';
import { PUBLISHERS } from '../fixtures/publishers.ts';

const parseStamp = (line: string) => parseWith(line, PUBLISHERS);
const readLine = (line: string) => readWith(line, PUBLISHERS);

/** The date and time of a stamp with its year, as the dates stage stores them. */
function dateTime(line: string): { date: string; time?: string } | null {
  const s = parseStamp(line);
  if (!s?.date) return null;
  return s.time ? { date: s.date, time: s.time } : { date: s.date };
}

describe('parseStamp: date lines as news sites print them', () => {
  // [line, date, time or null]. Sources: the seeds, the corpus, and the
  // formats of VnExpress, Tuổi Trẻ, Thanh Niên, Nhân Dân, Dân trí, VietnamPlus,
  // Báo Chính phủ, QĐND and provincial papers.
  const cases: [string, string, string | null][] = [
    ["17:50' 29/6/2020", '2020-06-29', '17:50:00'], // seed 000 (xaydungdang.org.vn)
    ["18:31' 12/1/2022", '2022-01-12', '18:31:00'], // seed 001
    ['02/06/2020 - 06:17', '2020-06-02', '06:17:00'], // seed 002 (Báo Cần Thơ)
    ['15:30:31 28-12-2023', '2023-12-28', '15:30:31'], // seed 003, at the end of the article
    ['10:45, 01/07/2020', '2020-07-01', '10:45:00'], // seed 004 (NTV)
    ['Cập nhật lúc 17:14, Thứ Hai, 22/01/2018 (GMT+7)', '2018-01-22', '17:14:00'], // corpus 01 (Báo Đắk Lắk)
    ['Thứ Bảy, 17/10/2020, 14:34 (GMT+7)', '2020-10-17', '14:34:00'], // corpus 06 (Báo Hà Giang)
    ['Cập nhật ngày: 20/11/2019 - 19:03', '2019-11-20', '19:03:00'], // corpus 11 (Báo Tây Ninh)
    ['Thứ hai, 12/01/2022 18:31', '2022-01-12', '18:31:00'],
    ['12/01/2022 18:31 GMT+7', '2022-01-12', '18:31:00'], // Tuổi Trẻ, Thanh Niên
    ['Thứ Tư, 12/1/2022, 18:31 (GMT+7)', '2022-01-12', '18:31:00'], // VnExpress
    ['Thứ tư, 12/01/2022 - 18:31', '2022-01-12', '18:31:00'], // Dân trí
    ['Thứ Tư, 12-01-2022, 18:31', '2022-01-12', '18:31:00'], // Nhân Dân
    ['Thứ Tư, 12/01/2022 18:31 (GMT+7)', '2022-01-12', '18:31:00'], // VietnamPlus
    ['12/01/2022 - 18:31 (GMT+7)', '2022-01-12', '18:31:00'], // QĐND
    ['12/01/2022 18:31', '2022-01-12', '18:31:00'], // Báo Chính phủ
    ['18:31 12/1/2022', '2022-01-12', '18:31:00'], // ZNews
    ['Chủ nhật, 5/6/2022 | 08:00', '2022-06-05', '08:00:00'],
    ['08:00 (GMT+07:00) 12/01/2022', '2022-01-12', '08:00:00'],
    ['Ngày 12 tháng 1 năm 2022', '2022-01-12', null],
    ['12 tháng 1, 2022', '2022-01-12', null],
    ['12.1.2022', '2022-01-12', null],
    ['12/01/22', '2022-01-12', null],
    ['T2, 12/01/2022', '2022-01-12', null],
    ['Thứ 4, 12/01/2022', '2022-01-12', null],
    ['Thứ Bảy, ngày 21/11/2026', '2026-11-21', null],
    ['Ngày đăng: 12/01/2022', '2022-01-12', null],
    ['Cập nhật: 18:31 12/01/2022', '2022-01-12', '18:31:00'],
    ['Đăng lúc 18:31 ngày 12/01/2022', '2022-01-12', '18:31:00'],
    ['18h31 ngày 12/1/2022', '2022-01-12', '18:31:00'],
    ['8 giờ 05 phút, ngày 12/1/2022', '2022-01-12', '08:05:00'],
    ['12/01/2022 06:31 CH', '2022-01-12', '18:31:00'],
    ['2022-01-12', '2022-01-12', null],
    ['2022-01-12T18:31:00+07:00', '2022-01-12', '18:31:00'],
    ['2022-01-12 18:31', '2022-01-12', '18:31:00'],
    // Other offsets are moved to Vietnam time, even across midnight.
    ['2022-01-12T11:31:00Z', '2022-01-12', '18:31:00'],
    ['2022-01-11T20:00:00Z', '2022-01-12', '03:00:00'],
    ['29/02/2024', '2024-02-29', null],
    // Forms of sites outside the seeds (issue #9).
    ['09:12 14-05-2021 | :57', '2021-05-14', '09:12:00'], // time first, view counter whose eye icon was lost
    ['02/11/2018 08:41 Số lượt xem: 1310', '2018-11-02', '08:41:00'], // provincial party site
    ['Cập nhật lúc18:42, Thứ Ba, 12/10/2021', '2021-10-12', '18:42:00'], // no space after "lúc"
    ['Ngày đăng: 05/04/2019 | 07:30', '2019-04-05', '07:30:00'],
    ['Đăng lúc: 07:30 - 05/04/2019', '2019-04-05', '07:30:00'],
    ['Thứ Năm, 12/03/2020 - 10:02', '2020-03-12', '10:02:00'],
    ['12/3/2020 10:02:00 AM', '2020-03-12', '10:02:00'],
    ['12/3/2020 2:05:00 PM', '2020-03-12', '14:05:00'],
    ['ngày 5 tháng 4 năm 2019', '2019-04-05', null],
    ['5.4.2019', '2019-04-05', null],
    ['Thứ sáu, 05/04/2019 - 07:30 | Lượt xem: 2.145', '2019-04-05', '07:30:00'],
    ['Ngày đăng 22/03/2021 | 14:05  | View count: 312', '2021-03-22', '14:05:00'], // district portal, English counter label
    // English month names, as portals on an English template print them: month first,
    ['March 12, 2020', '2020-03-12', null],
    ['Thursday, March 12, 2020', '2020-03-12', null],
    ['Mar 12, 2020 09:15', '2020-03-12', '09:15:00'],
    // day first,
    ['12 March 2020', '2020-03-12', null],
    // and the English labels.
    ['Posted on March 12, 2020', '2020-03-12', null],
    ['Published on Sep 3rd, 2019 4:05 PM', '2019-09-03', '16:05:00'],
    ['Posted on 12/03/2020', '2020-03-12', null],
  ];
  it.each(cases)('%s', (line, date, time) => {
    expect(dateTime(line)).toEqual(time ? { date, time } : { date });
  });

  // Not a date line: impossible dates, or a sentence that merely mentions a date.
  const rejected = [
    '31/2/2022',
    '29/02/2023',
    '12/13/2022',
    '25:10 12/01/2022',
    '12/01/2022 18:75',
    'Sáng 12/1/2022, Ban Tổ chức Trung ương tổ chức hội nghị',
    '1. Buổi sáng ngày 13-10-2020',
    'nhiệm kỳ 2021-2026',
    '12/01/2022 - 13/01/2022',
    'Số 5 - 2022',
    'Kết luận 75-KL/TW, ngày 30-5-2020',
    '',
  ];
  it.each(rejected)('rejects %j', (line) => {
    expect(parseStamp(line)).toBeNull();
  });

  it('tells weekday banners and update stamps apart', () => {
    expect(parseStamp('Thứ Bảy, ngày 21/11/2026')).toMatchObject({ weekday: 6, update: false });
    expect(parseStamp('Cập nhật lúc 17:14, Thứ Hai, 22/01/2018 (GMT+7)')).toMatchObject({ weekday: 1, update: true });
    expect(parseStamp('Chủ nhật, 5/6/2022 | 08:00')).toMatchObject({ weekday: 0 });
    expect(parseStamp('02/06/2020 - 06:17')).toMatchObject({ weekday: null, update: false });
  });

  it('counts the line after collapsing spaces: 90 characters at most', () => {
    expect(parseStamp(`29/6/2020${'-'.repeat(81)}`)).toMatchObject({ date: '2020-06-29' });
    expect(parseStamp(`29/6/2020${'-'.repeat(82)}`)).toBeNull();
    expect(parseStamp(`29/6/2020 ${'-'.repeat(81)}`)).toBeNull();
    expect(parseStamp(`  29/6/2020${' '.repeat(300)}17:50${'\u00a0'.repeat(100)}`)).toMatchObject({ date: '2020-06-29', time: '17:50:00' });
  });
});


describe('parseStamp: stamps without a year', () => {
  it.each([
    ['15:34 12/10', { day: 12, month: 10, time: '15:34:00' }], // aggregator list stamp
    ['Thứ Ba, 12/10', { day: 12, month: 10, weekday: 2 }],
    ['Cập nhật: 12-10 lúc 08:05', { day: 12, month: 10, time: '08:05:00', update: true }],
    ['Ngày đăng: 3.5', { day: 3, month: 5 }],
  ])('%s', (line, want) => {
    const s = parseStamp(line);
    expect(s).toMatchObject(want);
    expect(s?.year).toBeUndefined();
    expect(s?.date).toBeUndefined();
  });

  // A bare day and month may be anything: a score, a ratio, a list number.
  it.each(['12/10', '3-1', 'Tỷ lệ 9/10', '31/4 08:00', 'Kết quả 2-1 lúc 20:00 hôm qua'])('rejects %j', (line) => {
    expect(parseStamp(line)).toBeNull();
  });
});

describe('parseStamp: a byline, then the stamp', () => {
  it('keeps the credit apart from the date', () => {
    const s = parseStamp('TRẦN VĂN A (thực hiện) 03/04/2017 09:15');
    expect(s).toMatchObject({ date: '2017-04-03', time: '09:15:00' });
    expect(s?.credit?.authors).toEqual(['Trần Văn A']);
    expect(parseStamp('Quang Anh 12/01/2022 18:31')?.credit?.authors).toEqual(['Quang Anh']);
  });
  it('a labelled credit with a full date is a stamp without a time too, a pipe or dash between them', () => {
    expect(parseStamp('Bài và ảnh: Minh Anh 12/03/2020')).toMatchObject({ date: '2020-03-12', credit: { authors: ['Minh Anh'], labelled: true } });
    expect(parseStamp('Tin, ảnh: Quang Anh | 05/11/2019')).toMatchObject({ date: '2019-11-05', credit: { authors: ['Quang Anh'] } });
    expect(parseStamp('Bài: Quang Anh - 12/01/2022 18:31')).toMatchObject({ date: '2022-01-12', time: '18:31:00' });
  });
  it('is no stamp when the words before it are not a name', () => {
    expect(parseStamp('Hội nghị tổng kết 12/01/2022 18:31')).toBeNull();
    // A name and a date without a time reads like a caption or a list: not a stamp.
    expect(parseStamp('Quang Anh 12/01/2022')).toBeNull();
  });
});

describe('parseStamp: English month names (portals on an English template)', () => {
  it('is no stamp when the month word sits in a sentence', () => {
    expect(parseStamp('Hội nghị may 12, 2020 tại Hà Nội')).toBeNull();
    expect(parseStamp('Sun Group 12/03/2020')).toBeNull();
  });
});

describe('parseStamp: more labels and the tool links beside the date', () => {
  it('reads "Ngày phát hành" (magazines) and "Lần cập nhật cuối" (an update stamp)', () => {
    expect(dateTime('Ngày phát hành: 12/03/2020')).toEqual({ date: '2020-03-12' });
    expect(parseStamp('Lần cập nhật cuối: 12/03/2020')).toMatchObject({ date: '2020-03-12', update: true });
  });
  it('drops the print and share links the page sets on the date line', () => {
    expect(dateTime('Thứ Năm, 12/03/2020 - 09:15 | Bản in')).toEqual({ date: '2020-03-12', time: '09:15:00' });
    expect(dateTime('12/03/2020 09:15 | In bài')).toEqual({ date: '2020-03-12', time: '09:15:00' });
    expect(dateTime('In bài 12/03/2020 09:15 Gửi email')).toEqual({ date: '2020-03-12', time: '09:15:00' });
  });
  it('still refuses a line with words of the story', () => {
    expect(parseStamp('In bài phát biểu ngày 12/03/2020')).toBeNull();
  });
});

describe('parseStamp: a bare UTC offset after the time', () => {
  it('reads "+07:00" as the zone and converts another offset to Vietnam time', () => {
    expect(dateTime('12-03-2020 09:15:23 +07:00')).toEqual({ date: '2020-03-12', time: '09:15:23' });
    expect(dateTime('12/03/2020 20:15 +00:00')).toEqual({ date: '2020-03-13', time: '03:15:00' });
  });
});

describe('parseStamp: US order from an en-US template', () => {
  it('reads month/day/year when the second number cannot be a month and AM/PM is printed', () => {
    expect(dateTime('11/18/2024 12:00:00 AM GMT+7')).toEqual({ date: '2024-11-18', time: '00:00:00' });
    expect(dateTime('3/25/2021 4:30:12 PM')).toEqual({ date: '2021-03-25', time: '16:30:12' });
  });
  it('keeps day/month when both orders are possible, and needs AM/PM to swap', () => {
    expect(dateTime('12/3/2020 9:15:23 AM')).toEqual({ date: '2020-03-12', time: '09:15:23' });
    expect(parseStamp('11/18/2024 12:00')).toBeNull();
  });
});

describe('parseStamp: a section name, then the stamp', () => {
  it('reads the stamp after the section a page files the story under', () => {
    expect(dateTime('Thời sự - Ngày đăng : 07:15, 14/08/2022')).toEqual({ date: '2022-08-14', time: '07:15:00' });
    expect(dateTime('Chính trị | 12/03/2020 10:02')).toEqual({ date: '2020-03-12', time: '10:02:00' });
    expect(dateTime('Tin tức – Xây dựng Đảng - 05/11/2019 16:40')).toBeNull();
  });
  it('needs a full date and a time after the section', () => {
    expect(parseStamp('Thời sự - 12/03/2020')).toBeNull();
    expect(parseStamp('Thời sự - 15:34 12/10')).toBeNull();
    expect(parseStamp('Hội nghị tổng kết năm 2021 - 12/01/2022 18:31')).toBeNull();
  });
});

describe('readLine: time and counter lines, outlet prefixes', () => {
  it.each(['10:02', "15:34'", 'Số lượt xem: 1310', 'Lượt xem: 57', '| :57', '1.234 lượt xem', 'View count: 312'])('%j is only a time or counter', (line) => {
    expect(isMetaLine(line)).toBe(true);
    expect(readLine(line).meta).toBe(true);
  });
  it.each(['Số 5 năm 2022', 'Xem thêm', 'Hội nghị lần thứ 10', '12/01/2022 18:31'])('%j is not', (line) => {
    expect(readLine(line).meta).toBe(false);
  });
  it('reads the outlet prefix once, with the paragraph after it', () => {
    expect(readLine('TCCS - Ngày 12-11-2021, Ban Tổ chức Trung ương tổ chức hội nghị.').prefix).toMatchObject({
      code: 'TCCS',
      rest: 'Ngày 12-11-2021, Ban Tổ chức Trung ương tổ chức hội nghị.',
    });
    expect(readLine('17:50\' 29/6/2020')).toMatchObject({ prefix: null, meta: false, stamp: { date: '2020-06-29' } });
  });
});
