/** The open-data files: each table as CSV and JSON, and datapackage.json describing them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/data/csv.ts';
import { dataFiles, dataPackage } from '../../lib/data/package.ts';
import { buildTables, TABLES, tableSpec, type TableName } from '../../lib/data/tables.ts';
import { absolute } from '../../lib/site/links.ts';
import { getSite } from '../../lib/site/load.ts';
import { routes } from '../../lib/site/routes.ts';

type Props = { table?: TableName; format: 'csv' | 'json' | 'package' };

export const getStaticPaths = (() => [
  { params: { file: dataFiles.package }, props: { format: 'package' } },
  ...TABLES.flatMap((t) => [
    { params: { file: dataFiles.csv(t.name) }, props: { table: t.name, format: 'csv' } },
    { params: { file: dataFiles.json(t.name) }, props: { table: t.name, format: 'json' } },
  ]),
]) satisfies GetStaticPaths;

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', package: 'application/json; charset=utf-8' };

let tables: Promise<ReturnType<typeof buildTables>> | undefined;

export const GET: APIRoute<Props> = async ({ props }) => {
  let body: string;
  if (props.format === 'package') body = `${JSON.stringify(dataPackage(absolute(routes.data())), null, 2)}\n`;
  else {
    // One build of the tables for all twelve files.
    tables ??= getSite().then(buildTables);
    const rows = (await tables)[props.table!];
    body = props.format === 'csv' ? toCsv(tableSpec(props.table!).schema.fields, rows) : `${JSON.stringify(rows)}\n`;
  }
  return new Response(body, { headers: { 'content-type': TYPES[props.format] } });
};
