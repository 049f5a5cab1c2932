/**
 * Feeds and sitemap of the built fixture site (under /bien-nien/): every
 * feed well-formed RSS 2.0 with the required elements and absolute links
 * under the base path; one feed per document and per official, linked from
 * its page; the sitemap lists exactly the pages a crawl of the site reaches.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/lib/site/feeds.ts';
import { pageUrlPath, resolveToFile, scanTags } from '../../src/lib/quality/links.ts';
import { buildSiteIndex, type Article, type SiteIndex } from '../../src/lib/site/site-index.ts';
import { buildFixtureSite, FIXTURE_ARTICLES, FIXTURE_BUILD as BUILD, FIXTURE_OUT as OUT, readBuilt as read } from './fixture-site.ts';
import { loadEntries } from '../site/helpers.ts';

const ORIGIN = 'https://example.org';
const PREFIX = `${ORIGIN}${BUILD.base}`;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap' });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

interface Item {
  title?: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description?: string;
}

/** A feed, checked for what RSS 2.0 requires; returns its items. */
function readFeed(path: string): { channel: Record<string, unknown>; items: Item[] } {
  const xml = read(path);
  expect(XMLValidator.validate(xml), path).toBe(true);
  const rss = parser.parse(xml).rss;
  expect(rss['@version'], path).toBe('2.0');
  const channel = rss.channel;
  for (const el of ['title', 'link', 'description']) expect(typeof channel[el], `${path} channel ${el}`).toBe('string');
  expect(channel.link.startsWith(PREFIX), channel.link).toBe(true);
  expect(channel['atom:link']['@href']).toBe(`${PREFIX}${path}`);
  const items: Item[] = channel.item ?? [];
  for (const i of items) {
    expect(i.title ?? i.description, `${path} item without title or description`).toBeTruthy();
    expect(i.link.startsWith(`${PREFIX}bai/`), i.link).toBe(true);
    expect(i.guid['#text']).toBe(i.link);
    expect(Number.isNaN(Date.parse(i.pubDate)), i.pubDate).toBe(false);
  }
  return { channel, items };
}

/** Newest first, at most FEED_SIZE: what a feed of these articles must list. */
const expectedLinks = (articles: readonly Article[]) => [...articles].reverse().slice(0, FEED_SIZE).map((a) => `${PREFIX}bai/${a.slug}/`);

let site: SiteIndex;

describe('feeds and sitemap of the built fixture site', { timeout: 600_000 }, () => {
  beforeAll(() => {
    buildFixtureSite();
    site = buildSiteIndex(loadEntries(FIXTURE_ARTICLES));
  });

  it('site feed: the newest articles', () => {
    expect(readFeed('rss.xml').items.map((i) => i.link)).toEqual(expectedLinks(site.articles));
  });

  it('one feed per document: the articles citing it, linked from its page head and body', () => {
    for (const d of site.directives) {
      const feed = `van-ban/${d.id}/rss.xml`;
      expect(readFeed(feed).items.map((i) => i.link), d.id).toEqual(expectedLinks(d.citing.map((c) => c.article)));
      const tags = scanTags(read(`van-ban/${d.id}/index.html`));
      const href = `${BUILD.base}${feed}`;
      expect(tags.some((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.get('type') === 'application/rss+xml' && t.attrs.get('href') === href), d.id).toBe(true);
      expect(read(`van-ban/${d.id}/index.html`)).toContain(`<a href="${href}" type="application/rss+xml">Theo dõi (RSS)</a>`);
    }
  });

  it('one feed per official: the articles naming them, linked from their page head and body', () => {
    for (const o of site.officials) {
      const feed = `can-bo/${o.slug}/rss.xml`;
      expect(readFeed(feed).items.map((i) => i.link), o.slug).toEqual(expectedLinks(o.articles));
      const href = `${BUILD.base}${feed}`;
      const html = read(`can-bo/${o.slug}/index.html`);
      expect(scanTags(html).some((t) => t.name === 'link' && t.attrs.get('type') === 'application/rss+xml' && t.attrs.get('href') === href), o.slug).toBe(true);
      expect(html).toContain(`<a href="${href}" type="application/rss+xml">Theo dõi (RSS)</a>`);
    }
  });

  it('sitemap: exactly the pages a crawl from the home page reaches, at absolute URLs under the base path', () => {
    const files = new Map(walk(OUT).map((f) => [relative(OUT, f).split(sep).join('/'), null]));
    // Crawl the built files as a reader follows links: from the home page, every <a href> inside the site.
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    while (queue.length) {
      const file = queue.shift()!;
      const url = new URL(pageUrlPath(file, BUILD.base), ORIGIN);
      for (const t of scanTags(read(file))) {
        const ref = t.name === 'a' ? t.attrs.get('href') : undefined;
        if (!ref) continue;
        const target = new URL(ref, url);
        if (target.origin !== ORIGIN || !target.pathname.startsWith(BUILD.base)) continue;
        const hit = resolveToFile(target.pathname, BUILD.base, files);
        if (hit?.endsWith('.html') && !seen.has(hit)) {
          seen.add(hit);
          queue.push(hit);
        }
      }
    }
    const crawled = [...seen].filter((f) => f !== '404.html').map((f) => `${ORIGIN}${pageUrlPath(f, BUILD.base)}`).sort();

    const index = parser.parse(read('sitemap-index.xml')).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    for (const loc of index) expect(loc.startsWith(PREFIX), loc).toBe(true);
    const listed = index
      .flatMap((loc: string) => {
        const xml = read(loc.slice(PREFIX.length));
        expect(XMLValidator.validate(xml), loc).toBe(true);
        return parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
      })
      .sort();
    expect(listed).toEqual(crawled);
    expect(read('robots.txt')).toContain(`Sitemap: ${PREFIX}sitemap-index.xml`);
  });
});
