/**
 * The fast paths of src/lib/yaml.ts against the yaml package itself (the
 * oracle): on realistic records, on the generated articles, and on hostile
 * values and texts, a fast path either gives exactly the package's result or
 * steps aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFlatYaml, readFrontmatterYaml, readWithLibrary, readWrittenYaml, writeFrontmatterYaml, writeYamlWithLibrary, YamlError } from '../../src/lib/yaml.ts';
import { HOSTILE, TRICKY, pick, random, randomText } from '../fixtures/tricky-text.ts';

const ARTICLES = join(import.meta.dirname, '../../content/articles');

/** What the YAML parser makes of a front block, as front.ts calls it. */
function viaYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, schema: 'core' });
  return doc.errors.length > 0 ? 'error' : doc.toJS({ maxAliasCount: 0 });
}

/** The package's YAML 1.1 reading, or 'error'. */
function oracle11(text: string): unknown {
  try {
    return readWithLibrary(text, { version: '1.1' });
  } catch {
    return 'error';
  }
}

const FRONT_KEYS = new Set(['title', 'url', 'date', 'authors', 'publisher', 'republishes']);

describe('readFlatYaml (a source front block)', () => {
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
      const fast = readFlatYaml(text, FRONT_KEYS);
      if (fast === null) continue;
      accepted++;
      if (JSON.stringify(fast) !== JSON.stringify(viaYaml(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
    expect(readFlatYaml('url: https://x.vn/a\ntitle: "Kim Sơn: Triển khai"\ndate: 2026-09-28', FRONT_KEYS)).toEqual({
      url: 'https://x.vn/a',
      title: 'Kim Sơn: Triển khai',
      date: '2026-09-28',
    });
  });

  it('leaves to the parser what it does not read', () => {
    for (const text of ['', 'title: a\ntitle: b', 'title: a: b', 'date: 2013', 'title: true', "title: 'x'", 'authors:\n  - A', 'title: a #b', 'unknown: a', '__proto__: a']) {
      expect(readFlatYaml(text, FRONT_KEYS)).toBeNull();
    }
  });
});

/** A realistic frontmatter record, in the shapes an article has, with hostile text in its strings. */
function record(r: () => number): Record<string, unknown> {
  const str = () => (r() < 0.3 ? pick(r, [...HOSTILE, ...TRICKY]) : randomText(r)).replace(/\n/g, ' ');
  const list = <T>(make: () => T, max: number) => Array.from({ length: Math.floor(r() * (max + 1)) }, make);
  const official = () => ({ name: str(), slug: 'x-y', titles: list(str, 3), verified: r() < 0.5 });
  return {
    title: str(),
    date: pick(r, ['2020-07-01', '2020-7-1', str()]),
    dateSource: 'published',
    ...(r() < 0.5 ? { published: '2020-07-01T10:45:00+07:00' } : {}),
    sourceFile: pick(r, ['001-a.txt', 'yes', 'null', '0123', '1e3', '12:30:00', str()]),
    authors: list(str, 3),
    chairs: list(() => ({ ...official(), role: 'chủ trì' }), 2),
    directives: list(
      () => ({
        number: pick(r, ['35', '05', '0123', '0x1f', '1_000', '.5', '~', 'on', 'No', str()]),
        verified: r() < 0.5,
        citations: list(() => ({ sentence: str(), form: str(), line: Math.floor(r() * 500) + 1 }), 3),
      }),
      3,
    ),
  };
}

describe('writeFrontmatterYaml', () => {
  it('writes exactly as the yaml package does, realistic records with hostile strings', () => {
    const r = random(31);
    const wrong: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const data = record(r);
      if (writeFrontmatterYaml(data) !== writeYamlWithLibrary(data)) wrong.push(JSON.stringify(data));
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('leaves unusual shapes to the package', () => {
    for (const data of [{ a: {} }, { a: null }, { a: 'x\ny' }, { a: 'x\u0007' }, { a: -1 }, { a: 1.5 }, { yes: 'a' }, { 'a b': 'c' }, { a: [[1]] }, { a: '' }]) {
      expect(writeFrontmatterYaml(data)).toBe(writeYamlWithLibrary(data));
    }
  });
});

describe('readFrontmatterYaml', () => {
  it('reads every written record as the package does, and as it was written', () => {
    const r = random(32);
    const wrong: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const data = record(r);
      const text = writeFrontmatterYaml(data);
      const read = readFrontmatterYaml(text);
      if (JSON.stringify(read) !== JSON.stringify(oracle11(text)) || JSON.stringify(read) !== JSON.stringify(data)) wrong.push(text);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('reads the committed articles as the package does', () => {
    for (const f of readdirSync(ARTICLES).filter((x) => x.endsWith('.mdx'))) {
      const text = readFileSync(join(ARTICLES, f), 'utf8');
      const yaml = text.slice(4, text.indexOf('\n---', 3) + 1);
      expect(readFrontmatterYaml(yaml), f).toEqual(oracle11(yaml));
      // …and without the package: the fast path covers what the ingest writes.
      expect(readWrittenYaml(yaml), f).toEqual(oracle11(yaml));
    }
  });

  it('agrees with the package on hand-edited and hostile texts (or leaves them to it)', () => {
    const texts = [
      'title: a\ndate: 2020-07-01\n', // a bare date: a Date in YAML 1.1
      'title: a # note\n',
      'title: a\n# note\n',
      'title: a \n',
      'title:  a\n',
      'title: a\n  b\n',
      'title: yes\n',
      'title: No\n',
      'title: 0123\n',
      'title: 1_000\n',
      'title: 12:30\n',
      'title: ~\n',
      'title: "a\\x41"\n',
      'title: "a\\/b"\n',
      'title: "a\\u0041"\n',
      "title: 'it''s'\n",
      "title: 'a\n",
      'title: "a\n',
      'title: a\ntitle: b\n',
      'title: [a, b]\n',
      'title: {a: b}\n',
      'authors:\n- A\n- B\n',
      'authors:\n  - A\n   - B\n',
      'authors:\n  - name: A\n    titles: []\n  - B\n',
      'authors:\n  -   A\n',
      'a: &x 1\nb: *x\n',
      '<<: {a: 1}\n',
      '__proto__: {polluted: 1}\n',
      'constructor: a\n',
      'title: a',
      'title:\n',
      '',
      '\n',
      'chairs:\n  - name: A\n    verified: true\n    line: 12\n',
      'title: true\nn: 9007199254740993\n',
    ];
    for (const text of texts) {
      let fast: unknown;
      try {
        fast = readFrontmatterYaml(text);
      } catch (e) {
        expect(e, text).toBeInstanceOf(YamlError);
        fast = 'error';
      }
      expect(JSON.stringify(fast), text).toBe(JSON.stringify(oracle11(text)));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the line of a YAML error', () => {
    expect(() => readFrontmatterYaml('title: a\nurl: [\n')).toThrow(YamlError);
    try {
      readFrontmatterYaml('title: a\ntitle: b\n');
    } catch (e) {
      expect((e as YamlError).line).toBe(2);
    }
    expect.assertions(2);
  });
});
