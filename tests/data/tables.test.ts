/**
 * The open-data tables built from the fixture archive: their rows against
 * the index the pages read, the CSV encoding, and datapackage.json against
 * the Frictionless JSON Schema (vendor/frictionless, see SOURCE.md there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/data/csv.ts';
import { documentJson, officialJson } from '../../src/lib/data/entities.ts';
import { dataPackage } from '../../src/lib/data/package.ts';
import { buildTables, sourceIds, TABLES, type Field } from '../../src/lib/data/tables.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { article, loadEntries } from '../site/helpers.ts';

const site = buildSiteIndex(loadEntries());
const tables = buildTables(site);

describe('tables', () => {
  it('have one document row per document page and one official row per official page', () => {
    expect(tables.documents.map((r) => r.id).sort()).toEqual(site.directives.map((d) => d.id).sort());
    expect(tables.officials.map((r) => r.id).sort()).toEqual(site.officials.map((o) => o.slug).sort());
    expect(tables.articles.map((r) => r.id)).toEqual(site.articles.map((a) => a.slug));
  });

  it('count, per document, the articles its page lists', () => {
    for (const d of site.directives) {
      const articles = new Set(tables.citations.filter((c) => c.document === d.id).map((c) => c.article));
      expect([d.id, articles.size]).toEqual([d.id, d.citing.length]);
    }
  });

  it('count, per official, the articles and events chaired its page lists', () => {
    for (const o of site.officials) {
      const rows = tables.appearances.filter((r) => r.official === o.slug);
      expect([o.slug, rows.length, rows.filter((r) => r.role !== 'mentioned').length]).toEqual([o.slug, o.articles.length, o.chaired.length]);
    }
  });

  it('give every title its first and last stating article, in date order', () => {
    expect(tables.titles.length).toBeGreaterThan(0);
    for (const t of tables.titles) {
      const ids = t.articles as string[];
      expect(ids.length).toBe(t.count);
      const dates = ids.map((id) => site.bySlug.get(id)!.data.date);
      expect([dates[0], dates.at(-1)]).toEqual([t.first, t.last]);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('have unique primary keys and references that resolve', () => {
    for (const t of TABLES) {
      const rows = tables[t.name];
      const keys = rows.map((r) => JSON.stringify(t.schema.primaryKey.map((k) => r[k])));
      expect(new Set(keys).size, t.name).toBe(rows.length);
      for (const fk of t.schema.foreignKeys ?? []) {
        const target = tables[fk.reference.resource || t.name];
        const known = new Set(target.map((r) => JSON.stringify(fk.reference.fields.map((f) => r[f]))));
        for (const r of rows) {
          const v = fk.fields.map((f) => r[f]);
          if (v.every((x) => x === null)) continue;
          expect(known.has(JSON.stringify(v)), `${t.name}.${fk.fields.join(',')} = ${v.join(',')}`).toBe(true);
        }
      }
    }
  });

  it('fill every required column', () => {
    for (const t of TABLES)
      for (const f of t.schema.fields.filter((x) => x.constraints?.required))
        for (const r of tables[t.name]) expect(r[f.name] ?? null, `${t.name}.${f.name}`).not.toBeNull();
  });

  it('point a republished article to its row, and to nothing when it is outside the archive', () => {
    const small = buildSiteIndex([
      { id: 'a', data: article({ date: '2024-01-02', sourceFile: 'a.txt' }) },
      { id: 'b', data: article({ date: '2024-01-03', sourceFile: 'b.txt', republishes: 'a.txt' }) },
      { id: 'c', data: article({ date: '2024-01-04', sourceFile: 'c.txt', republishes: 'gone.txt' }) },
    ]);
    expect(buildTables(small).articles.map((r) => [r.id, r.republishes])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', null],
    ]);
  });
});

describe('per-entity JSON', () => {
  it('holds the same rows as the tables', () => {
    const ids = sourceIds(site);
    for (const d of site.directives) {
      const j = documentJson(d, ids);
      expect(j.document).toEqual(tables.documents.find((r) => r.id === d.id));
      expect(j.citations).toEqual(tables.citations.filter((r) => r.document === d.id));
      expect(j.articles.map((a) => a.id)).toEqual(d.citing.map((c) => c.article.slug));
    }
    for (const o of site.officials) {
      const j = officialJson(o, ids);
      expect(j.titles).toEqual(tables.titles.filter((r) => r.official === o.slug));
      expect(j.appearances).toEqual(tables.appearances.filter((r) => r.official === o.slug));
      expect(j.articles).toHaveLength(o.articles.length);
    }
  });
});

describe('CSV (RFC 4180)', () => {
  const fields: Field[] = [
    { name: 'a', type: 'string', description: '' },
    { name: 'b', type: 'array', description: '' },
  ];
  it('quotes commas, quotes and line breaks, doubles quotes, ends lines with CRLF', () => {
    expect(toCsv(fields, [{ a: 'Kết luận số 75, "khóa XII"\nhết', b: ['x', 'y'] }, { a: null, b: [] }])).toBe(
      'a,b\r\n"Kết luận số 75, ""khóa XII""\nhết","[""x"",""y""]"\r\n,[]\r\n',
    );
  });
  it('writes booleans and numbers as text, missing values as empty cells', () => {
    expect([csvCell(true), csvCell(3), csvCell(null), csvCell('Đảng')]).toEqual(['true', '3', '', 'Đảng']);
  });
});

describe('datapackage.json', () => {
  const dir = join(import.meta.dirname, '../../vendor/frictionless');
  const schema = JSON.parse(readFileSync(join(dir, 'tabular-data-package.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // "textarea" is an editor hint of the Frictionless profiles, not a constraint.
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(schema);
  const pkg = dataPackage('https://example.org/bien-nien/du-lieu/');

  it('is a valid Tabular Data Package by the published JSON Schema', () => {
    expect(validate(pkg) ? [] : validate.errors).toEqual([]);
  });
  it('is refused by that schema when a field has an unknown type (the check can fail)', () => {
    const broken = structuredClone(pkg) as { resources: { schema: { fields: { type: string }[] } }[] };
    broken.resources[0]!.schema.fields[0]!.type = 'text';
    expect(validate(broken)).toBe(false);
  });
  it('names, in each key, fields of its own table and of the referenced table', () => {
    for (const t of TABLES) {
      const names = (name: string) => TABLES.find((x) => x.name === name)!.schema.fields.map((f) => f.name);
      expect(names(t.name)).toEqual(expect.arrayContaining(t.schema.primaryKey));
      for (const fk of t.schema.foreignKeys ?? []) {
        expect(names(t.name)).toEqual(expect.arrayContaining(fk.fields));
        expect(names(fk.reference.resource || t.name)).toEqual(expect.arrayContaining(fk.reference.fields));
      }
    }
  });
});
