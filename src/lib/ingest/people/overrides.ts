/**
 * The maintainer's corrections from the source's front block, applied over
 * what the people stage extracted:
 *
 *   chairs:                      replaces the extracted chairs
 *     - Nguyễn Văn A             a name: role "chủ trì", titles as extracted
 *     - name: Trần Thị B         or a map: role, titles, bridge
 *       role: đồng chủ trì
 *   officials:
 *     add: [Lê Văn C]            people the extraction missed
 *     drop: [Hà Giang]           names it took wrongly
 *
 * Names go through the registry like extracted ones, so a corrected person
 * links to the same page. A chair is always an official (as in the
 * extraction). A name to drop that the extraction did not find, or a chair
 * who is also dropped, is refused: both are typos more often than not.
 */
import type { Chair, CorrectableField, FrontChair, FrontOfficial, Official, OfficialRegistry, SourceFront } from '../../schema.ts';
import { matchKey, slugify } from '../../text/vietnamese.ts';
import { IngestError } from '../types.ts';
import { createResolver } from './resolve.ts';

export interface PeopleFound {
  chairs: Chair[];
  officials: Official[];
}

export interface CorrectedPeople extends PeopleFound {
  /** The fields the front block set; absent when none. */
  corrected?: CorrectableField[];
}

/** The source line of a front-block key, for errors. */
export type FrontLineOf = (key: 'chairs' | 'officials') => number;

type Person = { name: string; titles?: string[] };
const asPerson = (p: FrontChair | FrontOfficial): Person => (typeof p === 'string' ? { name: p } : p);

export function applyPeopleOverrides(
  found: PeopleFound,
  front: Pick<SourceFront, 'chairs' | 'officials'>,
  registry: OfficialRegistry,
  lineOf: FrontLineOf = () => 1,
): CorrectedPeople {
  if (!front.chairs && !front.officials) return found;
  const resolve = createResolver(registry);
  const keyOf = (written: string) => matchKey(resolve(written).name);
  const extracted = new Map<string, Official | Chair>();
  for (const o of [...found.officials, ...found.chairs]) if (!extracted.has(keyOf(o.name))) extracted.set(keyOf(o.name), o);

  // Where the extraction found the person, their places in the body stay linked.
  const placesOf = (key: string) => {
    const o = extracted.get(key);
    return o && 'at' in o ? o.at : [];
  };
  const person = (p: Person) => {
    const { name, verified } = resolve(p.name);
    const titles = p.titles ?? extracted.get(matchKey(name))?.titles ?? [];
    return { name, slug: slugify(name), titles: [...titles], verified };
  };
  const official = (p: Person): Official => {
    const o = person(p);
    return { ...o, at: placesOf(matchKey(o.name)) };
  };

  const chairs: Chair[] = front.chairs
    ? front.chairs.map((c) => {
        const p = asPerson(c);
        const role = typeof c === 'string' ? 'chủ trì' : (c.role ?? 'chủ trì');
        const bridge = typeof c === 'string' ? undefined : c.bridge;
        return { ...person(p), role, ...(bridge ? { bridge } : {}) };
      })
    : found.chairs;

  const drop = new Set((front.officials?.drop ?? []).map(keyOf));
  const unknown = (front.officials?.drop ?? []).filter((n) => !extracted.has(keyOf(n)));
  if (unknown.length > 0) {
    const known = [...extracted.values()].map((o) => o.name);
    throw new IngestError(
      lineOf('officials'),
      `front block: officials.drop: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the officials found (${known.join(', ') || 'none'})`,
      'copy the name exactly as the .mdx or --explain shows it, or remove it from "drop"',
    );
  }
  const droppedChairs = chairs.filter((c) => drop.has(matchKey(c.name)));
  if (droppedChairs.length > 0) {
    throw new IngestError(
      lineOf('officials'),
      `front block: officials.drop: ${droppedChairs.map((c) => `"${c.name}"`).join(', ')} ${droppedChairs.length > 1 ? 'are chairs' : 'is a chair'}, and every chair is an official`,
      'remove the name from "drop", or from the chairs (set "chairs:" in the front block)',
    );
  }

  // First-mention order of the extraction, then what the maintainer added, then chairs not named elsewhere.
  const byKey = new Map<string, Official>();
  for (const o of found.officials) if (!drop.has(matchKey(o.name))) byKey.set(matchKey(o.name), o);
  for (const p of (front.officials?.add ?? []).map(asPerson)) {
    const o = official(p);
    byKey.set(matchKey(o.name), o);
  }
  for (const c of chairs) {
    const key = matchKey(c.name);
    if (!byKey.has(key)) byKey.set(key, { name: c.name, slug: c.slug, titles: c.titles, verified: c.verified, at: placesOf(key) });
  }
  const corrected: CorrectableField[] = [];
  if (front.chairs) corrected.push('chairs');
  if (front.officials) corrected.push('officials');
  return { chairs, officials: [...byKey.values()], corrected };
}
