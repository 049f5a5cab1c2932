/**
 * Resolve citations to documents. Three steps, in the order eyecite uses:
 * 1. shape: what each citation says about its document (kind, number,
 *    issuer, scope, and a term when it carries a date or names a khóa);
 * 2. short forms: "Chỉ thị 35" takes the term of a full citation of the same
 *    document in the same article ("Chỉ thị số 35-CT/TW, ngày 14/6/2024");
 * 3. identify: the term from the citation, else from the registry (the entry
 *    with that code issued most recently on or before the article date), else
 *    from the article date; then merge citations of one document.
 */
import { TERM_SOURCES, type Directive, type DirectiveKind, type DirectiveRegistry } from '../../schema.ts';
import { defaultSuffix, directiveId, formatCode, numberKey, parseCode, suffixKey, type ParsedCode } from './codes.ts';
import { findInText, type CitationCandidate } from './find.ts';
import { DEFAULT_ISSUER, FALLBACK_ISSUER, ISSUER_BODIES, KINDS, LOCAL_PARTY_ISSUERS, type Scope } from './patterns.ts';
import { CONGRESSES, termAt, termOfNumberAt } from './terms.ts';

type Entry = DirectiveRegistry[number];
type TermSource = (typeof TERM_SOURCES)[number];

interface Indexed {
  entry: Entry;
  code?: ParsedCode;
  scope: Scope;
  /** Term (central) or year (state, local) the entry belongs to. */
  term?: string;
  plenum?: string;
  congress?: string;
  /** Date used to pick "the latest on or before the article date". */
  since?: string;
}

export interface RegistryIndex {
  entries: Indexed[];
  /** kind|number|issuer → entries of every term. */
  numbered: Map<string, Indexed[]>;
  /** kind|number → entries, to find the issuer of "Chỉ thị 05". */
  byNumber: Map<string, Indexed[]>;
  /** kind|TW4|XII or kind|ĐH|XIII → entries named so by their aliases. */
  named: Map<string, Indexed[]>;
}

const kindCode = (k: DirectiveKind): string => KINDS.find((x) => x.kind === k)!.code;
const up = (s: string): string => s.toLocaleUpperCase('vi');
const numberedKey = (kind: string, n: string, issuer: string): string => `${kind}|${numberKey(n)}|${up(issuer)}`;
const plenumKey = (kind: string, plenum: string, term: string): string => `${kind}|TW${plenum}|${term}`;
const congressKey = (kind: string, congress: string): string => `${kind}|ĐH|${congress}`;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function scopeOf(issuer: string, suffix?: string): Scope {
  if (/TW$/i.test(issuer)) return 'central';
  if (suffix) return /^[^/-]+\/[^/-]+$/.test(suffix) ? 'local' : 'state';
  return LOCAL_PARTY_ISSUERS.includes(up(issuer)) ? 'local' : 'state';
}

function congressDate(term: string): string | undefined {
  return CONGRESSES.find((c) => c.term === term)?.closed;
}

const indexCache = new WeakMap<DirectiveRegistry, RegistryIndex>();

export function indexRegistry(registry: DirectiveRegistry): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const index: RegistryIndex = { entries: [], numbered: new Map(), byNumber: new Map(), named: new Map() };
  for (const entry of registry) {
    const code = parseCode(entry.code);
    const scope = code ? code.scope : scopeOf(entry.issuer);
    const term = entry.term ?? (scope === 'central' ? (entry.issued ? termAt(entry.issued) : undefined) : (code?.year ?? entry.issued?.slice(0, 4)));
    const ix: Indexed = { entry, scope, ...(code ? { code } : {}), ...(term ? { term } : {}) };
    const since = entry.issued ?? (scope === 'central' && term ? congressDate(term) : undefined);
    if (since) ix.since = since;
    // Plenum and congress names come from the aliases, read by the same finder as articles.
    for (const name of code ? entry.aliases : [entry.code, ...entry.aliases]) {
      for (const c of findInText(name)) {
        if (c.congress) {
          ix.congress ??= c.congress;
          push(index.named, congressKey(entry.kind, c.congress), ix);
        } else if (c.plenum && !c.number && c.citedTerm) {
          ix.plenum ??= c.plenum;
          push(index.named, plenumKey(entry.kind, c.plenum, c.citedTerm), ix);
        }
      }
    }
    if (code) {
      push(index.numbered, numberedKey(entry.kind, code.number, code.issuer), ix);
      push(index.byNumber, `${entry.kind}|${numberKey(code.number)}`, ix);
    }
    index.entries.push(ix);
  }
  // An entry naming one plenum in two aliases is still one entry, not an ambiguity.
  for (const [k, v] of index.named) index.named.set(k, [...new Set(v)]);
  indexCache.set(registry, index);
  return index;
}

