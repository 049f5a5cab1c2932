/**
 * The benchmark's corpus generator: deterministic for a seed, covering every
 * form the ingest handles, with namesake directives and officials whose
 * titles change. No timings here: benchmarks print numbers, tests never
 * assert them.
 */
import { describe, expect, it } from 'vitest';
import { TERMS, weekday } from '../../scripts/bench/calendar.ts';
import { NOW, OUTLETS, createWorld, generateArticle, generateCorpus, toOldStyle, type GeneratedArticle } from '../../scripts/bench/generate.ts';
import { titlesAt } from '../../scripts/bench/pools.ts';
import { Rng } from '../../scripts/bench/prng.ts';

const world = createWorld();
const corpus: GeneratedArticle[] = [...generateCorpus(600, world.seed, world)];
const texts = corpus.map((a) => a.text);
const some = (re: RegExp) => texts.some((t) => re.test(t));
const count = <T>(items: T[], f: (x: T) => boolean) => items.filter(f).length;

describe('prng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('determinism', () => {
  it('writes the same corpus for the same seed', () => {
    const again = [...generateCorpus(60, world.seed)];
    expect(again.map((a) => a.file)).toEqual(corpus.slice(0, 60).map((a) => a.file));
    expect(again.map((a) => a.text)).toEqual(texts.slice(0, 60));
  });

  it('writes a different corpus for another seed', () => {
    const other = [...generateCorpus(20, world.seed + 1)];
    expect(other.filter((a, i) => a.text === texts[i]).length).toBe(0);
  });

  it('makes article i independent of N', () => {
    expect(generateArticle(world, 37).text).toBe(texts[37]);
  });

  it('names files uniquely and readably', () => {
    const files = corpus.map((a) => a.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(f).toMatch(/^\d{5}-[a-z0-9-]+\.txt$/);
  });
});

