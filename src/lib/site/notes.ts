/**
 * Editorial notes, filed by the page they belong to: content/notes/van-ban/<id>.mdx
 * goes on /van-ban/<id>/, content/notes/can-bo/<slug>.mdx on /can-bo/<slug>/.
 * A note whose page does not exist would never be shown: that is an error.
 */
import type { SiteIndex } from './site-index.ts';

export interface NoteFile {
  /** Collection id: "van-ban/<id>" or "can-bo/<slug>". */
  id: string;
  /** Path of the file, for error messages. */
  file: string;
}

export interface FiledNotes<N extends NoteFile> {
  documents: Map<string, N>;
  officials: Map<string, N>;
}

export function fileNotes<N extends NoteFile>(notes: readonly N[], site: Pick<SiteIndex, 'directiveById' | 'officialBySlug'>): FiledNotes<N> {
  const filed: FiledNotes<N> = { documents: new Map(), officials: new Map() };
  const problems: string[] = [];
  for (const note of notes) {
    const [folder, key = ''] = note.id.split('/');
    if (folder === 'van-ban') {
      if (site.directiveById.has(key)) filed.documents.set(key, note);
      else problems.push(`${note.file}:1: no document page /van-ban/${key}/; name the file after the id in the document's URL`);
    } else if (folder === 'can-bo') {
      if (site.officialBySlug.has(key)) filed.officials.set(key, note);
      else problems.push(`${note.file}:1: no person page /can-bo/${key}/; name the file after the slug in the person's URL`);
    } else {
      problems.push(`${note.file}:1: notes go in content/notes/van-ban/ or content/notes/can-bo/`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return filed;
}