/** Problems in the registry a maintainer must fix; empty when the data is sound. */
export function checkRegistry(registry: DirectiveRegistry): string[] {
  const problems: string[] = [];
  const index = indexRegistry(registry);
  const seen = new Map<string, string>();
  for (const ix of index.entries) {
    const { entry } = ix;
    const name = `${entry.code} (${entry.term ?? entry.issued ?? '?'})`;
    if (!ix.code && !ix.congress && !ix.plenum) problems.push(`${name}: the code is not a document code and no alias names a plenum or congress`);
    if (ix.code && up(ix.code.issuer) !== up(entry.issuer)) problems.push(`${name}: issuer ${entry.issuer} does not match the code's ${ix.code.issuer}`);
    if (ix.scope === 'central' && entry.issued && entry.term && termAt(entry.issued) !== entry.term) {
      problems.push(`${name}: issued ${entry.issued} falls in term ${termAt(entry.issued)}, not ${entry.term}`);
    }
    if (ix.scope === 'central' && !entry.term) problems.push(`${name}: a central Party document needs its term`);
    for (const alias of entry.aliases) {
      if (ix.code && findInText(alias).length === 0) problems.push(`${name}: alias "${alias}" is not a citation the finder can read`);
    }
    const key = `${entry.kind}|${entry.code}|${ix.term ?? ''}`;
    if (seen.has(key)) problems.push(`${name}: listed twice`);
    seen.set(key, name);
  }
  return problems;
}

interface Shaped {
  c: CitationCandidate;
  at: number;
  kind: DirectiveKind;
  number: string;
  suffix?: string;
  issuer: string;
  scope: Scope;
  locality?: string;
  hint?: { term: string; source: TermSource; date?: string };
}