describe('date forms', () => {
  it('prints every date form of the seeds and the corpus', () => {
    expect(some(/^\d{2}:\d{2}' \d{1,2}\/\d{1,2}\/\d{4}$/m)).toBe(true); // 17:50' 29/6/2020
    expect(some(/^\d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/m)).toBe(true); // 02/06/2020 - 06:17
    expect(some(/^\d{2}:\d{2}:\d{2} \d{2}-\d{2}-\d{4}$/m)).toBe(true); // 15:30:31 28-12-2023, at the end
    expect(some(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/m)).toBe(true); // 10:45, 01/07/2020
    expect(some(/^Cập nhật lúc \d{2}:\d{2}, Thứ \p{L}+, \d{2}\/\d{2}\/\d{4} \(GMT\+7\)$/mu)).toBe(true);
    expect(some(/^Thứ \p{L}+, \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \(GMT\+7\)$/mu)).toBe(true);
    expect(some(/^Cập nhật ngày: \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}$/m)).toBe(true);
    expect(some(/^date: \d{4}-\d{2}-\d{2}$/m)).toBe(true);
    expect(new Set(corpus.map((a) => a.truth.outlet))).toEqual(new Set(OUTLETS));
  });

  it('prints the date it was given, with the right weekday', () => {
    let checked = 0;
    for (const a of corpus) {
      const m = /^Cập nhật lúc \d{2}:\d{2}, (Thứ \p{L}+|Chủ Nhật), (\d{2})\/(\d{2})\/(\d{4})/mu.exec(a.text);
      if (!m) continue;
      const day = { y: Number(m[4]), m: Number(m[3]), d: Number(m[2]) };
      expect(`${m[4]}-${m[3]}-${m[2]}`).toBe(a.truth.date);
      expect(m[1]).toBe(weekday(day));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('spreads dates over 2006–2026 and never past its clock', () => {
    const years = new Set(corpus.map((a) => Number(a.truth.date.slice(0, 4))));
    for (let y = 2006; y <= 2026; y++) expect(years.has(y), `year ${y}`).toBe(true);
    const now = `${NOW.y}-${String(NOW.m).padStart(2, '0')}-${String(NOW.d).padStart(2, '0')}`;
    expect(corpus.every((a) => a.truth.date <= now)).toBe(true);
  });

  it('writes event dates in the body forms', () => {
    expect(some(/(Sáng|Chiều|Tối) nay \(\d{1,2}\/\d{1,2}\)/)).toBe(true);
    expect(some(/(Sáng|Chiều|Tối) ngày \d{1,2}-\d{1,2}-\d{4}/)).toBe(true);
    expect(some(/(Sáng|Chiều|Tối) \d{1,2}\.\d{1,2},/)).toBe(true);
  });
});

describe('bylines, captions and chrome', () => {
  it('prints every byline form', () => {
    expect(some(/^Tin: [^\n]*\p{Ll}Ảnh: \p{Lu}/mu)).toBe(true); // glued
    expect(some(/^\p{Lu}{2,}( \p{Lu}{2,})+$/mu)).toBe(true); // ALL CAPS name
    expect(some(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ [–-] \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/mu)).toBe(true); // A – B
    expect(some(/^Nguồn: .+$/m)).toBe(true);
    expect(some(/^\(CT\)- /m)).toBe(true);
    expect(some(/^B[A-ZĐ]+O? - /m)).toBe(true); // BHG - , BTNO -
  });

  it('adds boilerplate blocks, captions, repeated paragraphs and teasers', () => {
    for (const marker of ['Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY', 'Bài cùng chuyên mục', 'Chia sẻ bài viết', 'Sự kiện liên quan', 'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh', 'Đối tác của chúng tôi', 'GIỚI THIỆU TẠP CHÍ IN']) {
      expect(some(new RegExp(`^\\s*${marker.replace(/[()]/g, '\\$&')}\\s*$`, 'm')), marker).toBe(true);
    }
    expect(some(/ \[…\]$/m)).toBe(true);
    expect(count(corpus, (a) => a.truth.captions > 0)).toBeGreaterThan(corpus.length / 3);
    expect(count(corpus, (a) => a.truth.repeatedParagraphs > 0)).toBeGreaterThan(20);
    // A repeated paragraph really is in the text twice.
    const rep = corpus.find((a) => a.truth.outlet === 'thcl' && a.truth.repeatedParagraphs > 0)!;
    const paras = rep.text.split('\n').filter((l) => l.length > 80);
    expect(new Set(paras).size).toBeLessThan(paras.length);
  });

  it('prints some sites in old-style tone marks', () => {
    expect(toOldStyle('Ủy ban khóa Hòa của quý Thủy mùa')).toBe('Uỷ ban khoá Hoà của quý Thuỷ mùa');
    expect(count(corpus, (a) => a.truth.oldStyleTones)).toBeGreaterThan(20);
    expect(some(/Uỷ viên|khoá/)).toBe(true);
  });
});

describe('chairs and officials', () => {
  it('writes every chair form, and traps that are not chairs', () => {
    const forms = new Set(corpus.flatMap((a) => a.truth.chairForms));
    for (const f of ['name-titles-comma', 'name-titles-dash', 'titles-before-name', 'verb-before-name', 'passive', 'list-semicolon', 'list-cac-dong-chi', 'list-verb-before', 'bridge', 'caption-only']) {
      expect(forms.has(f), f).toBe(true);
    }
    expect(some(/Các đồng chí: [^\n]+; [^\n]+ đồng chủ trì/)).toBe(true);
    expect(some(/chủ trì điểm cầu/)).toBe(true);
    expect(some(/(Dự|Tham dự)( hội nghị)? có (đồng chí|ông|bà) /)).toBe(true);
    const traps = new Set(corpus.flatMap((a) => a.truth.traps));
    for (const t of ['report-number', 'unnumbered-draft', 'moderator-signer', 'personnel-decision']) expect(traps.has(t), t).toBe(true);
  });

  it('keeps a pool of a few hundred officials whose titles change over the years', () => {
    const people = world.officials.people;
    expect(people.length).toBeGreaterThan(200);
    expect(people.length).toBeLessThan(1500);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    const promoted = people.filter((p) => new Set(p.tenures.map((t) => t.post.id)).size > 1);
    expect(promoted.length).toBeGreaterThan(50);
    const p = promoted[0]!;
    const [a, b] = [p.tenures[0]!, p.tenures.at(-1)!];
    expect(titlesAt(p, a.from)).not.toEqual(titlesAt(p, b.from));
  });

  it('mentions the same official in many articles', () => {
    const mentions = new Map<string, number>();
    for (const a of corpus) for (const o of a.truth.officials) mentions.set(o, (mentions.get(o) ?? 0) + 1);
    expect(mentions.size).toBeGreaterThan(100);
    expect(Math.max(...mentions.values())).toBeGreaterThan(10);
    // Every chair and the title are in the text, spelled as the truth says.
    for (const a of corpus.slice(0, 200)) {
      for (const c of a.truth.chairs) expect(a.text.includes(c), `${a.file}: ${c}`).toBe(true);
      if (!a.truth.front || a.truth.outlet !== 'thanhnien') expect(a.text.includes(a.truth.title), a.file).toBe(true);
    }
  });
});

describe('directives', () => {
  it('spans the Party terms and the kinds, with state documents', () => {
    const docs = world.directives.docs;
    expect(docs.length).toBeGreaterThan(300);
    expect(new Set(docs.map((d) => d.term)).size).toBeGreaterThan(TERMS.length);
    for (const suffix of ['-NQ/TW', '-CT/TW', '-KL/TW', '-QĐ/TW', '-HD/BTCTW', '/NQ-CP', '/NĐ-CP', '/QĐ-TTg']) {
      expect(docs.some((d) => d.code.endsWith(suffix)), suffix).toBe(true);
    }
  });

  it('has same-number namesakes in different terms, and cites both', () => {
    const terms = new Map<string, Set<string>>();
    for (const d of world.directives.party) terms.set(d.code, (terms.get(d.code) ?? new Set()).add(d.term));
    const namesakes = [...terms].filter(([, t]) => t.size > 1).map(([c]) => c);
    expect(namesakes.length).toBeGreaterThan(20);
    expect(namesakes).toContain('35-CT/TW');
    const cited = new Map<string, Set<string>>();
    for (const a of corpus) for (const id of a.truth.directives) {
      const [code, term] = id.split('@') as [string, string];
      cited.set(code, (cited.get(code) ?? new Set()).add(term));
    }
    expect([...cited.values()].filter((t) => t.size > 1).length).toBeGreaterThan(5);
  });

  it('cites in every form the ingest handles', () => {
    const forms = new Set(corpus.flatMap((a) => a.truth.citationForms));
    for (const f of ['full-code', 'full-code-date', 'code', 'number-issuer', 'number-so-issuer', 'number-bare', 'code-term', 'state-full', 'state-short', 'plenum', 'plenum-number', 'plenum-pair', 'quoted', 'local']) {
      expect(forms.has(f), f).toBe(true);
    }
    expect(some(/Kết luận số \d+-KL\/TW của (Ban Chấp hành Trung ương|BCH TW|BCH Trung ương|Trung ương|Ban Chấp hành Trung ương Đảng|Bộ Chính trị|Ban Bí thư)/)).toBe(true);
    expect(some(/Chỉ thị \d+ của Bộ Chính trị/)).toBe(true);
    expect(some(/Nghị quyết số \d+\/NQ-CP, ngày \d{1,2}[-/]\d{1,2}[-/]\d{4} của Chính phủ/)).toBe(true);
    expect(some(/Nghị quyết Trung ương 4 khó?a X[IV]*, khó?a X[IV]*/u) || some(/Nghị quyết Trung ương 4 khoá X[IV]*, khoá/)).toBe(true);
    expect(some(/Nghị quyết \d+ tại Hội nghị Trung ương \d+\(khó?a X[IV]*\)/u) || some(/\(khoá X[IV]*\)/)).toBe(true);
  });

  it('lets a few documents dominate, as real citation counts do', () => {
    const counts = new Map<string, number>();
    for (const a of corpus) for (const id of a.truth.directives) counts.set(id, (counts.get(id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(corpus.length / 20);
    expect(sorted.filter((c) => c === 1).length).toBeGreaterThan(10);
  });
});

describe('vocabulary', () => {
  it('spreads over thousands of distinct words, not a handful of sentences', () => {
    const words = new Set<string>();
    let sentences = 0;
    const distinctSentences = new Set<string>();
    for (const t of texts) {
      for (const w of t.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
      for (const s of t.split(/(?<=\.)\s+/)) {
        if (s.length < 60) continue;
        sentences++;
        distinctSentences.add(s);
      }
    }
    expect(words.size).toBeGreaterThan(2500);
    expect(distinctSentences.size / sentences).toBeGreaterThan(0.8);
  });

  it('varies article lengths and paragraph counts', () => {
    const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
    expect(lengths.at(-1)! / lengths[0]!).toBeGreaterThan(5);
    const paras = texts.map((t) => t.split('\n').filter((l) => l.length > 120).length);
    expect(new Set(paras).size).toBeGreaterThan(15);
  });
});
