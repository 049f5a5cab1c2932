/** RSS and sitemap XML, escaped by one function so no text can break the markup. */

export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids outright.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** RFC 822 date for RSS, from an ISO date-time with offset. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

export interface FeedItem {
  title: string;
  link: string;
  /** ISO date-time with offset. */
  date: string;
  description?: string;
  source?: string;
}

export function rssXml(feed: { title: string; link: string; self: string; description: string; items: FeedItem[] }): string {
  const items = feed.items
    .map(
      (i) =>
        `<item><title>${xmlEscape(i.title)}</title><link>${xmlEscape(i.link)}</link><guid isPermaLink="true">${xmlEscape(i.link)}</guid>` +
        `<pubDate>${rfc822(i.date)}</pubDate>` +
        (i.description ? `<description>${xmlEscape(i.description)}</description>` : '') +
        (i.source ? `<category>${xmlEscape(i.source)}</category>` : '') +
        `</item>`,
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${xmlEscape(feed.title)}</title><link>${xmlEscape(feed.link)}</link><description>${xmlEscape(feed.description)}</description>` +
    `<language>vi</language><atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>\n${items}\n</channel></rss>\n`
  );
}

export function sitemapXml(urls: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    urls.map((u) => `<url><loc>${xmlEscape(u)}</loc></url>`).join('\n') +
    `\n</urlset>\n`
  );
}
