/**
 * Relations between documents in content/directives.yaml (replaces, amends,
 * guides): the loader refuses unknown ids, self-reference, cycles and a newer
 * document older than the one it points to, naming file and line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistries, RegistryError } from '../../src/lib/registry.ts';
import { ROOT } from '../fixtures/directives/helpers.ts';

const Q260 = `- code: 260-QĐ/TW
  kind: Quy định
  issuer: TW
  term: X
  issued: "2009-10-02"
`;
/** 41-QĐ/TW, starting on line 7 after Q260 and a blank line; its relation follows. */
const Q41 = `- code: 41-QĐ/TW
  kind: Quy định
  issuer: TW
  term: XIII
  issued: "2021-11-03"
`;

function load(directives: string): Registries {
  const dir = mkdtempSync(join(tmpdir(), 'bien-nien-relations-'));
  writeFileSync(join(dir, 'directives.yaml'), directives);
  writeFileSync(join(dir, 'officials.yaml'), '[]\n');
  writeFileSync(join(dir, 'publishers.yaml'), '[]\n');
  return loadRegistries(dir);
}
type Registries = ReturnType<typeof loadRegistries>;

function error(directives: string): string {
  try {
    load(directives);
  } catch (e) {
    expect(e).toBeInstanceOf(RegistryError);
    return (e as Error).message;
  }
  throw new Error('the registry loaded');
}

describe('document relations', () => {
  it('the real registry loads, with 41-QĐ/TW replacing 260-QĐ/TW and 26-HD/BTCTW guiding 35-CT/TW khóa XII', () => {
    const reg = loadRegistries(`${ROOT}content`).directives;
    expect(reg.find((e) => e.code === '41-QĐ/TW')?.replaces).toEqual(['quy-dinh-260-qd-tw-khoa-x']);
    expect(reg.find((e) => e.code === '26-HD/BTCTW')?.guides).toEqual(['chi-thi-35-ct-tw-khoa-xii']);
  });

  it('a sound relation loads', () => {
    const reg = load(`${Q260}
${Q41}  replaces: [quy-dinh-260-qd-tw-khoa-x]
`).directives;
    expect(reg[1]!.replaces).toEqual(['quy-dinh-260-qd-tw-khoa-x']);
    expect(reg[0]!.replaces).toEqual([]);
  });

  it('an unknown id names the file, the line of the entry, and the ids that exist', () => {
    const msg = error(`${Q260}
${Q41}  amends: [quy-dinh-261-qd-tw-khoa-x]
`);
    expect(msg).toMatch(/directives\.yaml:7: 41-QĐ\/TW \(quy-dinh-41-qd-tw-khoa-xiii\): amends "quy-dinh-261-qd-tw-khoa-x", which is no document id/);
    expect(msg).toContain('quy-dinh-260-qd-tw-khoa-x');
  });

  it('a document replacing itself', () => {
    const msg = error(`${Q260}  replaces: [quy-dinh-260-qd-tw-khoa-x]\n`);
    expect(msg).toMatch(/directives\.yaml:1: .*cannot replace itself/);
  });

  it('a replacement older than what it replaces', () => {
    const msg = error(`${Q260}  replaces: [quy-dinh-41-qd-tw-khoa-xiii]\n${Q41}`);
    expect(msg).toMatch(/directives\.yaml:1: 260-QĐ\/TW .*issued 2009-10-02, cannot replace 41-QĐ\/TW .*issued 2021-11-03, later/);
  });

  it('a cycle, even without dates to betray it', () => {
    const msg = error(`- code: 1-QĐ/TW
  kind: Quy định
  issuer: TW
  term: XIII
  guides: [quy-dinh-2-qd-tw-khoa-xiii]
- code: 2-QĐ/TW
  kind: Quy định
  issuer: TW
  term: XIII
  amends: [quy-dinh-1-qd-tw-khoa-xiii]
`);
    expect(msg).toMatch(/cycle: 1-QĐ\/TW .* → 2-QĐ\/TW .* → 1-QĐ\/TW/);
  });

  it('a malformed id is refused by the schema', () => {
    expect(error(`${Q260}  guides: ["Quy định 41"]\n`)).toMatch(/must be a document id/);
  });
});
