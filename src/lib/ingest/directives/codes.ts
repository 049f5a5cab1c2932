/**
 * Document codes as Vietnamese writes them, and the stable ids built from
 * them. Party codes put the number first and the issuer after a slash
 * ("75-KL/TW", "09-ĐA/TU"); state codes put the issuer after a dash and may
 * carry the year ("128/NQ-CP", "159/2024/NĐ-CP").
 */
import type { DirectiveKind } from '../../schema.ts';
import { slugify } from '../../text/vietnamese.ts';
import { CODE_KINDS, ISSUER_SPELLINGS, type Scope } from './patterns.ts';

export interface ParsedCode {
  number: string;
  /** Everything after the number: "KL/TW", "NQ-CP", "2024/NĐ-CP". */
  suffix: string;
  /** Kind letters, upper-cased for lookup: "KL", "QĐNS", "CTR". */
  kindCode: string;
  issuer: string;
  /** The year a state code carries ("159/2024/NĐ-CP" → "2024"). */
  year?: string;
  scope: Scope;
}

const L = 'A-Za-zĐđ';
// Spaces around the separators are typing slips seen in print ("21-NQ/ TW").
// "T.Ư" and "TƯ" are slips for TW, written out because the dot would otherwise end a sentence.
const PARTY = `(\\d{1,4})\\s?-\\s?([A-ZĐ][${L}]{0,5})\\s?/\\s?(T\\.?Ư|[A-ZĐ][${L}]{0,9})(?![\\p{L}\\p{M}\\d])`;
const STATE = `(\\d{1,5})/(?:(\\d{4})/)?([A-ZĐ][${L}]{0,5})-([A-ZĐ][${L}0-9]{0,11})(?![\\p{L}\\p{M}\\d])`;
// "Chỉ thị 03-CT-TW": a central Party code typed with dashes only. Only a central issuer (…TW) is
// read this way: a dashed local or state code is too close to other numbered things to trust.
const DASHED = `(\\d{1,4})\\s?-\\s?([A-ZĐ][${L}]{0,5})-([A-ZĐ]{0,7}TW)(?![\\p{L}\\p{M}\\d])`;
const PARTY_AT = new RegExp(PARTY, 'uy');
const DASHED_AT = new RegExp(DASHED, 'uy');
const STATE_AT = new RegExp(STATE, 'uy');
const PARTY_ALL = new RegExp(`^${PARTY}$`, 'u');
const STATE_ALL = new RegExp(`^${STATE}$`, 'u');

/** Party issuers end in TW (TW, BTCTW, UBKTTW); a malformed "35/CT-TW" is still a Party code. */
function scopeOf(issuer: string, format: 'party' | 'state'): Scope {
  if (/TW$/.test(issuer)) return 'central';
  return format === 'party' ? 'local' : 'state';
}

/** Code letters in their usual spelling: "Kl" → "KL", "Qđi" → "QĐi", "TTG" → "TTg". */
function spellKind(kind: string): string {
  return CODE_KINDS[kind.toLocaleUpperCase('vi')]?.spelling ?? kind;
}
function spellIssuer(issuer: string): string {
  const up = issuer.toLocaleUpperCase('vi');
  return ISSUER_SPELLINGS[up] ?? up;
}

function fromMatch(m: RegExpExecArray, format: 'party' | 'state'): ParsedCode {
  const kind = spellKind(m[format === 'party' ? 2 : 3]!);
  const issuer = spellIssuer(m[format === 'party' ? 3 : 4]!);
  const kindCode = kind.toLocaleUpperCase('vi');
  if (format === 'party') {
    return { number: m[1]!, suffix: `${kind}/${issuer}`, kindCode, issuer, scope: scopeOf(issuer, 'party') };
  }
  const [, number, year] = m as unknown as [string, string, string | undefined];
  const scope = scopeOf(issuer, 'state');
  // "35/CT-TW" is a slip for 35-CT/TW: give it the Party suffix so it meets the proper form.
  if (scope === 'central' && !year) return { number, suffix: `${kind}/${issuer}`, kindCode, issuer, scope };
  return {
    number,
    suffix: `${year ? `${year}/` : ''}${kind}-${issuer}`,
    kindCode,
    issuer,
    ...(year ? { year } : {}),
    scope,
  };
}

/** A code starting exactly at `pos` of `text`, with its length. */
export function codeAt(text: string, pos: number): { code: ParsedCode; length: number } | undefined {
  for (const [re, format] of [[PARTY_AT, 'party'], [STATE_AT, 'state'], [DASHED_AT, 'party']] as const) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) return { code: fromMatch(m, format), length: m[0].length };
  }
  return undefined;
}

/** Parse a whole string as a code ("75-KL/TW"); undefined when it is not one. */
export function parseCode(s: string): ParsedCode | undefined {
  const t = s.trim();
  const p = PARTY_ALL.exec(t);
  if (p) return fromMatch(p, 'party');
  const st = STATE_ALL.exec(t);
  return st ? fromMatch(st, 'state') : undefined;
}

/** The kind a code's letters stand for, or undefined when they are not a tracked kind (BC, TTr…). */
export function kindOfCode(kindCode: string, scope: Scope): DirectiveKind | undefined {
  const k = CODE_KINDS[kindCode];
  if (!k) return undefined;
  return scope === 'state' ? k.state : k.party;
}

/** Whether a kind written in words agrees with a code's letters. */
export function kindFitsCode(kind: DirectiveKind, kindCode: string): boolean {
  const k = CODE_KINDS[kindCode];
  if (!k) return false;
  return k.party === kind || k.state === kind || (k.also ?? []).includes(kind);
}

/** Suffix for a document cited without one: "Chỉ thị 35 của Bộ Chính trị" → "CT/TW". */
export function defaultSuffix(kindCode: string, issuer: string, scope: Scope): string {
  return scope === 'state' ? `${kindCode}-${issuer}` : `${kindCode}/${issuer}`;
}

export function formatCode(number: string, suffix: string, scope: Scope): string {
  return scope === 'state' ? `${number}/${suffix}` : `${number}-${suffix}`;
}

/** "05" and "5" are one number. */
export function numberKey(n: string): string {
  return /^\d+$/.test(n) ? String(Number(n)) : n.toUpperCase();
}

/** Suffix compared without case and without a state code's year. */
export function suffixKey(suffix: string): string {
  return suffix.replace(/^\d{4}\//, '').toUpperCase();
}

export interface IdParts {
  kind: DirectiveKind;
  number?: string;
  suffix?: string;
  scope: Scope;
  /** Roman term for central documents, year for state and local ones. */
  term?: string;
  plenum?: string;
  congress?: string;
  locality?: string;
}

/**
 * Stable ASCII id: kind, number, code letters and issuer, then the term
 * ("khoa-xii") or year. Leading zeros are dropped so "Chỉ thị 05" and
 * "Chỉ thị 5" meet on one page.
 */
export function directiveId(p: IdParts): string {
  if (p.congress) return slugify(`${p.kind} Đại hội ${p.congress}`);
  if (p.plenum) return slugify(`${p.kind} TW${p.plenum} ${p.term ? `khóa ${p.term}` : ''}`);
  const base = `${p.kind} ${numberKey(p.number ?? '')} ${(p.suffix ?? '').replace(/^\d{4}\//, '')}`;
  if (p.scope === 'central') return slugify(`${base} ${p.term ? `khóa ${p.term}` : ''}`);
  return slugify(`${base} ${p.locality ?? ''} ${p.term ?? ''}`);
}
