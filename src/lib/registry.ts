/**
 * Loading the curated registries (content/directives.yaml,
 * content/officials.yaml, content/publishers.yaml). I/O lives here, outside
 * the pure ingest stages, which are handed what is loaded; the checks of
 * document relations are pure and live here too, since every reader of the
 * registry (ingest, site) must refuse the same mistakes.
 */
import { readFileSync } from 'node:fs';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { registryIds } from './ingest/directives/resolve.ts';
import {
  directiveRegistrySchema,
  officialRegistrySchema,
  publisherRegistrySchema,
  RELATIONS,
  type DirectiveRegistry,
  type OfficialRegistry,
  type Relation,
} from './schema.ts';
import { publisherIndex, type Publishers } from './ingest/publishers.ts';
import { formatZodIssues } from './zod-errors.ts';

export interface Registries {
  directives: DirectiveRegistry;
  officials: OfficialRegistry;
  publishers: Publishers;
}

export class RegistryError extends Error {}

interface Loaded<T> {
  data: T;
  /** 1-based line where each top-level list item starts. */
  lines: number[];
}

function loadYaml<T>(path: string, schema: z.ZodType<T>): Loaded<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new RegistryError(`${path}: cannot be read; the registry must exist (an empty list "[]" is fine)`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? 1;
    throw new RegistryError(`${path}:${line}: YAML error: ${e.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS({ maxAliasCount: 0 }) ?? []);
  if (!parsed.success) {
    throw new RegistryError(`${path}: ${formatZodIssues(parsed.error).join('; ')}`);
  }
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  const lines = items.map((n) => lineCounter.linePos(n.range[0]).line);
  return { data: parsed.data, lines };
}

/** What the relation means, read "<newer> … <older>", for error messages. */
const RELATION_VERB: Record<Relation, string> = { replaces: 'replace', amends: 'amend', guides: 'guide' };

/**
 * Problems in the relations between documents, each with the index of the
 * entry to fix: unknown ids, a document related to itself, cycles, and a
 * newer document that is older than the one it replaces, amends or guides.
 */
export function relationProblems(registry: DirectiveRegistry): { entry: number; message: string }[] {
  const ids = registryIds(registry);
  const byId = new Map(ids.map((id, i) => [id, i]));
  const name = (i: number) => `${registry[i]!.code} (${ids[i]})`;
  const problems: { entry: number; message: string }[] = [];
  const edges: number[][] = registry.map(() => []);
  registry.forEach((e, i) => {
    for (const rel of RELATIONS) {
      for (const target of e[rel]) {
        const j = byId.get(target);
        if (j === undefined) {
          problems.push({ entry: i, message: `${name(i)}: ${rel} "${target}", which is no document id in this file; add that document first, or use one of its ids (${ids.join(', ')})` });
        } else if (j === i) {
          problems.push({ entry: i, message: `${name(i)}: a document cannot ${RELATION_VERB[rel]} itself; remove "${target}" from ${rel}` });
        } else {
          edges[i]!.push(j);
          const newer = e.issued;
          const older = registry[j]!.issued;
          if (newer && older && newer < older) {
            problems.push({
              entry: i,
              message: `${name(i)}, issued ${newer}, cannot ${RELATION_VERB[rel]} ${name(j)}, issued ${older}, later; check both dates and the direction (list the relation on the newer document)`,
            });
          }
        }
      }
    }
  });
  // Every relation points from a newer document to an older one, so any cycle is a mistake.
  const state: ('new' | 'open' | 'done')[] = registry.map(() => 'new');
  const path: number[] = [];
  const visit = (i: number): void => {
    state[i] = 'open';
    path.push(i);
    for (const j of edges[i]!) {
      if (state[j] === 'open') {
        const cycle = [...path.slice(path.indexOf(j)), j].map(name).join(' → ');
        problems.push({ entry: j, message: `relations form a cycle: ${cycle}; a document can only replace, amend or guide older ones` });
      } else if (state[j] === 'new') visit(j);
    }
    path.pop();
    state[i] = 'done';
  };
  registry.forEach((_, i) => state[i] === 'new' && visit(i));
  return problems;
}

/** The outlets of content/publishers.yaml, indexed for the ingest's stages. */
export function loadPublishers(contentDir: string): Publishers {
  return publisherIndex(loadYaml(`${contentDir}/publishers.yaml`, publisherRegistrySchema).data);
}

export function loadRegistries(contentDir: string): Registries {
  const path = `${contentDir}/directives.yaml`;
  const directives = loadYaml(path, directiveRegistrySchema);
  const problems = relationProblems(directives.data);
  if (problems.length > 0) {
    throw new RegistryError(problems.map((p) => `${path}:${directives.lines[p.entry] ?? 1}: ${p.message}`).join('\n'));
  }
  return {
    directives: directives.data,
    officials: loadYaml(`${contentDir}/officials.yaml`, officialRegistrySchema).data,
    publishers: loadPublishers(contentDir),
  };
}
