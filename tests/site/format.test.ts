import { describe, expect, it } from 'vitest';
import { directiveFullName, formatDate, formatDateTime, formatTime, inferredYearNote, romanToNumber, termLabel, termOrder } from '../../src/lib/site/format.ts';

describe('dates', () => {
  it('are written as Vietnamese readers write them, from the digits', () => {
    expect(formatDate('2020-06-29')).toBe('29/6/2020');
    expect(formatDate('2020-06-29T23:59:00+07:00')).toBe('29/6/2020');
    expect(formatTime('2020-06-29T17:50:00+07:00')).toBe('17:50');
    expect(formatTime(undefined)).toBeUndefined();
    expect(formatDateTime('2020-06-29', '2020-06-29T17:50:00+07:00')).toBe('17:50, 29/6/2020');
    expect(formatDateTime('2020-06-29')).toBe('29/6/2020');
  });
});

describe('inferred years', () => {
  it('says where the year came from, only when it was inferred', () => {
    expect(inferredYearNote({ dateSource: 'inferred', dateEvidence: 'tổng kết công tác năm 2019' })).toBe('(năm suy ra từ “tổng kết công tác năm 2019”)');
    expect(inferredYearNote({ dateSource: 'published' })).toBeUndefined();
  });
});

describe('terms', () => {
  it('read as a Party term or a year', () => {
    expect(termLabel('XIII')).toBe('khóa XIII');
    expect(termLabel('2021')).toBe('năm 2021');
    expect(termLabel(undefined)).toBeUndefined();
    expect(directiveFullName({ kind: 'Chỉ thị', code: '35-CT/TW', term: 'XII' })).toBe('Chỉ thị 35-CT/TW (khóa XII)');
  });
  it('order by number', () => {
    expect([romanToNumber('XII'), romanToNumber('XIV'), romanToNumber('IX'), romanToNumber('abc')]).toEqual([12, 14, 9, Number.NaN]);
    expect(termOrder('XII')).toBeLessThan(termOrder('XIII'));
  });
});

describe('clip', () => {
  it('cuts at a word boundary with an ellipsis, and leaves short text alone', async () => {
    const { clip } = await import('../../src/lib/site/format.ts');
    expect(clip('Đảng ủy Khối', 50)).toBe('Đảng ủy Khối');
    expect(clip('Quán triệt nghiêm túc, triển khai thực hiện Kết luận', 25)).toBe('Quán triệt nghiêm túc…');
    expect(clip('Quán triệt nghiêm túc, triển khai', 25).length).toBeLessThanOrEqual(25);
  });
});

describe('document names', () => {
  it('do not repeat the kind or the term when the code is a name', async () => {
    const { directiveName, directiveFullName } = await import('../../src/lib/site/format.ts');
    expect(directiveName({ kind: 'Nghị quyết', code: 'Nghị quyết Đại hội XIII' })).toBe('Nghị quyết Đại hội XIII');
    expect(directiveName({ kind: 'Nghị quyết', code: 'NQ TW5 khóa X' })).toBe('Nghị quyết TW5 khóa X');
    expect(directiveFullName({ kind: 'Nghị quyết', code: 'NQ TW5 khóa X', term: 'X' })).toBe('Nghị quyết TW5 khóa X');
    expect(directiveFullName({ kind: 'Nghị quyết', code: 'Nghị quyết Đại hội XIII', term: 'XIII' })).toBe('Nghị quyết Đại hội XIII');
    expect(directiveFullName({ kind: 'Kết luận', code: '75-KL/TW', term: 'XII' })).toBe('Kết luận 75-KL/TW (khóa XII)');
    expect(directiveFullName({ kind: 'Nghị quyết', code: '128/NQ-CP', term: '2021' })).toBe('Nghị quyết 128/NQ-CP (năm 2021)');
  });
});
