import { describe, expect, it } from 'vitest';
import { directiveGroups, initialLetter, officialGroups } from '../../src/lib/site/listings.ts';
import { citingPages, directiveIndexPages, officialListPages, PAGE_SIZE } from '../../src/lib/site/pages.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { loadEntries } from './helpers.ts';

const site = buildSiteIndex(loadEntries());

describe('documents index', () => {
  it('groups by kind in the schema order, then issuer (most cited first, ties by code)', () => {
    const groups = directiveGroups(site.directives, 'trich-dan');
    expect(groups.map((g) => g.key.label)).toEqual([
      'Nghị quyết — Chính phủ (CP)',
      'Nghị quyết — Trung ương Đảng (TW)',
      'Chỉ thị — Trung ương Đảng (TW)',
      'Kết luận — Trung ương Đảng (TW)',
      'Quy định — Trung ương Đảng (TW)',
    ]);
  });
  it('sorts a group by citations, or by number then term', () => {
    const byCitations = directiveGroups(site.directives, 'trich-dan').find((g) => g.key.kind === 'Chỉ thị')!;
    expect(byCitations.items.map((d) => `${d.code} ${d.term}`)).toEqual(['35-CT/TW XII', '45-CT/TW XII', '05-CT/TW XII', '35-CT/TW XIII']);
    const byNumber = directiveGroups(site.directives, 'so-hieu').find((g) => g.key.kind === 'Chỉ thị')!;
    expect(byNumber.items.map((d) => `${d.code} ${d.term}`)).toEqual(['05-CT/TW XII', '35-CT/TW XII', '35-CT/TW XIII', '45-CT/TW XII']);
  });
  it('sorts numbers as numbers', () => {
    const rules = directiveGroups(site.directives, 'so-hieu').find((g) => g.key.kind === 'Quy định')!;
    expect(rules.items.map((d) => d.number)).toEqual(['205', '260']);
  });
});

describe('officials index', () => {
  it('files people under the first letter of their given name, Vietnamese letters kept', () => {
    expect(initialLetter('Trương Thị Mai')).toBe('M');
    expect(initialLetter('Đỗ Căn')).toBe('C');
    expect(initialLetter('Nguyễn Văn Đức')).toBe('Đ');
    expect(initialLetter('Lê Thị Ánh')).toBe('A');
    expect(initialLetter('Hoàng Văn Ân')).toBe('Â');
    expect(initialLetter('Phạm Thị Ưng')).toBe('Ư');
    expect(officialGroups(site.officials).map((g) => g.key)).toEqual(['B', 'C', 'H', 'M', 'T']);
  });
});

describe('pages', () => {
  it('give a short list no extra pages', () => {
    expect(citingPages(site.directives[0]!)).toHaveLength(1);
    expect(directiveIndexPages(site, 'so-hieu')).toHaveLength(1);
    expect(officialListPages(site.officialBySlug.get('pham-minh-chinh')!, 'bai-viet')).toEqual([]);
    expect(PAGE_SIZE.officialPreview).toBeLessThan(PAGE_SIZE.articles);
  });
});
