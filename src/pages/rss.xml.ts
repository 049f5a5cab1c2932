/** RSS 2.0 feed of the newest articles. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site/links.ts';
import { getSite } from '../lib/site/load.ts';
import { routes } from '../lib/site/routes.ts';
import { latest } from '../lib/site/site-index.ts';
import { rssXml } from '../lib/site/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const xml = rssXml({
    title: 'Biên niên: bài mới',
    link: absolute(routes.home()),
    self: absolute(routes.rss()),
    description: 'Tư liệu báo chí về công tác tổ chức xây dựng Đảng',
    items: latest(site, 50).map((a) => ({
      title: a.data.title,
      link: absolute(routes.article(a.slug)),
      date: a.data.published ?? `${a.data.date}T00:00:00+07:00`,
      ...(a.data.summary ? { description: a.data.summary } : {}),
      ...(a.data.publisher ? { source: a.data.publisher } : {}),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
