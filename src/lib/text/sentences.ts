/**
 * Split a paragraph into sentences. Vietnamese news text uses abbreviations
 * with dots (TP.HCM, T.Ư, Th.S) and dates with dots (7.8), so a dot only ends
 * a sentence when a space and an upper-case letter, a quote or a digit follow
 * and the word before it is not a known abbreviation.
 */
import { VI_UPPER } from './vietnamese.ts';

const ABBREVIATIONS = new Set(['tp', 't.ư', 'th.s', 'ts', 'ths', 'pgs', 'gs', 'bs', 'q', 'tt', 'p', 'nxb', 'st', 'tr', 'v.v', 'đ/c', 'đc']);

const BOUNDARY = new RegExp(`([.!?…]+["”’»)]*)\\s+(?=["“‘«(]?[${VI_UPPER}0-9])`, 'gu');

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
}

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const end = m.index + m[1]!.length;
    const lastWord = lastWordBefore(paragraph, start, m.index).toLowerCase();
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || ONE_CAPITAL.test(lastWord))) continue;
    pushTrimmed(out, paragraph, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, paragraph, start, paragraph.length);
  return out;
}

/** What (\S+)$ finds in paragraph.slice(start, end): the run of non-space characters ending at `end`. */
function lastWordBefore(paragraph: string, start: number, end: number): string {
  let i = end;
  while (i > start && !SPACE.test(paragraph[i - 1]!)) i--;
  return paragraph.slice(i, end);
}

const SPACE = /\s/;
const ONE_CAPITAL = /^[\p{Lu}]$/u;

function pushTrimmed(out: Sentence[], p: string, start: number, end: number): void {
  const raw = p.slice(start, end);
  const text = raw.trim();
  if (text) out.push({ text, start: start + raw.indexOf(text) });
}

/** The sentence of `paragraph` that contains the character at `offset`. */
export function sentenceAt(paragraph: string, offset: number): string {
  const sentences = splitSentences(paragraph);
  let found = sentences[0]?.text ?? paragraph;
  for (const s of sentences) if (s.start <= offset) found = s.text;
  return found;
}
