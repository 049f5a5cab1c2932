import { describe, expect, it } from 'vitest';
import { findBrokenLinks, normalizeBase, pageUrlPath, resolveToFile, scanTags } from '../../src/lib/quality/links.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** A small built site served under /bien-nien/. */
function site(extra: Record<string, string | null> = {}) {
  return new Map<string, string | null>(
    Object.entries({
      'index.html': page(
        `<a class="skip" href="#noi-dung">Bỏ qua</a><main id="noi-dung">
         <a href="/bien-nien/bai-viet/hoi-nghi/">Bài</a>
         <a href="bai-viet/hoi-nghi/#doan-2">Đoạn 2</a>
         <a href="/bien-nien/van-ban/75-kl-tw">Văn bản, không có dấu gạch chéo</a>
         <a href="/bien-nien/nhan-vat/trương-thị-mai/">Nhân vật</a>
         <a href="https://xaydungdang.org.vn/x.html">Nguồn</a>
         <a href="mailto:a@b.vn">Thư</a>
         <img src="/bien-nien/_astro/logo.svg" srcset="/bien-nien/_astro/logo.svg 1x, /bien-nien/_astro/logo@2x.png 2x" alt="">
         </main>`,
        '<link rel="stylesheet" href="/bien-nien/_astro/site.css"><link rel="preconnect" href="https://fonts.example"><script type="module" src="/bien-nien/pagefind/pagefind-ui.js"></script>',
      ),
      'bai-viet/hoi-nghi/index.html': page('<p id="doan-1">Một</p><p id="doan-2">Hai</p><a href="../../">Trang chủ</a><a href="../../404.html">404</a>'),
      'van-ban/75-kl-tw/index.html': page('<a href="/bien-nien/">Trang chủ</a>'),
      'nhan-vat/trương-thị-mai/index.html': page('<a href="/bien-nien">Trang chủ</a>'),
      '404.html': page('<a href="/bien-nien/">Trang chủ</a>'),
      '_astro/site.css': null,
      '_astro/logo.svg': null,
      '_astro/logo@2x.png': null,
      'pagefind/pagefind-ui.js': null,
      ...extra,
    }),
  );
}

describe('normalizeBase and pageUrlPath', () => {
  it('normalizes the base path', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('bien-nien')).toBe('/bien-nien/');
    expect(normalizeBase('/bien-nien/')).toBe('/bien-nien/');
  });
  it('maps a file to the URL it is served at', () => {
    expect(pageUrlPath('index.html', '/b/')).toBe('/b/');
    expect(pageUrlPath('a/index.html', '/b/')).toBe('/b/a/');
    expect(pageUrlPath('404.html', '/')).toBe('/404.html');
  });
  it('resolves paths like a static host', () => {
    const files = new Map([['a/index.html', ''], ['b.html', ''], ['c.css', null]]);
    expect(resolveToFile('/x/a/', '/x/', files)).toBe('a/index.html');
    expect(resolveToFile('/x/a', '/x/', files)).toBe('a/index.html');
    expect(resolveToFile('/x/b', '/x/', files)).toBe('b.html');
    expect(resolveToFile('/x/c.css', '/x/', files)).toBe('c.css');
    expect(resolveToFile('/x/d', '/x/', files)).toBeNull();
    expect(resolveToFile('/x/%E0%A4%A', '/x/', files)).toBeNull();
  });
});

describe('scanTags', () => {
  it('reads attributes in every quoting style and decodes entities', () => {
    const tags = scanTags(`<a href="/a?x=1&amp;y=2" data-x='q'>x</a><img src=/i.png alt=""><!-- <a href="/commented"> -->`);
    expect(tags.map((t) => [t.name, Object.fromEntries(t.attrs)])).toEqual([
      ['a', { href: '/a?x=1&y=2', 'data-x': 'q' }],
      ['img', { src: '/i.png', alt: '' }],
    ]);
  });
  it('does not read markup inside scripts and styles', () => {
    const tags = scanTags(`<script>const s = '<a href="/nowhere">';</script><style>a::after{content:"<img src=/x>"}</style><p id="ok">`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
  });
});

describe('findBrokenLinks', () => {
  it('passes a site whose links all resolve, under its base path', () => {
    expect(findBrokenLinks({ files: site(), basePath: '/bien-nien/' })).toEqual([]);
  });

  it('reports each broken link with its page, value and reason', () => {
    const files = site({
      'bai-viet/hong/index.html': page(
        [
          '<a href="/bien-nien/khong-co/">missing page</a>',
          '<a href="/khong-co-base/">no base prefix</a>',
          '<img src="/bien-nien/_astro/missing.png" alt="">',
          '<img srcset="/bien-nien/_astro/logo.svg 1x, /bien-nien/_astro/nope.png 2x" alt="">',
          '<a href="/bien-nien/bai-viet/hoi-nghi/#doan-9">missing anchor</a>',
          '<a href="#nowhere">missing local anchor</a>',
          '<a href="javascript:alert(1)">script</a>',
          '<a href="https://bien-nien.example/bien-nien/mat/">own origin, missing</a>',
          '<a href="https://other.example/bien-nien/mat/">other site: not checked</a>',
        ].join(''),
      ),
    });
    const broken = findBrokenLinks({ files, basePath: '/bien-nien', siteUrl: 'https://bien-nien.example' });
    expect(broken.map((b) => [b.page, b.where, b.ref])).toEqual([
      ['bai-viet/hong/index.html', 'a href', '/bien-nien/khong-co/'],
      ['bai-viet/hong/index.html', 'a href', '/khong-co-base/'],
      ['bai-viet/hong/index.html', 'img src', '/bien-nien/_astro/missing.png'],
      ['bai-viet/hong/index.html', 'img srcset', '/bien-nien/_astro/nope.png'],
      ['bai-viet/hong/index.html', 'a href', '/bien-nien/bai-viet/hoi-nghi/#doan-9'],
      ['bai-viet/hong/index.html', 'a href', '#nowhere'],
      ['bai-viet/hong/index.html', 'a href', 'javascript:alert(1)'],
      ['bai-viet/hong/index.html', 'a href', 'https://bien-nien.example/bien-nien/mat/'],
    ]);
    expect(broken[1]!.reason).toMatch(/base/);
    expect(broken[4]!.reason).toMatch(/doan-9/);
  });

  it('catches a site built for the root but served under a base path', () => {
    const files = new Map<string, string | null>([
      ['index.html', page('<a href="/bai-viet/x/">x</a>')],
      ['bai-viet/x/index.html', page('')],
    ]);
    expect(findBrokenLinks({ files, basePath: '/' })).toEqual([]);
    expect(findBrokenLinks({ files, basePath: '/bien-nien/' })).toHaveLength(1);
  });
});
