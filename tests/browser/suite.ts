/**
 * The reader's checks, for any archive: what the home lists, where the links
 * of each article lead, what the directive and official pages list, what the
 * required searches return first, filters, console errors, broken links, page
 * weight, accessibility (axe) and the keyboard. Expectations come from the
 * article files themselves, through the site's own index.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { directiveFullName, directiveName } from '../../src/lib/site/format.ts';
import { matchTier, TIER_WORDS } from '../../src/lib/site/search-query.ts';
import { escapeRegExp } from '../../src/lib/text/regexp.ts';
import type { Article } from '../../src/lib/site/site-index.ts';
import { ensureSite, type SiteBuild } from './build.ts';
import { afterSearch, articleUrl, openOptions, crawl, expectedFrom, launch, readResults, search, slugOf, watchErrors, type CrawledPage, type Expected } from './reader.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface ReaderSuite {
  build: SiteBuild;
  /** Extra checks with the suite's browser, server and expectations. */
  extra?: (ctx: () => SuiteContext) => void;
}

export interface SuiteContext {
  browser: Browser;
  server: StaticServer;
  expected: Expected;
  newPage(opts?: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; errors: string[]; context: BrowserContext }>;
}

/** Articles whose text contains the query as a phrase (diacritics folded), or that cite a code. */
function phraseHolders(expected: Expected, query: string): Set<string> {
  const out = new Set<string>();
  for (const [slug, text] of expected.text) if (matchTier(query, text) < TIER_WORDS) out.add(slug);
  return out;
}

function citing(expected: Expected, code: string): Set<string> {
  return new Set(expected.site.articles.filter((a) => a.data.directives.some((d) => d.code === code)).map((a) => a.slug));
}

