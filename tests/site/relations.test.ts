/** Document relations as the directive pages show them: both ways, with counts. */
import { describe, expect, it } from 'vitest';
import { directiveRegistrySchema, type Directive } from '../../src/lib/schema.ts';
import { documentRelations } from '../../src/lib/site/relations.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { article } from './helpers.ts';

const registry = directiveRegistrySchema.parse([
  { code: '260-QĐ/TW', kind: 'Quy định', issuer: 'TW', term: 'X', issued: '2009-10-02', subject: 'Thôi giữ chức vụ' },
  { code: '41-QĐ/TW', kind: 'Quy định', issuer: 'TW', term: 'XIII', issued: '2021-11-03', subject: 'Miễn nhiệm, từ chức', replaces: ['quy-dinh-260-qd-tw-khoa-x'] },
  { code: '35-CT/TW', kind: 'Chỉ thị', issuer: 'TW', term: 'XII', issued: '2019-05-30' },
  { code: '26-HD/BTCTW', kind: 'Hướng dẫn', issuer: 'BTCTW', term: 'XII', issued: '2019-10-18', guides: ['chi-thi-35-ct-tw-khoa-xii'] },
]);

const q260: Directive = {
  id: 'quy-dinh-260-qd-tw-khoa-x', code: '260-QĐ/TW', kind: 'Quy định', number: '260', issuer: 'TW', term: 'X',
  termSource: 'registry', verified: true, citations: [{ sentence: 'Theo Quy định 260.', form: 'Quy định 260', line: 3, at: [[0, 5, 17]] }],
};
const site = buildSiteIndex([
  { id: 'a', data: article({ date: '2020-01-01', directives: [q260] }) },
  { id: 'b', data: article({ date: '2020-02-01', directives: [q260] }) },
]);
const relations = documentRelations(registry, site.directiveById);

describe('documentRelations', () => {
  it('shows "Bị thay thế bởi" on the older document, the newer one unlinked when no article cites it', () => {
    expect(relations.get('quy-dinh-260-qd-tw-khoa-x')).toEqual([
      { label: 'Bị thay thế bởi', documents: [{ id: 'quy-dinh-41-qd-tw-khoa-xiii', name: 'Quy định 41-QĐ/TW (khóa XIII)', subject: 'Miễn nhiệm, từ chức', citing: 0 }] },
    ]);
  });

  it('shows "Thay thế" on the newer document with the older one\'s page and citing-article count', () => {
    const [group] = relations.get('quy-dinh-41-qd-tw-khoa-xiii')!;
    expect(group!.label).toBe('Thay thế');
    expect(group!.documents[0]!.record).toBe(site.directiveById.get('quy-dinh-260-qd-tw-khoa-x'));
    expect(group!.documents[0]!.citing).toBe(2);
  });

  it('names guidance both ways, and leaves unrelated documents out', () => {
    expect(relations.get('huong-dan-26-hd-btctw-khoa-xii')!.map((g) => g.label)).toEqual(['Hướng dẫn']);
    expect(relations.get('chi-thi-35-ct-tw-khoa-xii')!.map((g) => g.label)).toEqual(['Được hướng dẫn bởi']);
    expect([...relations.keys()].sort()).toEqual(['chi-thi-35-ct-tw-khoa-xii', 'huong-dan-26-hd-btctw-khoa-xii', 'quy-dinh-260-qd-tw-khoa-x', 'quy-dinh-41-qd-tw-khoa-xiii']);
  });
});
