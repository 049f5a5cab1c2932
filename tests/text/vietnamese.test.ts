import { describe, expect, it } from 'vitest';
import {
  CLEAN_CHARS,
  collapseSpaces,
  compareByGivenName,
  isSpaceCode,
  decodeBytes,
  foldDiacritics,
  foldTonePlacement,
  matchKey,
  normalizeText,
  slugify,
  wordsOnly,
} from '../../src/lib/text/vietnamese.ts';
import { splitSentences, sentenceAt } from '../../src/lib/text/sentences.ts';

const enc = new TextEncoder();

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = decodeBytes(enc.encode('Đảng ủy'));
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Đảng ủy')]));
    expect(plain).toMatchObject({ ok: true, text: 'Đảng ủy', bom: false });
    expect(bom).toMatchObject({ ok: true, text: 'Đảng ủy', bom: true });
  });

  it('detects UTF-16 with and without BOM', () => {
    const le = Buffer.from('Ban Tổ chức Trung ương', 'utf16le');
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ ok: true, text: 'Ban Tổ chức Trung ương', encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array(le))).toMatchObject({ ok: true, text: 'Ban Tổ chức Trung ương', encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(new Uint8Array(be))).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });

  it('reads Windows-1258 bytes as Vietnamese', () => {
    // "Đảng" in Windows-1258: Đ = 0xD0, a + hook (0xD2), n, g
    const r = decodeBytes(new Uint8Array([0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x20, 0xf0, 0xe3]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(normalizeText(r.text).startsWith('Đảng')).toBe(true);
  });

  it('refuses empty and binary files', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatchObject({ ok: false });
  });
});

describe('normalizeText', () => {
  it('gives NFC, LF, Đ for Latin Eth, and strips zero-width characters', () => {
    const nfd = 'Đảng ủy'.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Đảng ủy');
    expect(normalizeText('\u00d0ảng')).toBe('Đảng');
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normalizeText('75-KL\u200b/TW\u00a0x')).toBe('75-KL/TW x');
  });
});

describe('normalizeText fast path', () => {
  // Every character the fast path lets through unchanged, by the set it declares.
  const clean = new RegExp(`^[${CLEAN_CHARS}]$`);
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (clean.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));

  it('lets through only characters the full normalization keeps', () => {
    expect(chars.length).toBeGreaterThan(900);
    // Defeat the fast path with a tab (which the slow path turns into a space), then compare.
    const slow = (s: string) => normalizeText(`\t${s}`).slice(1);
    const changed = chars.filter((ch) => slow(ch) !== ch || ch.normalize('NFC') !== ch);
    expect(changed).toEqual([]);
  });

  it('lets through no pair of characters that NFC would combine', () => {
    const combined: string[] = [];
    for (const a of chars) for (const b of chars) if ((a + b).normalize('NFC') !== a + b) combined.push(a + b);
    expect(combined).toEqual([]);
  });

  it('still normalizes text outside the set', () => {
    expect(normalizeText('Đảng ủy'.normalize('NFD'))).toBe('Đảng ủy');
    expect(normalizeText('Tỉnh\u00a0ủy\u200b')).toBe('Tỉnh ủy');
  });
});

describe('collapseSpaces', () => {
  it('is replace(/\\s+/g, " ").trim() for every short mix of spaces and letters', () => {
    const wrongCodes: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrongCodes.push(c.toString(16));
    expect(wrongCodes).toEqual([]);
    // Every character \s matches is collapsed, and nothing else.
    const spaces: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    expect(spaces.map((ch) => collapseSpaces(`a${ch}${ch}b`))).toEqual(spaces.map(() => 'a b'));
    expect(collapseSpaces('a\u0085\u200bb')).toBe('a\u0085\u200bb');
    const alphabet = [' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'a', '.', 'ư', '\u0085', '\u200b'];
    const wrong: string[] = [];
    const visit = (s: string) => {
      if (collapseSpaces(s) !== s.replace(/\s+/g, ' ').trim()) wrong.push(JSON.stringify(s));
      if (s.length < 5) for (const ch of alphabet) visit(s + ch);
    };
    visit('');
    expect(wrong).toEqual([]);
  });
});

describe('case mapping', () => {
  it("plain toLowerCase and toUpperCase are the 'vi' ones, which the stages rely on for speed", () => {
    const differs: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s.toLocaleLowerCase('vi') || s.toUpperCase() !== s.toLocaleUpperCase('vi')) differs.push(c);
    }
    expect(differs).toEqual([]);
    for (const s of ['ĐẢNG ỦY ΟΔΟΣ', 'İ ı ß ŉ', 'Tỉnh ủy Σ.']) {
      expect(s.toLowerCase()).toBe(s.toLocaleLowerCase('vi'));
      expect(s.toUpperCase()).toBe(s.toLocaleUpperCase('vi'));
    }
  });
});

