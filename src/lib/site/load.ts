/**
 * The one place pages get their data: the content collection, indexed once
 * per build. Every page awaits the same promise, so the indexes are built a
 * single time however many pages are rendered.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

export interface LoadedSite extends SiteIndex {
  /** Collection entries by id, for render(). */
  entries: Map<string, CollectionEntry<'articles'>>;
}

let loaded: Promise<LoadedSite> | undefined;

export function getSite(): Promise<LoadedSite> {
  loaded ??= getCollection('articles').then((entries) => ({
    ...buildSiteIndex(entries.map((e) => ({ id: e.id, data: e.data }))),
    entries: new Map(entries.map((e) => [e.id, e])),
  }));
  return loaded;
}
