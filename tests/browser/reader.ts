/**
 * Reading the built site as a reader would, in Debian's Chromium through
 * playwright-core: open pages, follow links, search. Shared by the suites
 * over the fixtures and over the real content.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { buildSiteIndex, type Article, type SiteIndex } from '../../src/lib/site/site-index.ts';
import { mdxFiles, parseArticle } from '../site/helpers.ts';


export function launch(): Promise<Browser> {
  return launchChromium();
}

/** The archive as the tests expect it: the site's own index over the files, plus each body's text. */
export interface Expected {
  site: SiteIndex;
  /** Title and body text of each article by slug, for phrase expectations. */
  text: Map<string, string>;
}

export function expectedFrom(dir: string): Expected {
  const files = mdxFiles(dir);
  const entries = files.map((file) => {
    const p = parseArticle(file);
    if (!p.ok) throw new Error(`${file}: ${p.errors.join('; ')}`);
    return { id: relative(dir, file).replace(/\.mdx$/, ''), data: p.data, file };
  });
  const site = buildSiteIndex(entries);
  const text = new Map<string, string>();
  for (const e of entries) {
    const body = readFileSync(e.file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]+>/g, ' ');
    text.set(site.byId.get(e.id)!.slug, `${e.data.title}\n${body}`);
  }
  return { site, text };
}

/** Console errors and uncaught exceptions of a page, collected while it lives. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Leaving a page aborts its pending requests (a favicon, say): not a fault of the page.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  return errors;
}

/** Path of an article URL under the base, back to its slug. */
export function slugOf(href: string, base: string): string | undefined {
  const path = new URL(href, 'http://x').pathname;
  const m = new RegExp(`^${base.replace(/[/]/g, '\\/')}bai\\/([^/]+)\\/$`).exec(path);
  return m?.[1];
}

export interface SearchOutcome {
  /** Result links in display order. */
  hrefs: string[];
  status: string;
}

/** Run a search through the page's own form, as a reader types it. */
export async function search(page: Page, baseUrl: string, query: string): Promise<SearchOutcome> {
  await page.goto(`${baseUrl}tim-kiem/`);
  await page.waitForSelector('[data-search][data-done]');
  const before = Number(await page.getAttribute('[data-search]', 'data-done'));
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search]')!.dataset.done) > n, before);
  return readResults(page);
}

export async function readResults(page: Page): Promise<SearchOutcome> {
  const hrefs = await page.$$eval('[data-results] a.title', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const status = (await page.textContent('[data-status]')) ?? '';
  return { hrefs, status };
}

/**
 * Open "Bộ lọc và sắp xếp" as a reader does (it starts closed; its filter
 * menus load when it opens) and wait for the filter menus.
 */
export async function openOptions(page: Page): Promise<void> {
  if (!(await page.$eval('[data-options]', (d) => (d as HTMLDetailsElement).open))) await page.click('[data-options] summary');
  await page.waitForSelector('[data-filters] select[data-filter]');
}

/** Wait for the next finished search after an action on the page. */
export async function afterSearch(page: Page, action: () => Promise<unknown>): Promise<SearchOutcome> {
  const before = Number(await page.getAttribute('[data-search]', 'data-done'));
  await action();
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search]')!.dataset.done) > n, before);
  return readResults(page);
}

export interface CrawledPage {
  url: string;
  status: number;
  bytes: number;
  errors: string[];
  links: string[];
  html: string;
}

/**
 * Visit every page reachable from the home page (and the sitemap), in the
 * browser, collecting console errors and links. Assets and other non-HTML
 * targets are fetched to check they exist.
 */
export async function crawl(context: BrowserContext, baseUrl: string, extra: string[] = []): Promise<{ pages: CrawledPage[]; broken: string[]; outside: string[] }> {
  const origin = new URL(baseUrl).origin;
  const basePath = new URL(baseUrl).pathname;
  const queue = [baseUrl, ...extra];
  const seen = new Set<string>(queue);
  const pages: CrawledPage[] = [];
  const broken: string[] = [];
  const outside: string[] = [];
  const page = await context.newPage();
  const errors = watchErrors(page);
  while (queue.length) {
    const url = queue.shift()!;
    errors.length = 0;
    const resp = await page.goto(url, { waitUntil: 'networkidle' });
    const status = resp?.status() ?? 0;
    const type = resp?.headers()['content-type'] ?? '';
    if (status !== 200) {
      broken.push(`${url} → ${status}`);
      continue;
    }
    if (!type.startsWith('text/html')) continue;
    const html = await resp!.text();
    const links = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els
        .filter((e) => !(e instanceof HTMLLinkElement && ['canonical', 'alternate'].includes(e.rel) && e.type !== 'application/rss+xml'))
        .map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
    );
    pages.push({ url, status, bytes: Buffer.byteLength(html), errors: [...errors], links, html });
    for (const link of links) {
      const u = new URL(link, url);
      if (u.origin !== origin) continue;
      if (!u.pathname.startsWith(basePath)) {
        outside.push(`${url} → ${u.href}`);
        continue;
      }
      u.hash = '';
      const key = u.href;
      if (seen.has(key)) continue;
      seen.add(key);
      if (/\/[^/.]*$|\.html$|\/$/.test(u.pathname) && !u.search) queue.push(key);
      else {
        const r = await context.request.get(key);
        if (r.status() !== 200) broken.push(`${url} → ${key} (${r.status()})`);
      }
    }
  }
  await page.close();
  return { pages, broken, outside };
}

export function articleUrl(baseUrl: string, a: Article): string {
  return `${baseUrl}bai/${a.slug}/`;
}
