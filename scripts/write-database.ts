/**
 * After `astro build`: the open-data tables of dist/du-lieu/ (the JSON files
 * the site publishes) as one SQLite database beside them. Reads the
 * published files, so the database holds exactly what the CSV and JSON hold.
 *   BIEN_NIEN_OUT   output directory (default dist), as in astro.config.mjs
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataFiles } from '../src/lib/data/package.ts';
import { writeDatabase } from '../src/lib/data/sqlite.ts';
import { TABLES, type Row } from '../src/lib/data/tables.ts';

const out = resolve(process.env.BIEN_NIEN_OUT || 'dist');
const dir = join(out, 'du-lieu');
const missing = TABLES.map((t) => join(dir, dataFiles.json(t.name))).filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`write-database: ${missing.join(', ')} not found; run \`astro build\` first (npm run build:site)`);
  process.exit(1);
}
const file = join(dir, dataFiles.database);
writeDatabase(
  file,
  TABLES.map((spec) => ({ spec, rows: JSON.parse(readFileSync(join(dir, dataFiles.json(spec.name)), 'utf8')) as Row[] })),
);
console.log(`write-database: ${TABLES.length} tables → ${file}`);
