/**
 * Canonical names through the registry, and the registry file itself.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/lib/ingest/people/index.ts';
import { createResolver, registryProblems } from '../../src/lib/ingest/people/resolve.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import type { OfficialRegistry } from '../../src/lib/schema.ts';
import { foldTonePlacement } from '../../src/lib/text/vietnamese.ts';
import { ROOT, body } from '../fixtures/people/blocks.ts';

const registry: OfficialRegistry = [
  { name: 'Trần Văn Túy', aliases: ['Trần Văn Tuý'] },
  { name: 'Nguyễn Thị Hữu Hòa', aliases: [] },
  { name: 'Hồ Văn Niên', aliases: ['Hồ Văn Nien'] },
];

describe('createResolver', () => {
  const resolve = createResolver(registry);
  it('finds the canonical name through the name, an alias, tone placement, case and spacing', () => {
    expect(resolve('Trần Văn Túy')).toEqual({ name: 'Trần Văn Túy', verified: true });
    expect(resolve('Trần Văn Tuý')).toEqual({ name: 'Trần Văn Túy', verified: true });
    expect(resolve('Nguyễn  Thị Hữu Hoà')).toEqual({ name: 'Nguyễn Thị Hữu Hòa', verified: true });
    expect(resolve('TRẦN VĂN TÚY')).toEqual({ name: 'Trần Văn Túy', verified: true });
    expect(resolve('Hồ Văn Nien')).toEqual({ name: 'Hồ Văn Niên', verified: true });
  });
  it('an unknown person keeps the written name, tone placement folded, unverified', () => {
    expect(resolve('Phạm Thị Thuý  Hằng')).toEqual({ name: 'Phạm Thị Thúy Hằng', verified: false });
  });
  it('a different person is not matched by a similar name', () => {
    expect(resolve('Trần Văn Tú')).toEqual({ name: 'Trần Văn Tú', verified: false });
  });
});

describe('extractPeople with a registry', () => {
  it('officials and chairs carry the canonical name, its slug and verified', () => {
    const r = extractPeople(body('Các đồng chí: Trần Văn Tuý - Phó Trưởng ban Tổ chức Trung ương; Lê Văn Tám, Bí thư Tỉnh ủy đồng chủ trì hội nghị.'), registry);
    expect(r.chairs.map((c) => [c.name, c.slug, c.verified])).toEqual([
      ['Trần Văn Túy', 'tran-van-tuy', true],
      ['Lê Văn Tám', 'le-van-tam', false],
    ]);
  });
});

describe('one resolver per registry', () => {
  // The resolver is built once per registry object; a second registry must get its own.
  it('two registries give their own canonical names', () => {
    const text = body('Đồng chí Trần Văn Tuý, Bí thư Tỉnh ủy chủ trì hội nghị.');
    const other: OfficialRegistry = [{ name: 'Trần Văn Tuý', aliases: [] }];
    expect(extractPeople(text, registry).chairs.map((c) => [c.name, c.verified])).toEqual([['Trần Văn Túy', true]]);
    expect(extractPeople(text, other).chairs.map((c) => [c.name, c.verified])).toEqual([['Trần Văn Tuý', true]]);
    expect(extractPeople(text, []).chairs.map((c) => [c.name, c.verified])).toEqual([['Trần Văn Túy', false]]);
    expect(extractPeople(text, registry).chairs.map((c) => [c.name, c.verified])).toEqual([['Trần Văn Túy', true]]);
  });
});

describe('registryProblems', () => {
  it('reports a spelling claimed by two people, a person listed twice and a name not in canonical form', () => {
    expect(
      registryProblems([
        { name: 'Trần Văn Túy', aliases: [] },
        { name: 'Trần Văn Tý', aliases: ['Trần Văn Tuý'] },
        { name: 'Trần Văn Túy', aliases: [] },
        { name: 'Lê Văn  Hoà', aliases: [] },
      ]),
    ).toEqual([
      '"Trần Văn Tuý" is listed under both "Trần Văn Túy" and "Trần Văn Tý"',
      '"Trần Văn Túy" has two entries; merge their aliases into one',
      '"Lê Văn  Hoà": write the name with single spaces and tone placement as in "Lê Văn  Hòa"',
    ]);
  });
  it('accepts an alias that differs only by tone placement', () => {
    expect(registryProblems(registry)).toEqual([]);
  });
});

describe('content/officials.yaml', () => {
  const officials = loadRegistries(join(ROOT, 'content')).officials;
  it('loads, has no problems and writes names in the modern tone placement', () => {
    expect(registryProblems(officials)).toEqual([]);
    for (const e of officials) expect(e.name).toBe(foldTonePlacement(e.name));
  });
  it('holds the people the seeds name', () => {
    const names = new Set(officials.map((e) => e.name));
    for (const n of ['Mai Văn Chính', 'Trương Thị Mai', 'Đỗ Căn', 'Phạm Minh Chính', 'Trần Quốc Trung', 'Nguyễn Thanh Bình', 'Lê Vĩnh Tân', 'Trần Văn Túy', 'Hồ Phúc Hợp']) {
      expect(names.has(n), n).toBe(true);
    }
  });
});
