/**
 * The contract as the site sees it: every article file, read by the site's
 * loader's reader (YAML 1.1, which turns a bare 2020-06-29 into a Date; the
 * body as the ingest's MDX subset), must pass the collection schema, or the
 * build fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, mdxFiles, parseArticle } from './helpers.ts';

describe('fixture articles', () => {
  const files = mdxFiles(FIXTURES);
  it('are 6 to 8 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeLessThanOrEqual(8);
  });
  it.each(files)('%s passes the schema as the site reads it', (file) => {
    const p = parseArticle(file);
    expect(p.ok ? [] : p.errors).toEqual([]);
  });
});

const REAL = join(import.meta.dirname, '../../content/articles');
const real = existsSync(REAL) ? mdxFiles(REAL) : [];
describe.skipIf(real.length === 0)('content/articles (ingest output)', () => {
  it.each(real)('%s passes the schema as the site reads it', (file) => {
    const p = parseArticle(file);
    expect(p.ok ? [] : p.errors, 'dates must be quoted strings in the YAML: YAML 1.1 reads a bare date as a Date').toEqual([]);
  });
});
