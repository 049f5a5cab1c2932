/** RSS 2.0 feed of the newest articles. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { rssOptions, siteFeed } from '../lib/site/feeds.ts';
import { absolute } from '../lib/site/links.ts';
import { getSite } from '../lib/site/load.ts';

export const GET: APIRoute = async () => rss(rssOptions(siteFeed(await getSite()), absolute));
