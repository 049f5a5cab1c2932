/**
 * The one static file server of the repo (browser tests, screenshots, the
 * benchmark): the built site as a static host serves it. Under a base path,
 * directories answer with their index.html (a directory without its slash
 * is redirected), a missing file is a 404 with the site's 404 page, nothing
 * outside the root is served. Bound to 127.0.0.1 only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
/** Text a host compresses; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  /** Origin plus base path, ending with "/": http://127.0.0.1:PORT/base/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site is served under: "/" or "/sub/". */
  base?: string;
  /**
   * Answer as a production host does, for measuring bytes: text gzipped when
   * the browser accepts it, and cacheable for ten minutes.
   */
  hostLike?: boolean;
}

/** Serve `root` on a free port of 127.0.0.1. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const base = options.base ?? '/';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!pathname.startsWith(prefix)) {
      // Like a host serving a project site: nothing outside the base path.
      return notFound(res, dir);
    }
    const file = join(dir, normalize(pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(res, dir);
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      target = join(target, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) return notFound(res, dir);
    const ext = extname(target);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    const gzip = options.hostLike === true && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.hostLike) headers['cache-control'] = 'max-age=600';
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(statSync(target).size);
    res.writeHead(200, headers);
    const stream = createReadStream(target);
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function notFound(res: ServerResponse, dir: string): void {
  const page = join(dir, '404.html');
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  if (existsSync(page)) createReadStream(page).pipe(res);
  else res.end('<!doctype html><title>404</title><p>Not found</p>');
}
