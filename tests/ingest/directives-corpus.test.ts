/**
 * Regression corpus: the five seeds and the fifteen real articles (copied
 * from shared/corpus into tests/fixtures/corpus), with the
 * documents each cites as read by hand (tests/fixtures/directives/expected.json).
 * Re-run on every change to the patterns, the finder or the registry.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/lib/ingest/directives/find.ts';
import { resolveDirectives } from '../../src/lib/ingest/directives/resolve.ts';
import { directiveSchema } from '../../src/lib/schema.ts';
import { loadDirectiveRegistry, rawBlocks, readSource } from '../fixtures/directives/helpers.ts';
import expected from '../fixtures/directives/expected.json' with { type: 'json' };

const REGISTRY = loadDirectiveRegistry();

interface Expected {
  file: string;
  date: string;
  note?: string;
  directives: { id: string; code: string; kind: string; issuer: string; term?: string; termSource: string; verified: boolean; citations: string[] }[];
}

function run(file: string, date: string) {
  return resolveDirectives(findCitations(rawBlocks(readSource(file))), REGISTRY, date);
}

describe.each((expected as Expected[]).map((e) => [e.file.split('/').pop()!, e] as const))('%s', (_name, e) => {
  it('cites exactly the expected documents', () => {
    const got = run(e.file, e.date).map((d) => ({
      id: d.id,
      code: d.code,
      kind: d.kind,
      issuer: d.issuer,
      ...(d.term ? { term: d.term } : {}),
      termSource: d.termSource,
      verified: d.verified,
      citations: d.citations.map((c) => `${c.line}: ${c.form}`),
    }));
    expect(got).toEqual(e.directives);
  });

  it('gives valid, deterministic records whose sentences contain their forms', () => {
    const a = run(e.file, e.date);
    expect(JSON.stringify(run(e.file, e.date))).toBe(JSON.stringify(a));
    for (const d of a) {
      directiveSchema.parse(d);
      for (const c of d.citations) expect(c.sentence).toContain(c.form);
    }
  });
});

describe('the brief’s per-seed expectations', () => {
  const codes = (file: string, date: string) => run(file, date).map((d) => `${d.code}${d.term ? ` ${d.term}` : ''}`);

  it('000 cites 75-KL/TW, 45-CT/TW, 35-CT/TW of XII and 260-QĐ/TW of X', () => {
    expect(codes('content/sources/000-ket-qua-cong-tac-tuan-22-28-6-2020.txt', '2020-06-29')).toEqual(['75-KL/TW XII', '45-CT/TW XII', '35-CT/TW XII', '260-QĐ/TW X']);
  });
  it('001 cites 128/NQ-CP, the Congress XIII resolution and NQ TW5 khóa X', () => {
    expect(codes('content/sources/001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022.txt', '2022-01-12')).toEqual([
      'Nghị quyết Đại hội XIII XIII',
      '128/NQ-CP 2021',
      'NQ TW5 khóa X X',
    ]);
  });
  it('002 cites 35-CT/TW, 12-NQ/TW, 04-NQ/TW, 05-CT/TW, 205-QĐ/TW', () => {
    expect(codes('content/sources/002-kiem-soat-quyen-luc-cong-tac-can-bo.txt', '2020-06-02')).toEqual([
      '35-CT/TW XII',
      '12-NQ/TW XI',
      '04-NQ/TW XII',
      '05-CT/TW XII',
      '205-QĐ/TW XII',
    ]);
  });
  it('003 cites 21-KL/TW', () => {
    expect(codes('content/sources/003-tong-ket-nganh-to-chuc-xay-dung-dang-2023.txt', '2023-12-28')).toEqual(['21-KL/TW XIII']);
  });
  it('004 cites 35-CT/TW, 75-KL/TW, 45-CT/TW, 26-NQ/TW', () => {
    expect(codes('content/sources/004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap.txt', '2020-07-01')).toEqual(['35-CT/TW XII', '75-KL/TW XII', '45-CT/TW XII', '26-NQ/TW XII']);
  });
  it('corpus 13 (Điện Biên, 2024) cites the 35-CT/TW of XIII, whatever the article date says', () => {
    for (const date of ['2024-10-04', '2026-03-01']) {
      expect(codes('tests/fixtures/corpus/13-dienbien-huyen-uy-quan-triet-chi-thi-35.txt', date)).toEqual(['35-CT/TW XIII']);
    }
  });
});
