/**
 * The open data as published: the fixture site is built (npm run build:site,
 * as CI builds it) and its /du-lieu/ files, the SQLite database and the
 * per-entity JSON are read back and compared with the pages themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAccuracy } from '../../src/lib/data/accuracy.ts';
import { toCsv } from '../../src/lib/data/csv.ts';
import { dataFiles } from '../../src/lib/data/package.ts';
import { TABLES, type Row, type TableName } from '../../src/lib/data/tables.ts';
import { percent } from '../../src/lib/site/format.ts';
import { buildFixtureSite, FIXTURE_OUT as OUT, readBuilt as read } from './fixture-site.ts';

const DATA = join(OUT, 'du-lieu');

let rows: Record<TableName, Row[]>;
/** The page's meta description, where every document and official page states its counts. */
const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('open data of the built fixture site', { timeout: 600_000 }, () => {
  beforeAll(() => {
    buildFixtureSite();
    rows = Object.fromEntries(TABLES.map((t) => [t.name, JSON.parse(readFileSync(join(DATA, dataFiles.json(t.name)), 'utf8'))])) as typeof rows;
  });

  it('publishes each table as CSV with the same rows as its JSON', () => {
    for (const t of TABLES) expect(readFileSync(join(DATA, dataFiles.csv(t.name)), 'utf8'), t.name).toBe(toCsv(t.schema.fields, rows[t.name]));
  });

  it('gives every document page its article count as the citations table does', () => {
    expect(rows.documents.length).toBeGreaterThan(3);
    for (const d of rows.documents) {
      const page = description(read(`van-ban/${d.id}/index.html`));
      const articles = new Set(rows.citations.filter((c) => c.document === d.id).map((c) => c.article)).size;
      expect([d.id, /Trích dẫn trong (\d+) bài/.exec(page)?.[1]]).toEqual([d.id, String(articles)]);
    }
  });

  it('gives every official page its article and chaired counts as the appearances table does', () => {
    expect(rows.officials.length).toBeGreaterThan(3);
    for (const o of rows.officials) {
      const page = description(read(`can-bo/${o.id}/index.html`));
      const mine = rows.appearances.filter((a) => a.official === o.id);
      const chaired = mine.filter((a) => a.role !== 'mentioned').length;
      expect([o.id, /: (\d+) bài, chủ trì (\d+) sự kiện/.exec(page)?.slice(1)]).toEqual([o.id, [String(mine.length), String(chaired)]]);
    }
  });

  it('links each document and official page to its JSON, which holds its rows', () => {
    for (const d of rows.documents) {
      expect(read(`van-ban/${d.id}/index.html`)).toContain(`<link rel="alternate" type="application/json" title=`);
      expect(read(`van-ban/${d.id}/index.html`)).toContain(`href="/bien-nien/van-ban/${d.id}.json"`);
      expect(JSON.parse(read(`van-ban/${d.id}.json`)).document).toEqual(d);
    }
    for (const o of rows.officials) {
      expect(read(`can-bo/${o.id}/index.html`)).toContain(`href="/bien-nien/can-bo/${o.id}.json"`);
      const j = JSON.parse(read(`can-bo/${o.id}.json`));
      expect([j.official, j.titles]).toEqual([o, rows.titles.filter((t) => t.official === o.id)]);
    }
  });

  it('links every data file from /du-lieu/', () => {
    const page = read('du-lieu/index.html');
    const files = [dataFiles.package, dataFiles.database, ...TABLES.flatMap((t) => [dataFiles.csv(t.name), dataFiles.json(t.name)])];
    for (const f of files) {
      expect(page).toContain(`href="/bien-nien/du-lieu/${f}"`);
      expect(existsSync(join(DATA, f)), f).toBe(true);
    }
    expect(page).toContain('https://creativecommons.org/licenses/by/4.0/');
  });

  it('states the accuracy measured in content/accuracy.json, or that none was measured', () => {
    const page = read('du-lieu/index.html');
    const acc = readAccuracy();
    if (!acc) return expect(page).toContain('chưa được đo');
    const all = acc.sets.all;
    expect(page).toContain(`${all.title.right}/${all.title.of}`);
    expect(page).toContain(`${all.date.right}/${all.date.of}`);
    expect(page).toContain(percent(all.directives.f1));
  });

  describe('bien-nien.sqlite', () => {
    let db: DatabaseSync;
    beforeAll(() => {
      db = new DatabaseSync(join(DATA, dataFiles.database), { readOnly: true });
      return () => db.close();
    });
    it('passes PRAGMA integrity_check and foreign_key_check', () => {
      expect(db.prepare('PRAGMA integrity_check').all().map((r) => r.integrity_check)).toEqual(['ok']);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    });
    it('declares the foreign keys of the Table Schemas', () => {
      for (const t of TABLES) {
        const declared = db.prepare(`PRAGMA foreign_key_list("${t.name}")`).all().map((r) => `${r.from}→${r.table}.${r.to}`).sort();
        const expected = (t.schema.foreignKeys ?? []).map((fk) => `${fk.fields[0]}→${fk.reference.resource || t.name}.${fk.reference.fields[0]}`).sort();
        expect(declared, t.name).toEqual(expected);
      }
    });
    it('holds the same rows as the JSON files', () => {
      for (const t of TABLES) {
        expect(db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get()!.n, t.name).toBe(rows[t.name].length);
      }
      const sample = rows.appearances[0]!;
      const row = db.prepare('SELECT role, titles FROM appearances WHERE article = ? AND official = ?').get(sample.article as string, sample.official as string)!;
      expect([row.role, JSON.parse(row.titles as string)]).toEqual([sample.role, sample.titles]);
    });
  });
});
