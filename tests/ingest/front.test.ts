import { describe, expect, it } from 'vitest';
import { splitFront } from '../../src/lib/ingest/front.ts';
import { IngestError } from '../../src/lib/ingest/types.ts';

function errorOf(text: string): IngestError {
  try {
    splitFront(text);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('splitFront', () => {
  it('passes a file without a front block through, numbering lines from 1', () => {
    const r = splitFront('Thời sự - Chính trị\nTiêu đề');
    expect(r.front).toEqual({});
    expect(r.lines).toEqual([
      { n: 1, text: 'Thời sự - Chính trị' },
      { n: 2, text: 'Tiêu đề' },
    ]);
  });

  it('reads the maintainer keys and keeps original line numbers', () => {
    const r = splitFront(
      '---\nurl: https://baodaklak.vn/a/b\ntitle: "Tiêu đề: có dấu hai chấm"\ndate: 2020-06-29 17:50\nauthors: Ngô Khiêm\n---\nDòng đầu',
    );
    expect(r.front).toEqual({
      url: 'https://baodaklak.vn/a/b',
      title: 'Tiêu đề: có dấu hai chấm',
      date: '2020-06-29T17:50:00+07:00',
      authors: ['Ngô Khiêm'],
    });
    expect(r.lines).toEqual([{ n: 7, text: 'Dòng đầu' }]);
    expect(r.frontLines).toHaveLength(6);
  });

  it('accepts a plain date and an empty block', () => {
    expect(splitFront('---\ndate: 2018-01-22\n---\nx').front).toEqual({ date: '2018-01-22' });
    expect(splitFront('---\n---\nx').front).toEqual({});
  });

  it('refuses unknown keys, naming the line', () => {
    const e = errorOf('---\nurl: https://a.vn/x\nauthor: Ngô Khiêm\n---\nx');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/unknown key.*"author"/);
    expect(e.hint).toMatch(/authors/);
  });

  it('refuses javascript: URLs and wrong types', () => {
    expect(errorOf('---\nurl: javascript:alert(1)\n---\nx').line).toBe(2);
    const e = errorOf('---\ntitle: x\nauthors: 12\n---\nx');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/authors/);
    expect(errorOf('---\ndate: 29/6/2020\n---\nx').message).toMatch(/date/);
    expect(errorOf('---\ndate: 2020-02-30\n---\nx').message).toMatch(/date/);
  });

  it('refuses YAML aliases (bombs), broken YAML and an unclosed block', () => {
    const bomb = '---\ntitle: &a ["x","x","x"]\npublisher: *a\n---\nx';
    expect(errorOf(bomb).message).toMatch(/alias|YAML|front block/i);
    expect(errorOf('---\ntitle: [unclosed\n---\nx').message).toMatch(/YAML/);
    expect(errorOf('---\ntitle: x\nno end').message).toMatch(/never closed/);
    expect(errorOf('---\n- a\n- b\n---\nx').message).toMatch(/key: value/);
  });
});
