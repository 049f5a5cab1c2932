/**
 * Where citations and names sit in the body (`at`): the finders' positions
 * turned into [block, start, end] places that read, in the block's text, as
 * what was found; checked by the pipeline before writing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/ingest/directives/find.ts';
import { resolveDirectives } from '../../src/lib/ingest/directives/resolve.ts';
import { extractPeople } from '../../src/lib/ingest/people/index.ts';
import { ingestSource } from '../../src/lib/ingest/pipeline.ts';
import { blockSpans, checkSpans } from '../../src/lib/ingest/spans.ts';
import type { Block } from '../../src/lib/ingest/types.ts';
import { IngestError } from '../../src/lib/ingest/types.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import type { Span } from '../../src/lib/schema.ts';
import { loadDirectiveRegistry } from '../fixtures/directives/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REGISTRY = loadDirectiveRegistry();

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ line: i + 1, text, kind: 'body' }));
const read = (bs: readonly Block[], [b, s, e]: Span) => bs[b]!.text.slice(s, e);

describe('citations: every form, placed where it is written', () => {
  const bs = blocks(
    'Quán triệt Kết luận số 75-KL/TW, ngày 5-6-2020 của Bộ Chính trị khóa XII và Chỉ thị 35 của Bộ Chính trị.',
    'Thực hiện Kết luận 75, Chỉ thị 35 và Nghị quyết Trung ương 4 khóa XII; tiếp tục quán triệt Kết luận 75.',
    'Kiểm điểm theo Nghị quyết Trung ương 4 khóa XI, khóa XII.',
  );
  const directives = resolveDirectives(findCitations(bs), REGISTRY, '2020-07-01');
  const placed = directives.flatMap((d) => d.citations.flatMap((c) => c.at.map((at) => [d.id, read(bs, at), at[0]] as const)));

  it('places full, short and plenum forms in their blocks', () => {
    expect(placed).toEqual(
      expect.arrayContaining([
        ['ket-luan-75-kl-tw-khoa-xii', 'Kết luận số 75-KL/TW', 0],
        ['ket-luan-75-kl-tw-khoa-xii', 'Kết luận 75', 1],
        ['chi-thi-35-ct-tw-khoa-xii', 'Chỉ thị 35', 0],
        ['chi-thi-35-ct-tw-khoa-xii', 'Chỉ thị 35', 1],
        ['nghi-quyet-4-nq-tw-khoa-xii', 'Nghị quyết Trung ương 4 khóa XII', 1],
      ]),
    );
  });

  it('records the same form twice in one sentence as one citation in two places', () => {
    const kl75 = directives.find((d) => d.id === 'ket-luan-75-kl-tw-khoa-xii')!;
    const twice = kl75.citations.find((c) => c.at.length === 2)!;
    expect(twice.form).toBe('Kết luận 75');
    expect(twice.at.map((at) => read(bs, at))).toEqual(['Kết luận 75', 'Kết luận 75']);
    expect(twice.at[0]![1]).toBeLessThan(twice.at[1]![1]);
  });

  it('gives each term of "Nghị quyết Trung ương 4 khóa XI, khóa XII" its own words', () => {
    const third = placed.filter(([, , b]) => b === 2).sort((a, b) => a[1].length - b[1].length).reverse();
    expect(third).toEqual([
      ['nghi-quyet-12-nq-tw-khoa-xi', 'Nghị quyết Trung ương 4 khóa XI', 2],
      ['nghi-quyet-4-nq-tw-khoa-xii', 'khóa XII', 2],
    ]);
  });
});

describe('officials: every resolved mention of the name', () => {
  it('places each mention, in either tone spelling, and a name broken across two source lines in both', () => {
    const bs = blocks('Đồng chí Trương Thị', 'Mai, Trưởng Ban Tổ chức Trung ương phát biểu.', 'Bà Trương Thị Mai nhấn mạnh.');
    const [mai] = extractPeople(bs, []).officials;
    expect(mai!.name).toBe('Trương Thị Mai');
    expect(mai!.at).toEqual([
      [0, 9, 19],
      [1, 0, 3],
      [2, 3, 17],
    ]);
    expect(mai!.at.map((at) => read(bs, at))).toEqual(['Trương Thị', 'Mai', 'Trương Thị Mai']);
  });

  it('splits a joined text back into its blocks', () => {
    const joined = { text: 'ab\ncd', parts: [{ block: 4, offset: 0, length: 2 }, { block: 5, offset: 3, length: 2 }] };
    expect(blockSpans(joined, 1, 4)).toEqual([
      [4, 1, 2],
      [5, 0, 1],
    ]);
    expect(blockSpans(joined, 3, 5)).toEqual([[5, 0, 2]]);
  });
});

describe('the pipeline checks every place before writing', () => {
  const bs = blocks('Quán triệt Kết luận 75.');
  const citation = (at: Span) => ({
    directives: [{ id: 'x', code: '75-KL/TW', kind: 'Kết luận' as const, number: '75', issuer: 'TW', termSource: 'registry' as const, verified: true, citations: [{ sentence: 'Quán triệt Kết luận 75.', form: 'Kết luận 75', line: 1, at: [at] }] }],
    officials: [],
  });

  it('accepts a place that reads as the form, refuses one elsewhere or past the end', () => {
    expect(() => checkSpans(citation([0, 11, 22]), bs)).not.toThrow();
    expect(() => checkSpans(citation([0, 10, 21]), bs)).toThrow(IngestError);
    expect(() => checkSpans(citation([0, 11, 40]), bs)).toThrow(/outside the body/);
    expect(() => checkSpans(citation([1, 0, 5]), bs)).toThrow(/outside the body/);
  });

  it('writes places that read as their forms for every committed source', () => {
    const registries = loadRegistries(join(ROOT, 'content'));
    const dir = join(ROOT, 'content/sources');
    let places = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const r = ingestSource(readFileSync(join(dir, f)), f, registries);
      if (!r.ok) continue;
      for (const d of r.data.directives) for (const c of d.citations) for (const at of c.at) {
        expect(c.form, f).toContain(read(r.blocks, at));
        places++;
      }
      for (const o of r.data.officials) {
        expect(o.at.length, `${f}: ${o.name}`).toBeGreaterThan(0);
        places += o.at.length;
      }
    }
    expect(places).toBeGreaterThan(50);
  });
});
