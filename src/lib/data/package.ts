/**
 * datapackage.json: a Frictionless Tabular Data Package describing the CSV
 * files, one Table Schema each, from the table descriptions in tables.ts.
 */
import { TABLES, type TableName } from './tables.ts';

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

/** File names under /du-lieu/, relative to datapackage.json. */
export const dataFiles = {
  csv: (t: TableName) => `${t}.csv`,
  json: (t: TableName) => `${t}.json`,
  package: 'datapackage.json',
  database: 'bien-nien.sqlite',
} as const;

export function dataPackage(home: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'bien-nien',
    title: 'Biên niên: bài báo, văn bản được trích dẫn và cán bộ',
    description:
      'Tư liệu báo chí về công tác tổ chức xây dựng Đảng: các bài báo, văn bản chúng trích dẫn, người chủ trì và được nhắc đến, chức vụ như bài ghi. Trích xuất tự động từ văn bản bài báo; xem độ chính xác đo được tại trang dữ liệu.',
    homepage: home,
    licenses: [DATA_LICENSE],
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: dataFiles.csv(t.name),
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema: t.schema,
    })),
  };
}
