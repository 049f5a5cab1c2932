/** /can-bo/<slug>.json — one official's row, titles, appearances and articles (see /du-lieu/). */
import type { APIRoute } from 'astro';
import { officialJson } from '../../lib/data/entities.ts';
import { sourceIds } from '../../lib/data/tables.ts';
import { getSite } from '../../lib/site/load.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.officials.map((o) => ({ params: { slug: o.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const body = JSON.stringify(officialJson(site.officialBySlug.get(params.slug!)!, sourceIds(site)));
  return new Response(`${body}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
