/**
 * Canonical names through content/officials.yaml: one person, one spelling
 * across articles. Spellings are compared with matchKey, so case, spacing and
 * old/new tone placement ("Tuý"/"Túy") never split a person in two.
 */
import type { OfficialRegistry } from '../../schema.ts';
import { foldTonePlacement, matchKey } from '../../text/vietnamese.ts';

export interface ResolvedName {
  /** The registry's name, or the name as written with tone placement folded. */
  name: string;
  /** True when the registry knows the person. */
  verified: boolean;
}

export type NameResolver = (written: string) => ResolvedName;

// The ingest passes the same loaded registry for every article; building the
// lookup once per registry, not per article, keeps a large registry cheap.
// A registry is not changed once loaded.
const resolvers = new WeakMap<OfficialRegistry, NameResolver>();

export function createResolver(registry: OfficialRegistry): NameResolver {
  let resolver = resolvers.get(registry);
  if (resolver === undefined) {
    resolver = buildResolver(registry);
    resolvers.set(registry, resolver);
  }
  return resolver;
}

function buildResolver(registry: OfficialRegistry): NameResolver {
  const byKey = new Map<string, string>();
  for (const entry of registry) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = matchKey(spelling);
      // The first entry wins; registryProblems() reports the clash.
      if (!byKey.has(key)) byKey.set(key, entry.name);
    }
  }
  return (written) => {
    const known = byKey.get(matchKey(written));
    if (known) return { name: known, verified: true };
    return { name: foldTonePlacement(written.replace(/\s+/g, ' ').trim()), verified: false };
  };
}

/** Spellings that two registry entries both claim, and names not written in the canonical form. */
export function registryProblems(registry: OfficialRegistry): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const entries = new Set<string>();
  for (const entry of registry) {
    if (entries.has(matchKey(entry.name))) problems.push(`"${entry.name}" has two entries; merge their aliases into one`);
    entries.add(matchKey(entry.name));
    if (entry.name !== foldTonePlacement(entry.name.replace(/\s+/g, ' ').trim())) {
      problems.push(`"${entry.name}": write the name with single spaces and tone placement as in "${foldTonePlacement(entry.name)}"`);
    }
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = matchKey(spelling);
      const first = owner.get(key);
      // An alias may differ from the name only in tone placement ("Tuý"): it records what sources print.
      if (first !== undefined && first !== entry.name) problems.push(`"${spelling}" is listed under both "${first}" and "${entry.name}"`);
      if (first === undefined) owner.set(key, entry.name);
    }
  }
  return problems;
}
