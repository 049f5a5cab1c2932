import { describe, expect, it } from 'vitest';
import { pageRest, routes, withBase } from '../../src/lib/site/routes.ts';

describe('routes', () => {
  it('are root-relative paths without diacritics, ending with a slash', () => {
    const paths = [
      routes.home(),
      routes.article('abc'),
      routes.directives(),
      routes.directives('so-hieu', 3),
      routes.directive('chi-thi-35-ct-tw-xii', 2),
      routes.officials(2),
      routes.official('truong-thi-mai'),
      routes.officialList('truong-thi-mai', 'chu-tri', 2),
      routes.archive(),
      routes.year(2020, 2),
      routes.month(2020, 6),
      routes.search(),
    ];
    for (const p of paths) expect(p).toMatch(/^\/([a-z0-9-]+\/)*$/);
    expect(routes.directives('trich-dan', 1)).toBe('/van-ban/');
    expect(routes.directives('trich-dan', 2)).toBe('/van-ban/trang/2/');
    expect(routes.month(2020, 6)).toBe('/luu-tru/2020/06/');
    expect(routes.month(2020, 6, 3)).toBe('/luu-tru/2020/06/trang/3/');
  });
  it('take the base path, with or without its trailing slash', () => {
    expect(withBase('/', '/bai/x/')).toBe('/bai/x/');
    expect(withBase('/bien-nien/', '/bai/x/')).toBe('/bien-nien/bai/x/');
    expect(withBase('/bien-nien', '/')).toBe('/bien-nien/');
    expect(() => withBase('/', 'bai/x/')).toThrow();
  });
  it('put page 1 at the listing itself', () => {
    expect([pageRest(1), pageRest(2)]).toEqual([undefined, 'trang/2']);
  });
});