function shape(c: CitationCandidate, at: number, index: RegistryIndex): Shaped | undefined {
  let issuer = c.issuer;
  if (!issuer && c.number) {
    // "Chỉ thị 05": the registry knows whose it is when only one issuer has that number.
    const issuers = new Set((index.byNumber.get(`${c.kind}|${numberKey(c.number)}`) ?? []).map((e) => e.entry.issuer));
    if (issuers.size === 1) issuer = [...issuers][0];
  }
  if (!issuer) {
    const d = DEFAULT_ISSUER[c.kind];
    if (d === null) return undefined; // cannot say whose document this is
    issuer = d ?? FALLBACK_ISSUER;
  }
  const scope = scopeOf(issuer, c.suffix);
  const s: Shaped = { c, at, kind: c.kind, number: c.number, issuer, scope };
  if (c.suffix) s.suffix = c.suffix;
  if (c.locality) s.locality = c.locality;
  if (scope === 'central') {
    const fromDate = c.citedDate ? termAt(c.citedDate) : undefined;
    const fromYear = c.citedYear ? termOfYear(c.citedYear) : undefined;
    if (fromDate) s.hint = { term: fromDate, source: 'cited-date', date: c.citedDate! };
    else if (c.citedTerm) s.hint = { term: c.citedTerm, source: 'cited-term' };
    else if (fromYear) s.hint = { term: fromYear, source: 'cited-date' };
  } else {
    const year = c.suffix?.match(/^(\d{4})\//)?.[1] ?? c.citedDate?.slice(0, 4) ?? c.citedYear;
    if (year) s.hint = { term: year, source: 'cited-date', ...(c.citedDate ? { date: c.citedDate } : {}) };
  }
  return s;
}

/** The term a whole year falls in; undefined for a congress year, which two terms share. */
function termOfYear(year: string): string | undefined {
  const first = termAt(`${year}-01-01`);
  return first === termAt(`${year}-12-31`) ? first : undefined;
}

function sameDocumentName(a: Shaped, b: Shaped): boolean {
  if (a.kind !== b.kind || up(a.issuer) !== up(b.issuer)) return false;
  if (a.c.congress || b.c.congress) return a.c.congress === b.c.congress;
  if (!a.number || !b.number) return !a.number && !b.number && a.c.plenum === b.c.plenum;
  if (numberKey(a.number) !== numberKey(b.number)) return false;
  if (a.suffix && b.suffix && suffixKey(a.suffix) !== suffixKey(b.suffix)) return false;
  return !a.locality || !b.locality || a.locality === b.locality;
}

/** A citation with no date or term of its own refers to the nearest full citation of the same document. */
function resolveShortForms(all: Shaped[]): void {
  for (const s of all) {
    if (s.hint) continue;
    const full = all.filter((o) => o.hint && o !== s && sameDocumentName(s, o));
    const before = full.filter((o) => o.at < s.at);
    const ante = before[before.length - 1] ?? full[0];
    if (!ante) continue;
    s.hint = ante.hint;
    s.suffix ??= ante.suffix;
    s.locality ??= ante.locality;
  }
}

function pickEntry(s: Shaped, index: RegistryIndex, articleDate: string): { ix?: Indexed; term?: string; source: TermSource } {
  const fallbackTerm = s.scope === 'central' ? (s.number ? termOfNumberAt(articleDate, s.number) : termAt(articleDate)) : articleDate.slice(0, 4);
  if (s.c.congress) {
    const found = index.named.get(congressKey(s.kind, s.c.congress)) ?? [];
    return { ...(found.length === 1 ? { ix: found[0] } : {}), term: s.c.congress, source: 'cited-term' };
  }
  if (!s.number) {
    // A plenum name is looked up only with a term the text states: "Nghị quyết Trung ương 4" alone could be any term's.
    if (!s.hint) return { ...(fallbackTerm ? { term: fallbackTerm } : {}), source: 'article-date' };
    const found = s.c.plenum ? (index.named.get(plenumKey(s.kind, s.c.plenum, s.hint.term)) ?? []) : [];
    return { ...(found.length === 1 ? { ix: found[0] } : {}), term: s.hint.term, source: s.hint.source };
  }
  const same = (index.numbered.get(numberedKey(s.kind, s.number, s.issuer)) ?? []).filter(
    (ix) => (!s.suffix || !ix.code || suffixKey(ix.code.suffix) === suffixKey(s.suffix)) && ix.scope === s.scope,
  );
  if (s.hint) {
    const hint = s.hint;
    const inTerm = same.filter((ix) => ix.term === hint.term);
    const ix = inTerm.find((x) => hint.date && x.entry.issued === hint.date) ?? inTerm[0];
    return { ...(ix ? { ix } : {}), term: hint.term, source: hint.source };
  }
  const before = same.filter((ix) => ix.since && ix.since <= articleDate).sort((a, b) => b.since!.localeCompare(a.since!));
  const ix = before[0];
  if (ix) return { ix, ...(ix.term ? { term: ix.term } : {}), source: 'registry' };
  return { ...(fallbackTerm ? { term: fallbackTerm } : {}), source: 'article-date' };
}

/** Id, number and term of a registry entry's page, completed by what a citation of it says. */
function entryIdentity(
  ix: Indexed,
  at: { congress?: string | undefined; plenum?: string | undefined; term?: string | undefined; locality?: string | undefined },
): { id: string; number: string; term?: string } {
  const number = ix.code?.number ?? (at.congress ? `ĐH ${at.congress}` : `TW${ix.plenum ?? at.plenum}`);
  const term = ix.term ?? at.term;
  const id = directiveId({
    kind: ix.entry.kind,
    number,
    scope: ix.scope,
    ...(ix.code ? { suffix: ix.code.suffix } : at.congress ? { congress: at.congress } : { plenum: (ix.plenum ?? at.plenum)! }),
    ...(term ? { term } : {}),
    ...(at.locality ? { locality: at.locality } : {}),
  });
  return { id, number, ...(term ? { term } : {}) };
}

/** The page id of every registry entry, in registry order: what relations name. */
export function registryIds(registry: DirectiveRegistry): string[] {
  return indexRegistry(registry).entries.map((ix) => entryIdentity(ix, { congress: ix.congress, plenum: ix.plenum }).id);
}

function build(s: Shaped, picked: ReturnType<typeof pickEntry>): Omit<Directive, 'citations'> {
  const { ix, source } = picked;
  const plenum = s.number ? undefined : s.c.plenum;
  const congress = s.c.congress;
  if (ix) {
    const e = ix.entry;
    const { id, number, term } = entryIdentity(ix, { congress, plenum, term: picked.term, locality: s.locality });
    const issuingBody = e.issuingBody ?? s.c.issuingBody ?? ISSUER_BODIES[e.issuer];
    return {
      id,
      code: e.code,
      kind: e.kind,
      number,
      issuer: e.issuer,
      ...(issuingBody ? { issuingBody } : {}),
      ...(term ? { term } : {}),
      termSource: source,
      ...(e.issued ? { issued: e.issued } : {}),
      ...(e.subject ? { subject: e.subject } : {}),
      verified: true,
    };
  }
  const term = picked.term;
  const kc = kindCode(s.kind);
  let code: string;
  let number = s.number;
  if (congress) {
    code = `${s.kind} Đại hội ${congress}`;
    number = `ĐH ${congress}`;
  } else if (plenum) {
    // A stable descriptive code; the term is part of it only when the text states it.
    code = `${kc} TW${plenum}${source === 'cited-term' && term ? ` khóa ${term}` : ''}`;
    number = `TW${plenum}`;
  } else {
    code = formatCode(s.number, s.suffix ?? defaultSuffix(kc, s.issuer, s.scope), s.scope);
  }
  const issuingBody = s.c.issuingBody ?? ISSUER_BODIES[s.issuer];
  return {
    id: directiveId({
      kind: s.kind,
      number,
      scope: s.scope,
      ...(congress ? { congress } : plenum ? { plenum } : { suffix: s.suffix ?? defaultSuffix(kc, s.issuer, s.scope) }),
      ...(term ? { term } : {}),
      ...(s.locality ? { locality: s.locality } : {}),
    }),
    code,
    kind: s.kind,
    number,
    issuer: s.issuer,
    ...(issuingBody ? { issuingBody } : {}),
    ...(term ? { term } : {}),
    termSource: source,
    verified: false,
  };
}

const strength = (t: TermSource): number => TERM_SOURCES.indexOf(t);

export function resolveDirectives(cands: CitationCandidate[], registry: DirectiveRegistry, articleDate: string): Directive[] {
  const index = indexRegistry(registry);
  const shaped = cands.map((c, at) => shape(c, at, index)).filter((s): s is Shaped => !!s);
  resolveShortForms(shaped);
  const byId = new Map<string, Directive>();
  for (const s of shaped) {
    const d = build(s, pickEntry(s, index, articleDate));
    const citation = { sentence: s.c.sentence, form: s.c.form, line: s.c.line, at: [s.c.at] };
    const known = byId.get(d.id);
    if (!known) {
      byId.set(d.id, { ...d, citations: [citation] });
      continue;
    }
    // One document cited several ways: keep the strongest evidence for its term, and the registry's facts.
    const merged: Directive = !known.verified && d.verified ? { ...d, citations: known.citations } : known;
    if (strength(d.termSource) < strength(merged.termSource)) merged.termSource = d.termSource;
    if (!merged.issuingBody && d.issuingBody) merged.issuingBody = d.issuingBody;
    // The same form twice in one sentence is one citation written in two places.
    const same = merged.citations.find((c) => c.line === citation.line && c.sentence === citation.sentence && c.form === citation.form);
    if (same) same.at.push(s.c.at);
    else merged.citations.push(citation);
    byId.set(d.id, reorder(merged));
  }
  return [...byId.values()];
}

/** Keys in schema order, so serialized frontmatter is byte-identical however the entry was built. */
function reorder(d: Directive): Directive {
  const { id, code, kind, number, issuer, issuingBody, term, termSource, issued, subject, verified, citations } = d;
  return {
    id,
    code,
    kind,
    number,
    issuer,
    ...(issuingBody ? { issuingBody } : {}),
    ...(term ? { term } : {}),
    termSource,
    ...(issued ? { issued } : {}),
    ...(subject ? { subject } : {}),
    verified,
    citations,
  };
}
