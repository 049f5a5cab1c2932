import { describe, expect, it } from 'vitest';
import {
  danglingRepublishes,
  describeDuplicate,
  findDuplicates,
  jaccard,
  normalizeUrl,
  shingles,
  type ArticleRecord,
} from '../../src/lib/quality/duplicates.ts';

/** A deterministic pseudo-random generator, so the synthetic corpus is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const VOCAB = (
  'công tác tổ chức xây dựng Đảng cán bộ hội nghị trung ương bộ chính trị ban bí thư kết luận nghị quyết chỉ thị quy định ' +
  'đại hội nhiệm kỳ đảng viên chi bộ cơ sở tỉnh ủy thành ủy huyện ủy quy hoạch luân chuyển đánh giá kiểm tra giám sát ' +
  'kỷ luật phòng chống tham nhũng tiêu cực đổi mới sắp xếp tinh gọn bộ máy biên chế nâng cao chất lượng đội ngũ năm tháng ngày ' +
  'triển khai thực hiện hiệu quả đồng chí phát biểu chỉ đạo báo cáo kết quả nhiệm vụ giải pháp trọng tâm thời gian tới'
).split(' ');

function article(seed: number, length = 400): string {
  const next = rng(seed);
  return Array.from({ length }, () => VOCAB[Math.floor(next() * VOCAB.length)]).join(' ');
}

/** Change about `fraction` of the words of a text, deterministically. */
function edit(text: string, fraction: number, seed: number): string {
  const next = rng(seed);
  return text
    .split(' ')
    .map((w) => (next() < fraction ? `sửa${Math.floor(next() * 1000)}` : w))
    .join(' ');
}

describe('normalizeUrl', () => {
  const same = [
    'https://www.xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html',
    'http://xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html',
    'https://xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html/',
    'https://amp.xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html',
    'https://m.xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html?utm_source=facebook&utm_medium=social',
    'https://XAYDUNGDANG.org.vn:443/tin-tuc/hoi-nghi-123.html#binh-luan',
    'https://xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html?fbclid=IwAR0abc&zarsrc=30&gidzl=xyz',
    'https://xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html/amp',
    ' https://xaydungdang.org.vn//tin-tuc/hoi-nghi-123.html ',
  ];
  it('gives every spelling of one page the same key', () => {
    const keys = new Set(same.map(normalizeUrl));
    expect([...keys]).toEqual(['xaydungdang.org.vn/tin-tuc/hoi-nghi-123.html']);
  });

  it('keeps what tells pages apart: path case, real parameters, other hosts', () => {
    expect(normalizeUrl('https://a.vn/news?id=1')).not.toBe(normalizeUrl('https://a.vn/news?id=2'));
    expect(normalizeUrl('https://a.vn/news?b=2&a=1')).toBe(normalizeUrl('https://a.vn/news?a=1&b=2&utm_campaign=x'));
    expect(normalizeUrl('https://a.vn/Tin/1')).not.toBe(normalizeUrl('https://a.vn/tin/1'));
    expect(normalizeUrl('https://a.vn/tin/1')).not.toBe(normalizeUrl('https://b.vn/tin/1'));
    expect(normalizeUrl('https://a.vn/tin/đảng')).toBe(normalizeUrl('https://a.vn/tin/%C4%91%E1%BA%A3ng'));
  });

  it('refuses what is not an http(s) URL', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(normalizeUrl('ftp://a.vn/x')).toBeNull();
  });
});

