/**
 * Screenshots of every page type at 390 px and 1280 px, into screenshots/
 * (gitignored), to look at before calling a change to the site done.
 *   npm run screenshots                                 dist/ at /
 *   npm run screenshots -- tests/.tmp/site-fixtures --base /bien-nien/
 * For each page type the largest page of that type is taken (the one with
 * the most to show). Uses Debian's Chromium; never downloads a browser.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: '/' },
    out: { type: 'string', default: 'screenshots' },
    dark: { type: 'boolean', default: false },
    // Also write the page in screen-high slices (name-390.2.png …), easier to look at than one tall image.
    slices: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const dir = resolve(positionals[0] ?? process.env.BIEN_NIEN_OUT ?? 'dist');
const base = values.base!.endsWith('/') ? values.base! : `${values.base}/`;
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });

const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length - 1));
const size = (p: string) => statSync(join(dir, p, 'index.html')).size;
const largest = (re: RegExp) => paths.filter((p) => re.test(p)).sort((a, b) => size(b) - size(a))[0];
// A page of that type carrying an editorial note (hand-written MDX), when there is one.
const annotated = (re: RegExp) => paths.find((p) => re.test(p) && readFileSync(join(dir, p, 'index.html'), 'utf8').includes('class="editorial-note"'));

const types: [string, string | undefined][] = [
  ['home', '/'],
  ['article', largest(/^\/bai\/[^/]+\/$/)],
  ['directives', '/van-ban/'],
  ['directive', largest(/^\/van-ban\/(?!theo-so-hieu|trang)[^/]+\/$/)],
  ['officials', '/can-bo/'],
  ['official', largest(/^\/can-bo\/(?!trang)[^/]+\/$/)],
  ['archive', '/luu-tru/'],
  ['year', largest(/^\/luu-tru\/\d{4}\/$/)],
  ['month', largest(/^\/luu-tru\/\d{4}\/\d{2}\/$/)],
  ['data', '/du-lieu/'],
  ['search', '/tim-kiem/?q=dang+uy'],
  ['notfound', '/khong-co-trang-nay/'],
  ['about', '/gioi-thieu/'],
  ['directive-note', annotated(/^\/van-ban\/(?!theo-so-hieu|trang)[^/]+\/$/)],
  ['official-note', annotated(/^\/can-bo\/(?!trang)[^/]+\/$/)],
];

const server = await serveStatic(dir, { base });
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    for (const scheme of values.dark ? (['light', 'dark'] as const) : (['light'] as const)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of types) {
        if (!path || (values.only && !values.only.split(',').includes(name))) continue;
        await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
        if (name === 'search') await page.waitForSelector('[data-results] li', { timeout: 10_000 }).catch(() => undefined);
        const file = join(out, `${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}  ←  ${path}`);
        if (values.slices) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const step = width < 600 ? 1400 : 1000;
          for (let y = 0, n = 1; y < height; y += step, n++) {
            await page.screenshot({ path: file.replace(/\.png$/, `.${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
          }
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
