/**
 * CSV as RFC 4180 says: CRLF line ends, a header row, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled. Empty cells
 * are missing values; arrays are written as JSON, as Table Schema's
 * "array" type reads them.
 */
import type { Cell, Field, Row } from './tables.ts';

export function csvCell(value: Cell): string {
  if (value === null) return '';
  const s = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(fields: readonly Field[], rows: readonly Row[]): string {
  const lines = [fields.map((f) => csvCell(f.name)).join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f.name] ?? null)).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
