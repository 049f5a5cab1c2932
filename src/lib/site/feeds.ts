/**
 * RSS feeds: the site's newest articles, and one feed per document (new
 * articles citing it) and per official (new articles naming them). Each is
 * described here from the site index and written by @astrojs/rss, which
 * escapes every text.
 */
import type { RSSOptions } from '@astrojs/rss';
import { directiveFullName } from './format.ts';
import { routes } from './routes.ts';
import type { Article, DirectiveRecord, OfficialRecord, SiteIndex } from './site-index.ts';

/** Items per feed: readers poll feeds, they do not page through them. */
export const FEED_SIZE = 50;

export interface Feed {
  title: string;
  description: string;
  /** The page the feed follows. */
  page: string;
  /** The feed's own route path. */
  self: string;
  /** Oldest first, as the index keeps them; the newest FEED_SIZE are published. */
  articles: readonly Article[];
  /** The text of each item; the article's summary when not given. */
  describe?: (a: Article) => string | undefined;
}

export const SITE_FEED_TITLE = 'Biên niên: bài mới';

export function siteFeed(site: SiteIndex): Feed {
  return {
    title: SITE_FEED_TITLE,
    description: 'Tư liệu báo chí về công tác tổ chức xây dựng Đảng',
    page: routes.home(),
    self: routes.rss(),
    articles: site.articles,
  };
}

export function documentFeed(d: DirectiveRecord): Feed {
  const name = directiveFullName(d);
  const sentences = new Map(d.citing.map((c) => [c.article, c.sentences[0]]));
  return {
    title: `Biên niên: bài trích dẫn ${name}`,
    description: `Các bài mới trích dẫn ${name}${d.subject ? ` (${d.subject})` : ''}.`,
    page: routes.directive(d.id),
    self: routes.directiveRss(d.id),
    articles: d.citing.map((c) => c.article),
    describe: (a) => sentences.get(a),
  };
}

export function officialFeed(o: OfficialRecord): Feed {
  return {
    title: `Biên niên: bài nêu tên ${o.name}`,
    description: `Các bài mới có ${o.name} chủ trì hoặc được nhắc đến.`,
    page: routes.official(o.slug),
    self: routes.officialRss(o.slug),
    articles: o.articles,
  };
}

/** Characters XML 1.0 forbids outright; source text is untrusted. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (s: string) => s.replace(XML_FORBIDDEN, '');

/** Options for @astrojs/rss, with every link made absolute by `absolute` (which adds the base path). */
export function rssOptions(feed: Feed, absolute: (path: string) => string): RSSOptions {
  return {
    title: clean(feed.title),
    description: clean(feed.description),
    site: absolute(feed.page),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${absolute(feed.self)}" rel="self" type="application/rss+xml"/>`,
    items: feed.articles
      .slice(-FEED_SIZE)
      .reverse()
      .map((a) => {
        const text = (feed.describe ?? (() => undefined))(a) ?? a.data.summary;
        return {
          title: clean(a.data.title),
          link: absolute(routes.article(a.slug)),
          pubDate: new Date(a.data.published ?? `${a.data.date}T00:00:00+07:00`),
          ...(text ? { description: clean(text) } : {}),
          ...(a.data.publisher ? { categories: [clean(a.data.publisher)] } : {}),
        };
      }),
  };
}
