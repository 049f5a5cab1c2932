/** Vietnamese search over Pagefind: the query variants, the phrase tiers and the merge. */
import { describe, expect, it } from 'vitest';
import { directiveKeys, searchFilters } from '../../src/lib/site/search-keys.ts';
import {
  MAX_VARIANTS,
  matchTier,
  mergeCandidates,
  phraseText,
  planSearches,
  queryVariants,
  rankWindow,
  TIER_EXACT,
  TIER_FOLDED,
  TIER_WORDS,
} from '../../src/lib/site/search-query.ts';
import { loadEntries } from './helpers.ts';

describe('queryVariants', () => {
  it('adds đ for every word-initial d, the query as typed first', () => {
    expect(queryVariants('dang uy')).toEqual(['dang uy', 'đang uy']);
    expect(queryVariants('Do Can')).toEqual(['Do Can', 'Đo Can']);
    expect(queryVariants('dai hoi dang')).toEqual(['dai hoi dang', 'đai hoi dang', 'dai hoi đang', 'đai hoi đang']);
  });
  it('leaves words without an initial d alone', () => {
    expect(queryVariants('truong thi mai')).toEqual(['truong thi mai']);
    expect(queryVariants('Đảng ủy')).toEqual(['Đảng ủy']);
    expect(queryVariants('75-KL/TW')).toEqual(['75-KL/TW']);
    expect(queryVariants('  ')).toEqual([]);
  });
  it('stays bounded however many words begin with d', () => {
    const many = queryVariants('dai dong dang dia diem duoc doan');
    expect(many.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(many[0]).toBe('dai dong dang dia diem duoc doan');
    expect(many).toContain('đai đong đang đia điem đuoc đoan');
  });
  it('normalizes to NFC', () => {
    expect(queryVariants('Trương Thị Mai'.normalize('NFD'))).toEqual(['Trương Thị Mai']);
  });
});

describe('planSearches', () => {
  it('adds a phrase search per variant for queries of several words', () => {
    expect(planSearches('dang uy')).toEqual([
      { term: '"dang uy"', variant: 0, phrase: true },
      { term: 'dang uy', variant: 0, phrase: false },
      { term: '"đang uy"', variant: 1, phrase: true },
      { term: 'đang uy', variant: 1, phrase: false },
    ]);
    expect(planSearches('khoá')).toEqual([{ term: 'khoá', variant: 0, phrase: false }]);
    expect(planSearches('"Kết luận 75"')[0]).toEqual({ term: '"Kết luận 75"', variant: 0, phrase: true });
  });
});

describe('matchTier', () => {
  it('ranks the phrase as typed first, tone placement folded (khoá = khóa, Uỷ = Ủy)', () => {
    expect(matchTier('Trương Thị Mai', 'Đồng chí Trương Thị Mai, Ủy viên')).toBe(TIER_EXACT);
    expect(matchTier('khoá', 'Bộ Chính trị khóa XIII')).toBe(TIER_EXACT);
    expect(matchTier('Uỷ ban', 'Ủy ban Thường vụ Quốc hội')).toBe(TIER_EXACT);
    expect(matchTier('75-KL/TW', 'Trích “Kết luận 75-KL/TW, ngày 30-5-2020')).toBe(TIER_EXACT);
  });
  it('then the phrase with every diacritic folded, đ included', () => {
    expect(matchTier('dang uy', 'Đảng ủy Khối các cơ quan')).toBe(TIER_FOLDED);
    expect(matchTier('truong thi mai', 'đồng chí Trương Thị Mai')).toBe(TIER_FOLDED);
    expect(matchTier('ket luan 75', 'thực hiện Kết luận 75 của BCH TW')).toBe(TIER_FOLDED);
  });
  it('never across punctuation, and never inside a word', () => {
    expect(matchTier('dang uy', 'đa dạng. Ủy ban')).toBe(TIER_WORDS);
    expect(matchTier('mai', 'Trương Thị Maiô')).toBe(TIER_WORDS);
    expect(matchTier('dang uy', 'không liên quan')).toBe(TIER_WORDS);
  });
  it('reads codes with their hyphens and slashes as words', () => {
    expect(phraseText('Kết luận 75-KL/TW,')).toBe(' kết luận 75 kl tw | ');
  });
});

describe('mergeCandidates and rankWindow', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('puts phrase hits first, then the best word score; one entry per page', () => {
    const plan = planSearches('dang uy');
    const merged = mergeCandidates(plan, [[], [r('a', 5), r('b', 1)], [r('b', 1)], [r('b', 9), r('c', 2)]]);
    expect(merged.map((c) => [c.id, c.phrase, c.score, c.variant])).toEqual([
      ['b', true, 9, 0],
      ['a', false, 5, 0],
      ['c', false, 2, 1],
    ]);
  });
  it('orders a loaded window by tier, keeping candidate order within a tier', () => {
    expect(rankWindow([{ id: 1, tier: 2 }, { id: 2, tier: 1 }, { id: 3, tier: 0 }, { id: 4, tier: 1 }]).map((x) => x.id)).toEqual([3, 2, 4, 1]);
  });
});

describe('search keys', () => {
  const entries = loadEntries();
  const a000 = entries.find((e) => e.id.startsWith('000'))!.data;
  it('write each cited document the ways readers type it', () => {
    const keys = directiveKeys(a000);
    for (const k of ['Kết luận 75-KL/TW', 'Kết luận 75', 'KL 75', 'Kết luận số 75', 'Chỉ thị 35', 'CT 35', 'Quy định 260-QĐ/TW']) expect(keys).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('give the filters of an article', () => {
    expect(searchFilters(a000)).toEqual({
      nam: ['2020'],
      nguon: ['Tạp chí Xây dựng Đảng'],
      van_ban: ['Kết luận 75-KL/TW (khóa XII)', 'Chỉ thị 45-CT/TW (khóa XII)', 'Chỉ thị 35-CT/TW (khóa XII)', 'Quy định 260-QĐ/TW'],
      can_bo: ['Mai Văn Chính'],
      loai: ['Kết luận', 'Chỉ thị', 'Quy định'],
    });
  });
});