export function readerSuite(name: string, opts: ReaderSuite): void {
  // Each test reads many pages in a real browser; none asserts a duration.
  describe(name, { timeout: 180_000 }, () => {
    let browser: Browser;
    let server: StaticServer;
    let expected: Expected;
    let baseUrl: string;
    let crawled: { pages: CrawledPage[]; broken: string[]; outside: string[] } | undefined;
    const contexts: BrowserContext[] = [];

    const ctx = (): SuiteContext => ({
      browser,
      server,
      expected,
      async newPage(o) {
        const context = await browser.newContext(o);
        contexts.push(context);
        const page = await context.newPage();
        return { page, errors: watchErrors(page), context };
      },
    });

    beforeAll(async () => {
      ensureSite(opts.build);
      expected = expectedFrom(opts.build.articles);
      server = await serveStatic(opts.build.out, { base: opts.build.base });
      baseUrl = server.url;
      browser = await launch();
    });

    afterAll(async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser?.close();
      await server?.close();
    });

    async function site() {
      if (!crawled) {
        const context = await browser.newContext();
        contexts.push(context);
        // Start from the home page and every sitemap entry, so unlinked pages are checked too.
        const sitemap = await (await fetch(`${baseUrl}sitemap-0.xml`)).text();
        const seeds = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `${server.origin}${new URL(m[1]!).pathname}`);
        crawled = await crawl(context, baseUrl, seeds.filter((u) => u !== baseUrl));
      }
      return crawled;
    }

    it('home lists every article (or links to where they are listed)', async () => {
      const { page, errors } = await ctx().newPage();
      await page.goto(baseUrl);
      const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
      const n = Math.min(expected.site.articles.length, 10);
      const newest = [...expected.site.articles].reverse().slice(0, n);
      for (const a of newest) expect(hrefs, a.data.title).toContain(`${server.url.replace(server.origin, '')}bai/${a.slug}/`);
      expect(errors).toEqual([]);
    });

    it('each article shows its chairs and documents as links to pages that list it back', async () => {
      const { page, errors } = await ctx().newPage();
      for (const a of expected.site.articles) {
        const url = articleUrl(baseUrl, a);
        await page.goto(url);
        const facts = page.locator('.article-facts');
        const ownPath = new URL(url).pathname;
        for (const p of a.people) {
          const link = facts.locator(`a[href$="/can-bo/${p.slug}/"]`);
          await expect(link.first().textContent()).resolves.toBe(p.name);
          if (p.chair) await expect(facts.textContent()).resolves.toContain(p.chair.role);
        }
        for (const d of a.data.directives) {
          const link = facts.locator(`a[href$="/van-ban/${d.id}/"]`);
          expect(await link.first().textContent(), `${a.slug} → ${d.id}`).toBe(directiveName(d));
          // A sentence that cites it is quoted on the article page.
          const factsText = (await facts.textContent())!;
          expect(d.citations.some((c) => factsText.includes(c.sentence)), `${a.slug} quotes a sentence citing ${d.id}`).toBe(true);
        }
        // Follow each link: the target lists this article.
        const targets = [...a.people.map((p) => `${baseUrl}can-bo/${p.slug}/`), ...a.data.directives.map((d) => `${baseUrl}van-ban/${d.id}/`)];
        for (const t of targets) {
          await page.goto(t);
          const listed = await page.$$eval('main a', (as) => as.map((x) => x.getAttribute('href')));
          const rec = t.includes('/van-ban/') ? expected.site.directiveById.get(t.split('/').at(-2)!)! : undefined;
          // A long list is paginated: the article is on the page that holds it.
          if (rec && rec.citing.length > 30) continue;
          expect(listed, `${t} lists ${a.slug}`).toContain(ownPath);
        }
      }
      expect(errors).toEqual([]);
    });

    it('each article links every citation and named official in its text to a page that lists it back', async () => {
      const { page, errors } = await ctx().newPage();
      const base = new URL(baseUrl).pathname;
      const listsArticle = new Map<string, string[]>();
      for (const a of expected.site.articles) {
        const url = articleUrl(baseUrl, a);
        await page.goto(url);
        // Each paragraph's links with their offsets in the paragraph's text, as a reader's browser has them.
        const shown = await page.$$eval('.article-body p', (ps) =>
          ps.map((p) => {
            const links: { href: string; title: string | null; start: number; end: number }[] = [];
            let pos = 0;
            const walk = (n: Node): void => {
              if (n.nodeType === Node.TEXT_NODE) {
                pos += (n as Text).data.length;
                return;
              }
              const start = pos;
              n.childNodes.forEach(walk);
              if (n.nodeName === 'A') links.push({ href: (n as Element).getAttribute('href') ?? '', title: (n as Element).getAttribute('title'), start, end: pos });
            };
            walk(p);
            return { text: p.textContent ?? '', links };
          }),
        );
        const want = [
          ...a.data.directives.flatMap((d) => d.citations.flatMap((c) => c.at.map((at) => ({ at, href: `${base}van-ban/${d.id}/`, name: directiveFullName(d), what: `${d.id} "${c.form}"` })))),
          ...a.data.officials.flatMap((o) => o.at.map((at) => ({ at, href: `${base}can-bo/${o.slug}/`, name: undefined, what: o.name }))),
        ];
        const linked = shown.flatMap((p, block) => p.links.map((l) => ({ ...l, block })));
        for (const w of want) {
          const [block, start, end] = w.at;
          // Two records may place links on one stretch of text: only one of them can be the link there.
          if (want.some((o) => o !== w && o.at[0] === block && o.at[1] < end && start < o.at[2])) continue;
          const link = linked.find((l) => l.block === block && l.start === start && l.end === end);
          expect(link?.href, `${a.slug}: ${w.what} at [${w.at.join(', ')}] ("${shown[block]?.text.slice(start, end)}") is a link`).toBe(w.href);
          if (w.name) expect(link!.title, `${a.slug}: ${w.what} is titled with its full name`).toMatch(new RegExp(`^${escapeRegExp(w.name)}`));
        }
        for (const l of linked) expect(want.some((w) => w.href === l.href), `${a.slug}: ${l.href} is a recorded citation or name`).toBe(true);
        // Follow each link: the target lists this article.
        const own = new URL(url).pathname;
        for (const href of new Set(linked.map((l) => l.href))) {
          const id = href.split('/').at(-2)!;
          // Long lists are paginated or cut short: the pages' own tests check those.
          if (href.includes('/van-ban/') && expected.site.directiveById.get(id)!.citing.length > 30) continue;
          if (href.includes('/can-bo/') && expected.site.officialBySlug.get(id)!.articles.length > 10) continue;
          if (!listsArticle.has(href)) {
            await page.goto(`${server.origin}${href}`);
            listsArticle.set(href, await page.$$eval('main a', (as) => as.map((x) => x.getAttribute('href') ?? '')));
          }
          expect(listsArticle.get(href), `${href} lists ${a.slug}`).toContain(own);
        }
      }
      expect(errors).toEqual([]);
    });

    it('directive pages list the citing articles in date order, and say whether verified', async () => {
      const { page } = await ctx().newPage();
      for (const d of expected.site.directives) {
        await page.goto(`${baseUrl}van-ban/${d.id}/`);
        const slugs = (await page.$$eval('.article-list a.title', (as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) => slugOf(h, new URL(baseUrl).pathname));
        expect(slugs).toEqual(d.citing.slice(0, 30).map((c) => c.article.slug));
        const text = (await page.textContent('main'))!;
        expect(text).toContain(d.verified ? 'đã xác minh' : 'chưa xác minh');
        expect(text).toContain(d.code);
        for (const n of d.namesakes) {
          expect(await page.locator(`.notice a[href$="/van-ban/${n.id}/"]`).count(), `${d.id} links namesake ${n.id}`).toBe(1);
        }
      }
    });

    it('official pages list the articles that mention them and the events they chaired', async () => {
      const { page } = await ctx().newPage();
      for (const o of expected.site.officials) {
        await page.goto(`${baseUrl}can-bo/${o.slug}/`);
        const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        const base = new URL(baseUrl).pathname;
        for (const a of [...o.articles].reverse().slice(0, 10)) expect(hrefs, `${o.slug} lists ${a.slug}`).toContain(`${base}bai/${a.slug}/`);
        expect(await page.textContent('h1')).toBe(o.name);
        for (const t of o.titles) expect(await page.textContent('main')).toContain(t.title);
      }
    });

    it('the officials index sorts people by given name with Intl.Collator("vi")', async () => {
      const { page } = await ctx().newPage();
      await page.goto(`${baseUrl}can-bo/`);
      const names = await page.$$eval('.group-list a', (as) => as.map((a) => a.textContent ?? ''));
      expect(names).toEqual(expected.site.officials.slice(0, names.length).map((o) => o.name));
    });

    describe('search', () => {
      let page: Page;
      let errors: string[];
      beforeAll(async () => {
        ({ page, errors } = await ctx().newPage());
      });
      afterAll(() => expect(errors).toEqual([]));

      const first = async (q: string) => {
        const r = await search(page, baseUrl, q);
        return { ...r, slugs: r.hrefs.map((h) => slugOf(h, new URL(baseUrl).pathname)) };
      };
      /** Every result, pressing "Xem thêm" until the list is complete. */
      const all = async (q: string) => {
        await search(page, baseUrl, q);
        while (await page.isVisible('[data-more]')) await afterSearch(page, () => page.click('[data-more]'));
        const r = await readResults(page);
        return r.hrefs.map((h) => slugOf(h, new URL(baseUrl).pathname));
      };

      for (const q of ['Trương Thị Mai', 'truong thi mai', 'dang uy']) {
        it(`"${q}" returns an article containing the phrase first`, async (t) => {
          const holders = phraseHolders(expected, q);
          if (holders.size === 0) return t.skip();
          const r = await first(q);
          expect(r.slugs[0], `first of ${r.slugs.join(', ')}`).toSatisfy((s: string) => holders.has(s));
        });
      }

      for (const q of ['75-KL/TW', 'ket luan 75', 'kết luận 75']) {
        it(`"${q}" returns an article citing 75-KL/TW first`, async (t) => {
          const cites = citing(expected, '75-KL/TW');
          if (cites.size === 0) return t.skip();
          const r = await first(q);
          expect(r.slugs[0]).toSatisfy((s: string) => cites.has(s));
          for (const s of cites) expect(r.slugs).toContain(s);
        });
      }

      for (const [a, b] of [['khoá', 'khóa'], ['Uỷ', 'Ủy']] as const) {
        it(`"${a}" and "${b}" find each other`, async (t) => {
          const withA = [...expected.text].filter(([, text]) => text.includes(a)).map(([s]) => s);
          const withB = [...expected.text].filter(([, text]) => text.includes(b)).map(([s]) => s);
          if (withA.length === 0 || withB.length === 0) return t.skip();
          for (const q of [a, b]) {
            const slugs = await all(q);
            expect(slugs, q).toContain(withA[0]);
            expect(slugs, q).toContain(withB[0]);
          }
        });
      }

      it('shows title, date and an excerpt in the original Vietnamese', async () => {
        const r = await first('truong thi mai');
        if (r.hrefs.length === 0) return;
        const item = page.locator('[data-results] li').first();
        const excerpt = (await item.locator('.excerpt').textContent()) ?? '';
        expect(excerpt).toMatch(/Trương|Thị|Mai/);
        expect(await item.locator('mark').count()).toBeGreaterThan(0);
        expect(await item.locator('.meta').textContent()).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
      });

      it('loads the filter data only when a reader opens the filters', async () => {
        const filterRequests: string[] = [];
        const onRequest = (r: { url(): string }) => {
          if (r.url().includes('.pf_filter')) filterRequests.push(r.url());
        };
        page.on('request', onRequest);
        try {
          const r = await search(page, baseUrl, 'Đảng');
          expect(r.hrefs.length).toBeGreaterThan(0);
          expect(filterRequests).toEqual([]);
          await openOptions(page);
          expect(filterRequests.length).toBeGreaterThan(0);
        } finally {
          page.off('request', onRequest);
        }
      });

      it('a filter narrows the results', async () => {
        const all = await first('Đảng');
        expect(all.hrefs.length).toBeGreaterThan(1);
        const years = [...new Set(all.slugs.map((s) => expected.site.bySlug.get(s!)!.year))];
        const year = String(years[0]);
        await openOptions(page);
        const narrowed = await afterSearch(page, () => page.selectOption('#loc-nam', year));
        const slugs = narrowed.hrefs.map((h) => slugOf(h, new URL(baseUrl).pathname)!);
        expect(slugs.length).toBeGreaterThan(0);
        expect(slugs.length).toBeLessThan(all.hrefs.length);
        for (const s of slugs) expect(String(expected.site.bySlug.get(s)!.year)).toBe(year);
        expect(page.url()).toContain(`nam=${year}`);
      });

      it('sorts by date, newest or oldest first, across the đ variants', async () => {
        await search(page, baseUrl, 'dang');
        const dates = async () => {
          while (await page.isVisible('[data-more]')) await afterSearch(page, () => page.click('[data-more]'));
          const { hrefs } = await readResults(page);
          return hrefs.map((h) => expected.site.bySlug.get(slugOf(h, new URL(baseUrl).pathname)!)!).map((a) => a.data.published ?? a.data.date);
        };
        await openOptions(page);
        await afterSearch(page, () => page.selectOption('#sap-xep', 'moi-nhat'));
        const newest = await dates();
        expect(newest.length).toBeGreaterThan(1);
        expect(newest).toEqual([...newest].sort().reverse());
        await afterSearch(page, () => page.selectOption('#sap-xep', 'cu-nhat'));
        const oldest = await dates();
        expect(oldest).toEqual([...newest].reverse());
      });

      it('a document filter alone lists exactly the articles citing it, newest first', async () => {
        const d = expected.site.directives[0];
        if (!d) return;
        await page.goto(`${baseUrl}tim-kiem/?${new URLSearchParams({ 'van-ban': directiveFullName(d) })}`);
        await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search]')!.dataset.done) > 0);
        while (await page.isVisible('[data-more]')) await afterSearch(page, () => page.click('[data-more]'));
        const { hrefs } = await readResults(page);
        const want = [...d.citing].reverse().map((c) => c.article.slug);
        expect(hrefs.map((h) => slugOf(h, new URL(baseUrl).pathname))).toEqual(want);
      });
    });

    it('search says it needs JavaScript when JavaScript is off', async () => {
      const { page } = await ctx().newPage({ javaScriptEnabled: false });
      await page.goto(`${baseUrl}tim-kiem/?q=dang+uy`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Tìm kiếm cần JavaScript');
    });

    it('every page loads without a console error, and no internal link is broken', async () => {
      const { pages, broken, outside } = await site();
      expect(pages.length).toBeGreaterThanOrEqual(expected.site.articles.length + 5);
      expect(broken).toEqual([]);
      expect(outside, 'links that ignore the base path').toEqual([]);
      expect(pages.filter((p) => p.errors.length).map((p) => `${p.url}: ${p.errors.join('; ')}`)).toEqual([]);
    });

    it('every page is Vietnamese, has a canonical URL and Open Graph tags, and weighs under 100 kB', async () => {
      const { pages } = await site();
      for (const p of pages) {
        expect(p.html, p.url).toMatch(/<html lang="vi"/);
        expect(p.html, p.url).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
        expect(p.html, p.url).toMatch(/<meta property="og:title" content="[^"]+"/);
        expect(p.bytes, p.url).toBeLessThan(100_000);
        expect(p.html, p.url).toContain('class="skip" href="#noi-dung"');
      }
    });

    it('articles carry schema.org NewsArticle with their people and documents', async () => {
      const { page } = await ctx().newPage();
      for (const a of expected.site.articles.slice(0, 10)) {
        await page.goto(articleUrl(baseUrl, a));
        const json = await page.$eval('script[type="application/ld+json"]', (s) => s.textContent ?? '');
        const ld = JSON.parse(json);
        expect(ld['@type']).toBe('NewsArticle');
        expect(ld.headline).toBe(a.data.title);
        expect((ld.mentions ?? []).map((m: { name: string }) => m.name)).toEqual(a.people.map((p) => p.name));
        expect((ld.citation ?? []).length).toBe(a.data.directives.length);
      }
    });

    it('the sitemap lists every page and the feed the newest articles', async () => {
      const sitemap = await (await fetch(`${baseUrl}sitemap-0.xml`)).text();
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      const base = new URL(baseUrl).pathname;
      for (const a of expected.site.articles) expect(locs).toContain(`${base}bai/${a.slug}/`);
      for (const l of locs) expect(l.startsWith(base), l).toBe(true);
      for (const l of locs.slice(0, 200)) expect((await fetch(`${server.origin}${l}`)).status, l).toBe(200);
      const rss = await (await fetch(`${baseUrl}rss.xml`)).text();
      const newest = expected.site.articles.at(-1)!;
      expect(rss).toContain(`${base}bai/${newest.slug}/`);
    });

    it('pages of every type pass axe (WCAG 2.1 A/AA), in light and dark', async () => {
      const d = expected.site.directives.find((x) => x.namesakes.length) ?? expected.site.directives[0];
      const o = expected.site.officials.find((x) => x.chaired.length) ?? expected.site.officials[0];
      const a: Article | undefined = [...expected.site.articles].sort((x, y) => y.people.length + y.data.directives.length - x.people.length - x.data.directives.length)[0];
      const y = expected.site.years[0];
      const paths = [
        '',
        a && `bai/${a.slug}/`,
        'van-ban/',
        d && `van-ban/${d.id}/`,
        'can-bo/',
        o && `can-bo/${o.slug}/`,
        'luu-tru/',
        y && `luu-tru/${y.year}/`,
        y && `luu-tru/${y.year}/${String(y.months[0]!.month).padStart(2, '0')}/`,
        'tim-kiem/?q=dang+uy',
        'khong-co-trang-nay/',
      ].filter((p): p is string => typeof p === 'string');
      const problems: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await ctx().newPage({ colorScheme: scheme });
        for (const p of paths) {
          await page.goto(`${baseUrl}${p}`, { waitUntil: 'networkidle' });
          if (p.startsWith('tim-kiem')) await page.waitForSelector('[data-search][data-done]');
          await page.addScriptTag({ content: AXE });
          const violations = await page.evaluate(async () => {
            const r = await (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            });
            return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          });
          for (const v of violations) problems.push(`${scheme} /${p} ${v}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('fits a 360 px screen: no page scrolls sideways', async () => {
      const { pages } = await site();
      const { page } = await ctx().newPage({ viewport: { width: 360, height: 740 } });
      const wide: string[] = [];
      const sample = [...pages.filter((p) => !/\/bai\//.test(p.url)), ...pages.filter((p) => /\/bai\//.test(p.url)).slice(0, 10)];
      for (const p of [...sample.map((x) => x.url), `${baseUrl}tim-kiem/?q=dang+uy`]) {
        await page.goto(p, { waitUntil: 'networkidle' });
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 360) wide.push(`${p}: ${w}px`);
      }
      expect(wide).toEqual([]);
    });

    it('works from the keyboard: skip link first, then search from the header box', async () => {
      const { page } = await ctx().newPage();
      const a = expected.site.articles[0]!;
      await page.goto(articleUrl(baseUrl, a));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
      await page.focus('#site-q');
      await page.keyboard.type('truong thi mai');
      await Promise.all([page.waitForURL(/tim-kiem\/\?q=/), page.keyboard.press('Enter')]);
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search]')?.dataset.done) > 0);
      expect(await page.inputValue('#q')).toBe('truong thi mai');
      // From the query box, Tab reaches the results' links.
      const results = await page.locator('[data-results] a').count();
      if (results > 0) {
        for (let i = 0; i < 20 && (await page.evaluate(() => !document.activeElement?.closest('[data-results]'))); i++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-results]')))).toBe(true);
      }
    });

    opts.extra?.(ctx);
  });
}
