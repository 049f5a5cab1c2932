/** /can-bo/<slug>/rss.xml — new articles naming one official. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { officialFeed, rssOptions } from '../../../lib/site/feeds.ts';
import { absolute } from '../../../lib/site/links.ts';
import { getSite } from '../../../lib/site/load.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.officials.map((o) => ({ params: { slug: o.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return rss(rssOptions(officialFeed(site.officialBySlug.get(params.slug!)!), absolute));
};
