/**
 * The citation tokenizer takes shortcuts (canonical text skips the
 * character-by-character cleaning; letters are looked up in a table instead
 * of a \p{…} regex). It must give exactly what the plain definition gives.
 */
import { describe, expect, it } from 'vitest';
import { codeAt } from '../../src/lib/ingest/directives/codes.ts';
import { isoDate, tokenize } from '../../src/lib/ingest/directives/tokens.ts';
import { foldTonePlacement, normalizeText } from '../../src/lib/text/vietnamese.ts';

/** The definition: clean every character, fold tones, then read tokens with regular expressions. */
function reference(paragraph: string) {
  const source = paragraph.normalize('NFC');
  let norm = '';
  const toSource: number[] = [];
  for (let i = 0; i < source.length; i++) {
    let c = normalizeText(source[i]!);
    if (/[\u2010-\u2015\u2212]/.test(c)) c = '-';
    if (/\p{Cf}/u.test(c)) c = '';
    for (const ch of c) {
      norm += ch;
      toSource.push(i);
    }
  }
  toSource.push(source.length);
  const folded = foldTonePlacement(norm);
  norm = folded.length === norm.length ? folded : norm;
  const tokens: { type: string; text: string; key: string; start: number; end: number; code?: unknown; iso?: string }[] = [];
  const push = (type: string, start: number, end: number, extra: { code?: unknown; iso?: string } = {}) =>
    tokens.push({ type, text: norm.slice(start, end), key: norm.slice(start, end).toLowerCase(), start, end, ...extra });
  let i = 0;
  while (i < norm.length) {
    const c = norm[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/\d/.test(c) && (i === 0 || !/[\p{L}\p{M}\d]/u.test(norm[i - 1]!))) {
      const code = codeAt(norm, i);
      if (code) {
        push('code', i, i + code.length, { code: code.code });
        i += code.length;
        continue;
      }
      const d = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/y;
      d.lastIndex = i;
      const m = d.exec(norm);
      const iso = m ? isoDate(Number(m[1]), Number(m[3]), Number(m[4])) : undefined;
      if (m && iso) {
        push('date', i, i + m[0].length, { iso });
        i += m[0].length;
        continue;
      }
    }
    if (/\d/.test(c)) {
      const num = /\d+(?:[.,]\d+)*/y;
      num.lastIndex = i;
      const len = num.exec(norm)![0].length;
      push('num', i, i + len);
      i += len;
      continue;
    }
    const word = /[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*/uy;
    word.lastIndex = i;
    const w = word.exec(norm);
    if (w) {
      push('word', i, i + w[0].length);
      i += w[0].length;
      continue;
    }
    push('punct', i, i + 1);
    i++;
  }
  return { source, norm, toSource, tokens };
}

function actual(paragraph: string) {
  const t = tokenize(paragraph);
  const toSource = t.toSource ?? Array.from({ length: t.norm.length + 1 }, (_, k) => k);
  const tokens = t.tokens.map(({ code, iso, ...rest }) => ({ ...rest, ...(code ? { code } : {}), ...(iso ? { iso } : {}) }));
  return { source: t.source, norm: t.norm, toSource, tokens };
}

const PIECES = [
  'Chỉ thị số 35-CT/TW', ' ', ', ', 'ngày 14-6-2024', 'Kết luận 75-KL/TƯ', '128/NQ-CP', '159/2024/NĐ-CP', 'T.Ư', 'Th.S', 'a.', '.b',
  'khoá', 'hoà', 'Uỷ', 'toàn', 'x\u2013y', '35\u2011CT/TW', '\u00a0', '\u200b', '\u202e', '\u00ad', 'Ð', 'a\u0301', 'e\u0323\u0302', '𝕏', '🇻🇳',
  '\ud800', '12.345,6', '1/7', '(', ')', '“', '”', '…', '3', 'NQ', 'số', 'Đảng', 'ủy', '\t', '\r\n', '\u2028', '\u3000',
  'ΟΣ', "'", 'İ', 'ĐẢNG', 'Ǆ', '一',
];

describe('citation tokenizer', () => {
  it('gives the tokens and offsets of the plain definition', () => {
    let seed = 3;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const wrong: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(r() * 12); k > 0; k--) text += PIECES[Math.floor(r() * PIECES.length)];
      if (JSON.stringify(actual(text)) !== JSON.stringify(reference(text))) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('reads a real sentence', () => {
    const t = tokenize('Quán triệt Chỉ thị số 35-CT/TW, ngày 14-6-2024 của Bộ Chính trị (khoá XIII).');
    expect(t.toSource).toBeNull();
    expect(t.tokens.map((x) => `${x.type}:${x.text}`)).toEqual([
      'word:Quán', 'word:triệt', 'word:Chỉ', 'word:thị', 'word:số', 'code:35-CT/TW', 'punct:,', 'word:ngày', 'date:14-6-2024',
      'word:của', 'word:Bộ', 'word:Chính', 'word:trị', 'punct:(', 'word:khóa', 'word:XIII', 'punct:)', 'punct:.',
    ]);
  });
});
