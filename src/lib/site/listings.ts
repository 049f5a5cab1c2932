/**
 * The index pages' lists, grouped and ordered, ready to paginate: documents
 * by kind and issuer, officials by the first letter of their given name.
 */
import { DIRECTIVE_KINDS } from '../schema.ts';
import { collator, givenName } from '../text/vietnamese.ts';
import { issuerName } from './format.ts';
import type { Group } from './paginate.ts';
import { compareByNumber, type DirectiveRecord, type OfficialRecord } from './site-index.ts';
import type { DirectiveOrder } from './routes.ts';

export interface DirectiveGroupKey {
  kind: DirectiveRecord['kind'];
  issuer: string;
  /** "Chỉ thị — Trung ương Đảng (TW)". */
  label: string;
  /** Stable anchor id. */
  anchor: string;
}

/**
 * Documents grouped by kind (in the schema's order) and issuer (most cited
 * issuer first); within a group by number of citing articles, or by number.
 */
export function directiveGroups(directives: readonly DirectiveRecord[], order: DirectiveOrder): Group<DirectiveGroupKey, DirectiveRecord>[] {
  const groups = new Map<string, Group<DirectiveGroupKey, DirectiveRecord>>();
  for (const d of directives) {
    const id = `${d.kind}|${d.issuer}`;
    let g = groups.get(id);
    if (!g) {
      const issuer = issuerName(d.issuer);
      const label = issuer === d.issuer ? `${d.kind} — ${d.issuer}` : `${d.kind} — ${issuer} (${d.issuer})`;
      const anchor = `nhom-${DIRECTIVE_KINDS.indexOf(d.kind)}-${encodeURIComponent(d.issuer).replace(/%/g, '').toLowerCase()}`;
      g = { key: { kind: d.kind, issuer: d.issuer, label, anchor }, items: [] };
      groups.set(id, g);
    }
    g.items.push(d);
  }
  const citations = (g: Group<DirectiveGroupKey, DirectiveRecord>) => g.items.reduce((n, d) => n + d.citing.length, 0);
  const byCitations = (a: DirectiveRecord, b: DirectiveRecord) => b.citing.length - a.citing.length || compareByNumber(a, b);
  for (const g of groups.values()) g.items.sort(order === 'trich-dan' ? byCitations : compareByNumber);
  return [...groups.values()].sort(
    (a, b) =>
      DIRECTIVE_KINDS.indexOf(a.key.kind) - DIRECTIVE_KINDS.indexOf(b.key.kind) ||
      citations(b) - citations(a) ||
      collator.compare(a.key.issuer, b.key.issuer),
  );
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The letter a name is filed under: the first letter of the given name with
 * its tone removed but its letter kept (Ă, Â, Đ, Ê, Ô, Ơ, Ư are letters of
 * their own in the Vietnamese alphabet).
 */
export function initialLetter(name: string): string {
  const first = [...givenName(name).normalize('NFD').replace(TONES, '').normalize('NFC')][0] ?? '#';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase('vi') : '#';
}

/** Officials (already sorted by given name) grouped under their initial letter. */
export function officialGroups(officials: readonly OfficialRecord[]): Group<string, OfficialRecord>[] {
  const out: Group<string, OfficialRecord>[] = [];
  for (const o of officials) {
    const letter = initialLetter(o.name);
    const last = out[out.length - 1];
    if (last && last.key === letter) last.items.push(o);
    else out.push({ key: letter, items: [o] });
  }
  return out;
}
