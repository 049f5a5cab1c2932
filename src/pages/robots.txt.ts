/** robots.txt with the sitemap's absolute address (it depends on SITE_URL and BASE_PATH). */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site/links.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\nSitemap: ${absolute(routes.sitemap())}\n`);
