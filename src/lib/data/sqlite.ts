/**
 * The tables as one SQLite database, written with Node's built-in
 * node:sqlite: STRICT tables, primary and foreign keys declared as in the
 * Table Schemas, enums as CHECK constraints, arrays as JSON text. The file is
 * written beside its final name and renamed, so a reader never sees half of it.
 */
import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { Cell, Field, Row, TableSpec } from './tables.ts';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const list = (names: readonly string[]) => names.map(quote).join(', ');

function column(f: Field): string {
  const type = f.type === 'integer' || f.type === 'boolean' ? 'INTEGER' : 'TEXT';
  const checks: string[] = [];
  if (f.type === 'boolean') checks.push(`${quote(f.name)} IN (0, 1)`);
  if (f.constraints?.enum) checks.push(`${quote(f.name)} IN (${f.constraints.enum.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
  if (f.type === 'array') checks.push(`json_valid(${quote(f.name)})`);
  return [quote(f.name), type, f.constraints?.required ? 'NOT NULL' : '', ...checks.map((c) => `CHECK (${c})`)].filter(Boolean).join(' ');
}

export function createTableSql(t: TableSpec): string {
  const parts = [
    ...t.schema.fields.map(column),
    `PRIMARY KEY (${list(t.schema.primaryKey)})`,
    ...(t.schema.foreignKeys ?? []).map(
      (fk) => `FOREIGN KEY (${list(fk.fields)}) REFERENCES ${quote(fk.reference.resource || t.name)} (${list(fk.reference.fields)})`,
    ),
  ];
  return `CREATE TABLE ${quote(t.name)} (\n  ${parts.join(',\n  ')}\n) STRICT`;
}

function sqlValue(v: Cell | undefined): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (Array.isArray(v)) return JSON.stringify(v);
  return v;
}

export function writeDatabase(file: string, tables: readonly { spec: TableSpec; rows: readonly Row[] }[]): void {
  const tmp = `${file}.tmp`;
  rmSync(tmp, { force: true });
  const db = new DatabaseSync(tmp);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('BEGIN');
    // References may point forward (an article republishing a later one): check them at COMMIT.
    db.exec('PRAGMA defer_foreign_keys = ON');
    for (const { spec, rows } of tables) {
      db.exec(createTableSql(spec));
      const names = spec.schema.fields.map((f) => f.name);
      const insert = db.prepare(`INSERT INTO ${quote(spec.name)} (${list(names)}) VALUES (${names.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(...names.map((n) => sqlValue(row[n])));
      for (const fk of spec.schema.foreignKeys ?? []) {
        db.exec(`CREATE INDEX ${quote(`${spec.name}_${fk.fields.join('_')}`)} ON ${quote(spec.name)} (${list(fk.fields)})`);
      }
    }
    db.exec('COMMIT');
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(tmp, file);
}
