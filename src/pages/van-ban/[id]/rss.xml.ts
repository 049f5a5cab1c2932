/** /van-ban/<id>/rss.xml — new articles citing one document. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { documentFeed, rssOptions } from '../../../lib/site/feeds.ts';
import { absolute } from '../../../lib/site/links.ts';
import { getSite } from '../../../lib/site/load.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.directives.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return rss(rssOptions(documentFeed(site.directiveById.get(params.id!)!), absolute));
};