describe('wordsOnly', () => {
  it('is replace(/[^\\p{L}\\p{N}]+/gu, " ") for every short mix of letters, digits and the rest', () => {
    const alphabet = [' ', ',', '.', '\t', 'a', 'ư', '5', '²', '\u0301', '𝕏', '🇻', '\ud800', '\udc00', '\u3000', '一'];
    const wrong: string[] = [];
    const visit = (s: string) => {
      if (wordsOnly(s) !== s.replace(/[^\p{L}\p{N}]+/gu, ' ')) wrong.push(JSON.stringify(s));
      if (s.length < 4) for (const ch of alphabet) visit(s + ch);
    };
    visit('');
    expect(wrong).toEqual([]);
  });
});

describe('foldTonePlacement fast path', () => {
  // The definition: decompose, move the tone, compose.
  const TONE = '\u0300\u0301\u0303\u0309\u0323';
  const reference = (s: string) =>
    s
      .normalize('NFD')
      .replace(new RegExp(`([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu'), '$1$3$2')
      .replace(new RegExp(`(?<![qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu'), '$1$3$2')
      .normalize('NFC');
  const alphabet = [...'oOuUqQaeyYnh .-àáảãạÀèéẸỳýỷỹỵỲầặôơ', '\u0301', '\u0323'];

  it('gives what the full decomposition gives, for every string of up to three letters', () => {
    const wrong: string[] = [];
    const visit = (s: string) => {
      // Where the quick test says "nothing to fold", the input must come back unchanged.
      const want = /[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/u.test(s) ? reference(s) : s;
      if (foldTonePlacement(s) !== want) wrong.push(s);
      if (s.length < 3) for (const ch of alphabet) visit(s + ch);
    };
    visit('');
    expect(wrong).toEqual([]);
  });

  it('moves every tone the same way as the decomposition, in any case and after any neighbour', () => {
    const wrong: string[] = [];
    for (const first of 'oOuU')
      for (const toned of 'àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ')
        for (const before of ['', 'q', 'Q', 'h', 'ư'])
          for (const after of ['', ' ', 'n', '\u0301', '.', 'ư']) {
            const s = `${before}${first}${toned}${after} hoà`;
            if (foldTonePlacement(s) !== reference(s)) wrong.push(s);
          }
    expect(wrong).toEqual([]);
  });

  it('folds inside real text and leaves the rest alone', () => {
    expect(foldTonePlacement('toàn khoá họp, hoà thuận')).toBe('toàn khóa họp, hòa thuận');
    expect(foldTonePlacement('toàn thể')).toBe('toàn thể');
    expect(foldTonePlacement('Uỷ viên')).toBe('Ủy viên');
  });
});

describe('folding', () => {
  it('folds old and new tone placement', () => {
    expect(foldTonePlacement('Uỷ ban')).toBe('Ủy ban');
    expect(foldTonePlacement('khoá XII')).toBe('khóa XII');
    expect(foldTonePlacement('Trần Văn Tuý')).toBe('Trần Văn Túy');
    // qu + y is a consonant and a vowel; nothing to move
    expect(foldTonePlacement('quý')).toBe('quý');
    // a following consonant fixes the tone in both styles
    expect(foldTonePlacement('hoàng')).toBe('hoàng');
    expect(matchKey('Uỷ viên  BTV')).toBe(matchKey('Ủy viên BTV'));
  });

  it('folds diacritics and đ for search and slugs', () => {
    expect(foldDiacritics('Đảng ủy')).toBe('dang uy');
    expect(slugify('Kết luận 75-KL/TW')).toBe('ket-luan-75-kl-tw');
    expect(slugify('Quy định 205-QĐ/TW')).toBe('quy-dinh-205-qd-tw');
  });

  it('sorts names by given name with the Vietnamese collator', () => {
    const names = ['Trương Thị Mai', 'Mai Văn Chính', 'Phạm Minh Chính', 'Đỗ Căn', 'Nguyễn Thanh Bình'];
    expect([...names].sort(compareByGivenName)).toEqual([
      'Nguyễn Thanh Bình',
      'Đỗ Căn',
      'Mai Văn Chính',
      'Phạm Minh Chính',
      'Trương Thị Mai',
    ]);
  });
});

describe('sentences', () => {
  it('splits on sentence ends but not on abbreviations and dotted dates', () => {
    const p = 'Chiều 7.8, UBKT T.Ư họp tại TP. Hồ Chí Minh. Đồng chí A chủ trì. “Trích dẫn.” Tiếp theo';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Chiều 7.8, UBKT T.Ư họp tại TP. Hồ Chí Minh.',
      'Đồng chí A chủ trì.',
      '“Trích dẫn.”',
      'Tiếp theo',
    ]);
    expect(sentenceAt(p, p.indexOf('chủ trì'))).toBe('Đồng chí A chủ trì.');
  });
});
