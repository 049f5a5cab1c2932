import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { simpleFront } from '../../src/lib/ingest/front.ts';

/** What the YAML parser makes of a front block, as front.ts calls it. */
function viaYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, schema: 'core' });
  return doc.errors.length > 0 ? 'error' : doc.toJS({ maxAliasCount: 0 });
}

describe('simpleFront', () => {
  const values = [
    'Khai mạc Đại hội', 'a: b', 'a #b', 'a#b', 'abc:', 'abc :', 'Null', 'nullx', 'True', 'TRUE', 'yes', 'no', 'on', '~', '2013',
    '2013-12-28', '2013-12-28 10:00', '2013-12-28T10:00:00', '2013-12-28T10:00:00+07:00', '0x1f', '.inf', '-a', '"q"', '""',
    '"a\\"b"', '"a\\nb"', "'s'", 'a "b" c', "Ông 'x'", 'a [b] {c}, d', 'a & b * c ! d', 'a | b > c', 'a % @ `', 'x  y', 'x ',
    ' x', '"a" b', 'https://baomoi.com/a-b/c/4811135.epi?x=1#c', 'a\\b', '&a', '*a', '!a', '1.5', '12:30', 'a\tb', 'a:b', 'a,b',
  ];
  const blocks = [
    ...['title', 'url', 'date', 'authors', 'publisher', 'republishes', 'unknown'].flatMap((k) => values.map((v) => `${k}: ${v}`)),
    'title: a\ntitle: b',
    'title: a\n  b',
    'title: a\n\nurl: b',
    'title:',
    'title: a\n# note',
    'url: https://thanhnien.vn/x-1852609283788754.htm\ntitle: "Kim Sơn: Triển khai"\ndate: 2026-09-28',
  ];

  it('reads what it accepts exactly as the YAML parser does, and accepts the usual blocks', () => {
    const wrong: string[] = [];
    let accepted = 0;
    for (const text of blocks) {
      const fast = simpleFront(text);
      if (fast === null) continue;
      accepted++;
      if (JSON.stringify(fast) !== JSON.stringify(viaYaml(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
    expect(simpleFront('url: https://x.vn/a\ntitle: "Kim Sơn: Triển khai"\ndate: 2026-09-28')).toEqual({
      url: 'https://x.vn/a',
      title: 'Kim Sơn: Triển khai',
      date: '2026-09-28',
    });
  });

  it('leaves to the parser what it does not read', () => {
    for (const text of ['', 'title: a\ntitle: b', 'title: a: b', 'date: 2013', 'title: true', "title: 'x'", 'authors:\n  - A', 'title: a #b']) {
      expect(simpleFront(text)).toBeNull();
    }
  });
});
