/**
 * CONTRIBUTING's "what is wrong → where to fix it" tables (Vietnamese and
 * English) must name every field of the frontmatter schema, nested ones
 * included ("chairs[].role"), so a new field cannot ship without telling a
 * maintainer where to correct it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { articleSchema } from '../../src/lib/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const doc = readFileSync(resolve(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** Field paths of an object schema: "key", and "key[].sub" inside lists of objects. */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
  if (def.type === 'optional' || def.type === 'default') return fieldPaths(def.innerType!, prefix);
  if (def.type === 'array') return fieldPaths(def.element!, `${prefix}[]`);
  if (def.type !== 'object') return [];
  const base = prefix ? `${prefix}.` : '';
  return Object.entries(def.shape!).flatMap(([key, value]) => [`${base}${key}`, ...fieldPaths(value, `${base}${key}`)]);
}

/** The `code` spans of the first column of the table whose header has `header`. */
function tableFields(header: string): Set<string> {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|') && l.includes(header));
  expect(start, `a table with the header "${header}"`).toBeGreaterThanOrEqual(0);
  const fields = new Set<string>();
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const first = lines[i]!.split('|')[1]!;
    for (const m of first.matchAll(/`([^`]+)`/g)) fields.add(m[1]!);
  }
  return fields;
}

const paths = fieldPaths(articleSchema);

describe('CONTRIBUTING: what is wrong → where to fix it', () => {
  it('reads the schema down to nested fields', () => {
    expect(paths).toEqual(expect.arrayContaining(['title', 'chairs', 'chairs[].role', 'officials[].verified', 'directives[].citations[].line']));
  });

  it.each([
    ['Vietnamese', 'sửa ở đâu |'],
    ['English', 'where to fix it |'],
  ])('the %s table names every frontmatter field', (_, header) => {
    const fields = tableFields(header);
    expect(paths.filter((p) => !fields.has(p))).toEqual([]);
    // And names no field the schema does not have.
    expect([...fields].filter((f) => !paths.includes(f))).toEqual([]);
  });
});
