/** sitemap.xml: every page, from the same list the routes are built from. */
import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/site/feeds.ts';
import { absolute } from '../lib/site/links.ts';
import { getSite } from '../lib/site/load.ts';
import { allPagePaths } from '../lib/site/pages.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const xml = sitemapXml(allPagePaths(site).map((p) => absolute(p)));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
