/**
 * What the hand-written MDX components (<VanBan>, <CanBo>, <Bai>) point at:
 * a document, a person or an article of the archive, looked up in the site
 * index. A name that matches nothing, or more than one thing, is an error
 * that names the place in the MDX file and says what to write instead.
 */
import { directiveFullName } from './format.ts';
import { routes } from './routes.ts';
import type { SiteIndex } from './site-index.ts';
import { matchKey } from '../text/vietnamese.ts';

export class EntityError extends Error {
  override name = 'EntityError';
}

export interface EntityLink {
  /** Route path of the entity's page. */
  path: string;
  /** The name to show. */
  text: string;
  /** A longer description for the link's title. */
  title?: string;
}

type Lookup = Pick<SiteIndex, 'directives' | 'officials' | 'bySlug'>;

const codeKey = (s: string): string => matchKey(s).replace(/\s+/g, '');

/** <VanBan code="75-KL/TW" khoa="XII" />: a document with a page in the archive. */
export function findDocument(site: Lookup, at: string, code: string, khoa?: string): EntityLink {
  const sameCode = site.directives.filter((d) => codeKey(d.code) === codeKey(code));
  const found = khoa ? sameCode.filter((d) => (d.term ?? '').toUpperCase() === khoa.trim().toUpperCase()) : sameCode;
  if (found.length === 1) {
    const d = found[0]!;
    return { path: routes.directive(d.id), text: directiveFullName(d), ...(d.subject ? { title: d.subject } : {}) };
  }
  const terms = sameCode.map((d) => d.term ?? '?').join(', ');
  if (found.length > 1) {
    throw new EntityError(`${at}: <VanBan code="${code}"> matches ${found.length} documents (khóa ${terms}); add khoa="…" to say which`);
  }
  if (sameCode.length > 0) {
    throw new EntityError(`${at}: <VanBan code="${code}" khoa="${khoa}"> has no page; the archive has ${code} only for khóa ${terms}`);
  }
  throw new EntityError(
    `${at}: <VanBan code="${code}"> is no document of the archive (no article cites it); write the code as on its page (/van-ban/…), or name it in plain text`,
  );
}

/** <CanBo ten="Trương Thị Mai" />: a person, matched without regard to case or tone placement. */
export function findOfficial(site: Lookup, at: string, ten: string): EntityLink {
  const key = matchKey(ten);
  const found = site.officials.filter((o) => matchKey(o.name) === key);
  if (found.length === 1) {
    const o = found[0]!;
    return { path: routes.official(o.slug), text: o.name, ...(o.latestTitles.length ? { title: o.latestTitles.join(', ') } : {}) };
  }
  if (found.length > 1) {
    throw new EntityError(`${at}: <CanBo ten="${ten}"> matches ${found.length} people (${found.map((o) => o.slug).join(', ')}); link the page itself`);
  }
  throw new EntityError(`${at}: <CanBo ten="${ten}"> is no person of the archive; write the name as on their page (/can-bo/…)`);
}

/** <Bai slug="000-ket-qua-…" />: an article, by the slug in its URL. */
export function findArticle(site: Lookup, at: string, slug: string): EntityLink {
  const a = site.bySlug.get(slug);
  if (!a) throw new EntityError(`${at}: <Bai slug="${slug}"> is no article of the archive; copy the slug from the article's URL (/bai/<slug>/)`);
  return { path: routes.article(a.slug), text: a.data.title, ...(a.data.publisher ? { title: a.data.publisher } : {}) };
}
