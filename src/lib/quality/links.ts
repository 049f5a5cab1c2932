/**
 * Internal link check over a built site. Pure: the caller lists the files of
 * dist/ (with the text of each HTML page); this module finds every href, src,
 * srcset, poster and action that points inside the site and reports those
 * that lead nowhere, honouring the site's base path (GitHub Pages serves a
 * project site under /<repo>/).
 */

export interface SiteFiles {
  /**
   * Every file of the built site, by path relative to dist/ with "/"
   * separators ("index.html", "bai-viet/x/index.html", "_astro/a.css"). The
   * value is the text of HTML pages and null for every other file.
   */
  files: ReadonlyMap<string, string | null>;
  /** The path the site is served under: "/" or "/bien-nien/". */
  basePath?: string;
  /** The site's own origin ("https://x.github.io"): absolute URLs on it are checked too. */
  siteUrl?: string;
}

export interface BrokenLink {
  /** The page holding the link, relative to dist/. */
  page: string;
  /** The attribute's value as written. */
  ref: string;
  /** Tag and attribute: "a href", "img src". */
  where: string;
  reason: string;
}

/** "/bien-nien" → "/bien-nien/"; "" → "/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
};

/** link rel values that name other hosts or are not fetched as pages. */
const IGNORED_LINK_REL = /\b(?:preconnect|dns-prefetch|canonical)\b/i;

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Start tags of an HTML document with their attributes; comments and raw-text elements are skipped. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    const attrs = new Map<string, string>();
    const attrRe = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    let a: RegExpExecArray | null;
    while ((a = attrRe.exec(m[2] ?? ''))) {
      const key = a[1]!.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attrs });
    // The content of script, style, textarea and title is text, not markup.
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const close = html.toLowerCase().indexOf(`</${name}`, re.lastIndex);
      re.lastIndex = close < 0 ? html.length : close;
    }
  }
  return tags;
}

/** Ids and names a fragment can point at. */
function anchorsOf(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    if (t.name === 'a' && t.attrs.get('name')) ids.add(t.attrs.get('name')!);
  }
  return ids;
}

/** The URL path a page is served at: "a/index.html" → "<base>a/", "404.html" → "<base>404.html". */
export function pageUrlPath(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** The file of dist/ a URL path resolves to, as a static host would serve it, or null. */
export function resolveToFile(pathname: string, base: string, files: ReadonlyMap<string, unknown>): string | null {
  let rel = pathname.slice(base.length);
  try {
    rel = decodeURIComponent(rel);
  } catch {
    return null;
  }
  rel = rel.normalize('NFC');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  for (const c of candidates) if (files.has(c)) return c;
  // Files on disk may be stored decomposed (macOS); compare in NFC.
  for (const c of candidates) {
    for (const f of files.keys()) if (f.normalize('NFC') === c) return f;
  }
  return null;
}

function refsOf(tag: Tag): { attr: string; value: string }[] {
  const attrs = URL_ATTRIBUTES[tag.name];
  if (!attrs) return [];
  if (tag.name === 'link' && IGNORED_LINK_REL.test(tag.attrs.get('rel') ?? '')) return [];
  const out: { attr: string; value: string }[] = [];
  for (const attr of attrs) {
    const value = tag.attrs.get(attr);
    if (value === undefined) continue;
    if (attr === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ attr, value: url });
      }
    } else {
      out.push({ attr, value: value.trim() });
    }
  }
  return out;
}

const ORIGIN = 'http://site.invalid';

/** Every internal link of the site that leads to no file or to no anchor, in a stable order. */
export function findBrokenLinks(site: SiteFiles): BrokenLink[] {
  const base = normalizeBase(site.basePath);
  const siteOrigin = site.siteUrl ? safeOrigin(site.siteUrl) : null;
  const pages = [...site.files.entries()].filter((e): e is [string, string] => typeof e[1] === 'string').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tagsByPage = new Map(pages.map(([file, html]) => [file, scanTags(html)]));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) {
      set = anchorsOf(tagsByPage.get(file) ?? []);
      anchorCache.set(file, set);
    }
    return set;
  };

  const broken: BrokenLink[] = [];
  for (const [page] of pages) {
    const here = `${ORIGIN}${encodeURI(pageUrlPath(page, base))}`;
    for (const tag of tagsByPage.get(page)!) {
      for (const { attr, value } of refsOf(tag)) {
        const where = `${tag.name} ${attr}`;
        const report = (reason: string) => broken.push({ page, ref: value, where, reason });
        if (value === '' || value === '#') continue;
        if (/^\s*(?:javascript|vbscript|data:text\/html)/i.test(value)) {
          report('a script URL: the site must not link to javascript:');
          continue;
        }
        let url: URL;
        try {
          url = new URL(value, here);
        } catch {
          report('not a valid URL');
          continue;
        }
        let pathname: string;
        if (url.origin === ORIGIN) {
          pathname = url.pathname;
        } else if (siteOrigin && url.origin === siteOrigin) {
          pathname = url.pathname;
        } else {
          continue; // Another site, mailto:, tel:, data: images: not ours to check.
        }
        if (!pathname.startsWith(base) && `${pathname}/` !== base) {
          report(`outside the base path ${base}: the link misses the base prefix (use import.meta.env.BASE_URL)`);
          continue;
        }
        const target = resolveToFile(pathname === base.slice(0, -1) ? base : pathname, base, site.files);
        if (!target) {
          report('no such page or file in the build');
          continue;
        }
        const fragment = url.hash.slice(1);
        if (fragment && !fragment.startsWith(':~:') && attr === 'href' && site.files.get(target) !== null && site.files.get(target) !== undefined) {
          let id = fragment;
          try {
            id = decodeURIComponent(fragment);
          } catch {
            // keep the raw fragment
          }
          if (!anchors(target).has(id)) report(`the page exists but has no element with id "${id}"`);
        }
      }
    }
  }
  return broken;
}

function safeOrigin(s: string): string | null {
  try {
    return new URL(s).origin;
  } catch {
    return null;
  }
}
