/** /van-ban/<id>.json — one document's row, its citations and the citing articles (see /du-lieu/). */
import type { APIRoute } from 'astro';
import { documentJson } from '../../lib/data/entities.ts';
import { sourceIds } from '../../lib/data/tables.ts';
import { getSite } from '../../lib/site/load.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.directives.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const body = JSON.stringify(documentJson(site.directiveById.get(params.id!)!, sourceIds(site)));
  return new Response(`${body}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