describe('shingles and jaccard', () => {
  it('ignores case, punctuation and Unicode normalization', () => {
    const a = shingles('Kết luận số 75-KL/TW của Ban Chấp hành Trung ương.');
    const b = shingles('KẾT LUẬN SỐ 75 KL TW, của Ban Chấp hành Trung ương'.normalize('NFD'));
    expect(jaccard(a, b)).toBe(1);
  });
  it('gives a short text one shingle and an empty text none', () => {
    expect(shingles('Hai từ').size).toBe(1);
    expect(shingles('  ,.;  ').size).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('findDuplicates', () => {
  const base = article(1);

  it('reports the same URL with both file names', () => {
    const records: ArticleRecord[] = [
      { sourceFile: '010-a.txt', url: 'https://www.baomoi.vn/x-1.html?utm_source=zalo', body: article(2) },
      { sourceFile: '011-b.txt', url: 'http://baomoi.vn/x-1.html', body: article(3) },
      { sourceFile: '012-c.txt', url: 'https://baomoi.vn/x-2.html', body: article(4) },
    ];
    const found = findDuplicates(records);
    expect(found).toEqual([{ kind: 'url', a: '010-a.txt', b: '011-b.txt', url: 'https://www.baomoi.vn/x-1.html?utm_source=zalo' }]);
    expect(describeDuplicate(found[0]!)).toMatch(/010-a\.txt and 011-b\.txt.*Remove one source file/);
  });

  it('reports nearly the same body from another outlet, not a different article', () => {
    const records: ArticleRecord[] = [
      { sourceFile: '020-original.txt', url: 'https://xaydungdang.org.vn/a.html', body: base },
      // Republished with a new dateline, a different byline and a few edits.
      { sourceFile: '021-copy.txt', url: 'https://baonghean.vn/b.html', body: `(NA) - ${edit(base, 0.01, 7)} Theo Xây dựng Đảng` },
      // Same vocabulary, different text.
      { sourceFile: '022-other.txt', body: article(99) },
      // Heavily rewritten: more than a fifth of the words changed.
      { sourceFile: '023-rewritten.txt', body: edit(base, 0.25, 8) },
    ];
    const found = findDuplicates(records);
    expect(found.map((d) => [d.kind, d.a, d.b])).toEqual([['body', '020-original.txt', '021-copy.txt']]);
    const d = found[0]!;
    expect(d.kind === 'body' && d.similarity).toBeGreaterThanOrEqual(0.8);
    expect(describeDuplicate(d)).toMatch(/020-original\.txt and 021-copy\.txt.*republishes: 020-original\.txt/);
  });

  it('does not report a pair marked with republishes, in either direction or by path', () => {
    const copy = edit(base, 0.01, 3);
    const marked: ArticleRecord[] = [
      { sourceFile: '030-original.txt', body: base },
      { sourceFile: '031-copy.txt', body: copy, republishes: '030-original.txt' },
      { sourceFile: '032-copy2.txt', body: copy, republishes: 'content/sources/030-original' },
    ];
    expect(findDuplicates(marked)).toEqual([]);
    // An unmarked third copy is still reported against both.
    const third = [...marked, { sourceFile: '033-unmarked.txt', body: copy }];
    expect(findDuplicates(third).map((d) => `${d.a}|${d.b}`)).toEqual([
      '030-original.txt|033-unmarked.txt',
      '031-copy.txt|033-unmarked.txt',
      '032-copy2.txt|033-unmarked.txt',
    ]);
  });

  it('reports a pair once even when both URL and body match', () => {
    const found = findDuplicates([
      { sourceFile: 'a.txt', url: 'https://a.vn/1', body: base },
      { sourceFile: 'b.txt', url: 'https://a.vn/1/', body: base },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('url');
  });

  it('names republishes that point nowhere', () => {
    expect(
      danglingRepublishes([
        { sourceFile: 'a.txt', body: 'x' },
        { sourceFile: 'b.txt', body: 'y', republishes: 'a.txt' },
        { sourceFile: 'c.txt', body: 'z', republishes: 'missing.txt' },
      ]),
    ).toEqual([{ sourceFile: 'c.txt', republishes: 'missing.txt' }]);
  });

  it('finds the planted pairs among 10,000 articles without comparing all pairs', () => {
    const records: ArticleRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
      sourceFile: `${String(i).padStart(5, '0')}.txt`,
      body: article(1000 + i, 120),
    }));
    // Plant three near copies.
    for (const [from, to] of [
      [10, 9000],
      [500, 501],
      [4242, 7777],
    ] as const) {
      records[to] = { sourceFile: records[to]!.sourceFile, body: edit(records[from]!.body, 0.01, to) };
    }
    const found = findDuplicates(records);
    expect(found.map((d) => `${d.a}|${d.b}`)).toEqual(['00010.txt|09000.txt', '00500.txt|00501.txt', '04242.txt|07777.txt']);
  });

  it('is deterministic and independent of input order', () => {
    const records: ArticleRecord[] = [
      { sourceFile: 'b.txt', body: base },
      { sourceFile: 'a.txt', body: edit(base, 0.01, 1) },
      { sourceFile: 'c.txt', body: article(5) },
    ];
    const one = findDuplicates(records);
    expect(findDuplicates([...records].reverse())).toEqual(one);
    expect(one.map((d) => `${d.a}|${d.b}`)).toEqual(['a.txt|b.txt']);
  });
});
