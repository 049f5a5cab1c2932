/**
 * The one place pages get their data: the content collection, indexed once
 * per build, and the curated registries. Every page awaits the same promise,
 * so the indexes are built a single time however many pages are rendered.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadRegistries } from '../registry.ts';
import { fileNotes, type FiledNotes, type NoteFile } from './notes.ts';
import { documentRelations, type RelationGroup } from './relations.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

export interface LoadedSite extends SiteIndex {
  /** Collection entries by id: the file each article page renders its body from. */
  entries: Map<string, CollectionEntry<'articles'>>;
  /** Relations of each document to others, both ways (from content/directives.yaml). */
  relations: Map<string, RelationGroup[]>;
}

let loaded: Promise<LoadedSite> | undefined;

export function getSite(): Promise<LoadedSite> {
  loaded ??= getCollection('articles').then((entries) => {
    const index = buildSiteIndex(entries.map((e) => ({ id: e.id, data: e.data })));
    return {
      ...index,
      entries: new Map(entries.map((e) => [e.id, e])),
      relations: documentRelations(loadRegistries('content').directives, index.directiveById),
    };
  });
  return loaded;
}

export interface Note extends NoteFile {
  entry: CollectionEntry<'notes'>;
}

let notes: Promise<FiledNotes<Note>> | undefined;

/** Editorial notes by document id and by person slug; a note for a page that does not exist fails the build. */
export function getNotes(): Promise<FiledNotes<Note>> {
  notes ??= Promise.all([getSite(), getCollection('notes')]).then(([site, entries]) =>
    fileNotes(entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, entry })), site),
  );
  return notes;
}
