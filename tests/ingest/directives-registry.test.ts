/**
 * content/directives.yaml is data readers trust: it must load, be consistent
 * with the term table, and every alias must read back to its own entry.
 */
import { describe, expect, it } from 'vitest';
import { parseCode } from '../../src/lib/ingest/directives/codes.ts';
import { findInText } from '../../src/lib/ingest/directives/find.ts';
import { checkRegistry, resolveDirectives } from '../../src/lib/ingest/directives/resolve.ts';
import { CONGRESSES, fromRoman, normalizeTerm, termAt, toRoman } from '../../src/lib/ingest/directives/terms.ts';
import { loadRegistries } from '../../src/lib/registry.ts';
import type { DirectiveRegistry } from '../../src/lib/schema.ts';
import { loadDirectiveRegistry, ROOT } from '../fixtures/directives/helpers.ts';

const REGISTRY = loadDirectiveRegistry();

describe('content/directives.yaml', () => {
  it('loads through the project loader', () => {
    expect(loadRegistries(`${ROOT}content`).directives).toEqual(REGISTRY);
  });

  it('has no problems', () => {
    expect(checkRegistry(REGISTRY)).toEqual([]);
  });

  it('holds the documents the seeds and the corpus cite, with their dates', () => {
    const facts = REGISTRY.map((e) => `${e.code} ${e.term ?? '-'} ${e.issued}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        '75-KL/TW XII 2020-05-30',
        '45-CT/TW XII 2020-06-20',
        '35-CT/TW XII 2019-05-30',
        '35-CT/TW XIII 2024-06-14',
        '205-QĐ/TW XII 2019-09-23',
        '214-QĐ/TW XII 2020-01-02',
        '260-QĐ/TW X 2009-10-02',
        '30-QĐ/TW XII 2016-07-26',
        '22-QĐ/TW XIII 2021-07-28',
        '05-CT/TW XII 2016-05-15',
        '12-NQ/TW XI 2012-01-16',
        '04-NQ/TW XII 2016-10-30',
        '18-NQ/TW XII 2017-10-25',
        '19-NQ/TW XII 2017-10-25',
        '26-NQ/TW XII 2018-05-19',
        '21-KL/TW XIII 2021-10-25',
        '128/NQ-CP - 2021-10-11',
        'Nghị quyết Đại hội XIII XIII 2021-02-01',
      ]),
    );
  });

  it('resolves a document cited by code alone, years after its term, to the registry entry', () => {
    const text =
      'Về phạm vi điều chỉnh, Quy định số 22-QĐ/TW bổ sung đối tượng áp dụng so với Quy định số 30-QĐ/TW, bao gồm cả tổ chức đảng và đảng viên.';
    const got = resolveDirectives(findInText(text), REGISTRY, '2022-03-30').map((d) => `${d.code} ${d.term} ${d.termSource}`);
    expect(got).toEqual(['22-QĐ/TW XIII registry', '30-QĐ/TW XII registry']);
  });

  it('gives every entry an issue date and a parseable code or a name the finder reads', () => {
    for (const e of REGISTRY) {
      expect(e.issued, e.code).toBeDefined();
      expect(parseCode(e.code) ?? findInText(e.code)[0], e.code).toBeDefined();
    }
  });

  it('reads each alias back to its own entry when it is the only one named so', () => {
    for (const e of REGISTRY) {
      for (const alias of e.aliases) {
        const sharers = REGISTRY.filter((o) => o.aliases.includes(alias));
        const [d] = resolveDirectives(findInText(alias), REGISTRY, '2026-06-01');
        if (sharers.length === 1) expect(d, alias).toMatchObject({ code: e.code, verified: true });
        else expect(d, alias).toMatchObject({ verified: false });
      }
    }
  });
});

describe('checkRegistry catches bad data', () => {
  const entry = REGISTRY.find((e) => e.code === '260-QĐ/TW')!;

  it('a term that does not match the issue date', () => {
    const bad: DirectiveRegistry = [{ ...entry, term: 'XII' }];
    expect(checkRegistry(bad).join('\n')).toMatch(/2009-10-02 falls in term X, not XII/);
  });

  it('an alias the finder cannot read', () => {
    expect(checkRegistry([{ ...entry, aliases: ['quy định nổi tiếng'] }]).join('\n')).toMatch(/alias "quy định nổi tiếng"/);
  });

  it('an entry listed twice, and an issuer that contradicts the code', () => {
    expect(checkRegistry([entry, entry]).join('\n')).toMatch(/listed twice/);
    expect(checkRegistry([{ ...entry, issuer: 'CP' }]).join('\n')).toMatch(/issuer CP does not match/);
  });

  it('a central document without its term', () => {
    const { term: _term, ...noTerm } = entry;
    expect(checkRegistry([noTerm]).join('\n')).toMatch(/needs its term/);
  });
});

describe('terms', () => {
  it('switches term on the day a congress closes', () => {
    expect(termAt('2016-01-27')).toBe('XI');
    expect(termAt('2016-01-28')).toBe('XII');
    expect(termAt('2021-01-31')).toBe('XII');
    expect(termAt('2021-02-01')).toBe('XIII');
    expect(termAt('2009-10-02')).toBe('X');
    expect(termAt('2011-02-21')).toBe('XI');
    expect(termAt('1990-01-01')).toBeUndefined();
  });

  it('lists the congresses in order', () => {
    const dates = CONGRESSES.map((c) => c.closed);
    expect([...dates].sort()).toEqual(dates);
    expect(CONGRESSES.map((c) => fromRoman(c.term))).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('reads roman and arabic terms', () => {
    expect(toRoman(14)).toBe('XIV');
    expect(fromRoman('XIII')).toBe(13);
    expect(fromRoman('IIII')).toBeUndefined();
    expect(normalizeTerm('12')).toBe('XII');
    expect(normalizeTerm('XV')).toBe('XV');
    expect(normalizeTerm('ABC')).toBeUndefined();
  });
});
