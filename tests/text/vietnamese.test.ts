import { describe, expect, it } from 'vitest';
import {
  compareByGivenName,
  decodeBytes,
  foldDiacritics,
  foldTonePlacement,
  matchKey,
  normalizeText,
  slugify,
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
