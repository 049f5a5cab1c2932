/**
 * Loading the curated registries (content/directives.yaml,
 * content/officials.yaml, content/publishers.yaml). I/O lives here, outside
 * the pure ingest stages, which are handed what is loaded.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  directiveRegistrySchema,
  officialRegistrySchema,
  publisherRegistrySchema,
  type DirectiveRegistry,
  type OfficialRegistry,
} from './schema.ts';
import { publisherIndex, type Publishers } from './ingest/publishers.ts';
import { formatZodIssues } from './zod-errors.ts';

export interface Registries {
  directives: DirectiveRegistry;
  officials: OfficialRegistry;
  publishers: Publishers;
}

export class RegistryError extends Error {}

function loadYaml<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new RegistryError(`${path}: cannot be read; the registry must exist (an empty list "[]" is fine)`);
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? 1;
    throw new RegistryError(`${path}:${line}: YAML error: ${e.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS({ maxAliasCount: 0 }) ?? []);
  if (!parsed.success) {
    throw new RegistryError(`${path}: ${formatZodIssues(parsed.error).join('; ')}`);
  }
  return parsed.data;
}

/** The outlets of content/publishers.yaml, indexed for the ingest's stages. */
export function loadPublishers(contentDir: string): Publishers {
  return publisherIndex(loadYaml(`${contentDir}/publishers.yaml`, publisherRegistrySchema));
}

export function loadRegistries(contentDir: string): Registries {
  return {
    directives: loadYaml(`${contentDir}/directives.yaml`, directiveRegistrySchema),
    officials: loadYaml(`${contentDir}/officials.yaml`, officialRegistrySchema),
    publishers: loadPublishers(contentDir),
  };
}
