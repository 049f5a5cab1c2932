/**
 * The links of an article's body: each place the ingest recorded for a
 * citation (to the document's page, titled with its full name and subject)
 * and for an official's name (to the person's page). Rendering wraps them
 * (src/lib/mdx/rehype-entity-links.ts); nothing here reads the text.
 */
import type { EntityLink } from '../mdx/rehype-entity-links.ts';
import type { ArticleData } from '../schema.ts';
import { directiveFullName } from './format.ts';
import { routes, withBase } from './routes.ts';

export function bodyLinks(data: Pick<ArticleData, 'directives' | 'officials'>, base: string): EntityLink[] {
  const links: EntityLink[] = [];
  for (const d of data.directives) {
    const href = withBase(base, routes.directive(d.id));
    const name = directiveFullName(d);
    const title = d.subject ? `${name}: ${d.subject}` : name;
    for (const c of d.citations) for (const at of c.at) links.push({ at, href, title });
  }
  for (const o of data.officials) {
    const href = withBase(base, routes.official(o.slug));
    for (const at of o.at) links.push({ at, href });
  }
  return links;
}
