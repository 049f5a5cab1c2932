/**
 * What a browser downloads to search: serve dist/ on 127.0.0.1 the way a
 * static host does (scripts/static-server.ts, host-like: text compressed
 * with gzip, Pagefind's own files as they are, already compressed), open the search page in Chromium, submit a query,
 * and sum the bytes received from the network (compressed bodies plus
 * headers, as Playwright reports them, the worker's requests included); then
 * a second query in the same tab.
 */
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

export interface SearchBytes {
  searchPath: string;
  queries: [string, string];
  /** Bytes for opening the search page (HTML, CSS, JS, Pagefind's loader, wasm, filters). */
  pageLoadBytes: number;
  /** Bytes from submitting the first query until its results show. */
  firstQueryBytes: number;
  /** Page load plus the first query: what a first search costs on a fresh visit. */
  firstSearchBytes: number;
  secondSearchBytes: number;
  firstResultsText: string;
  secondResultsText: string;
  requests: { phase: string; url: string; bytes: number }[];
  chromium: string;
}

/** What a request was for: Pagefind's parts by kind, the page's own files. */
export function categorize(url: string): string {
  const u = url.split('?')[0] as string;
  if (/\.pf_index$/.test(u)) return 'index chunks';
  if (/\.pf_fragment$/.test(u)) return 'fragments';
  if (/\.pf_filter$/.test(u)) return 'filters';
  if (/\.pf_meta$/.test(u)) return 'meta';
  if (/wasm\.[^/]*\.pagefind$/.test(u)) return 'wasm';
  if (/\/pagefind\//.test(u)) return 'pagefind js/json';
  if (/\.css$/.test(u)) return 'css';
  if (/\.m?js$/.test(u)) return 'js';
  if (/\/$|\.html$/.test(u)) return 'html';
  return 'other';
}

/** Bytes and request counts of one phase, by category. */
export function breakdown(requests: SearchBytes['requests'], phase: string): Record<string, { requests: number; bytes: number }> {
  const out: Record<string, { requests: number; bytes: number }> = {};
  for (const r of requests) {
    if (r.phase !== phase) continue;
    const c = categorize(r.url);
    const e = (out[c] ??= { requests: 0, bytes: 0 });
    e.requests++;
    e.bytes += r.bytes;
  }
  return out;
}


export async function measureSearch(dist: string, queries: [string, string], searchPath = '/tim-kiem/'): Promise<SearchBytes> {
  const server = await serveStatic(dist, { hostLike: true });
  const { origin } = server;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Context-level events also see the requests of Pagefind's web worker.
    const requests: SearchBytes['requests'] = [];
    const pending = new Set<Promise<void>>();
    let phase = 'load';
    context.on('requestfinished', (request) => {
      const at = phase;
      const p = request
        .sizes()
        .then((s) => {
          requests.push({ phase: at, url: request.url().replace(origin, ''), bytes: Math.max(0, s.responseBodySize) + s.responseHeadersSize });
        })
        .catch(() => {})
        .finally(() => pending.delete(p));
      pending.add(p);
    });
    const quiet = async () => {
      // Network idle: no request finished for 800 ms.
      let last = requests.length;
      for (let i = 0; i < 100; i++) {
        await page.waitForTimeout(800);
        await Promise.all(pending);
        if (requests.length === last) return;
        last = requests.length;
      }
    };
    const done = () =>
      page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.goto(`${origin}${searchPath}`, { waitUntil: 'load' });
    await quiet();
    const sum = (p: string) => requests.filter((r) => r.phase === p).reduce((a, r) => a + r.bytes, 0);

    phase = 'first';
    await page.fill('#q', queries[0]);
    await page.press('#q', 'Enter');
    await done();
    await quiet();
    const firstResultsText = (await page.textContent('[data-status]')) ?? '';

    phase = 'second';
    await page.fill('#q', queries[1]);
    await page.press('#q', 'Enter');
    await done();
    await quiet();
    const secondResultsText = (await page.textContent('[data-status]')) ?? '';

    const pageLoadBytes = sum('load');
    const firstQueryBytes = sum('first');
    return {
      searchPath,
      queries,
      pageLoadBytes,
      firstQueryBytes,
      firstSearchBytes: pageLoadBytes + firstQueryBytes,
      secondSearchBytes: sum('second'),
      firstResultsText,
      secondResultsText,
      requests,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
