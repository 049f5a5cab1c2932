/** The one static server (scripts/static-server.ts), as the browser tests, screenshots and benchmark use it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-static-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const root = join(tmp, 'dist');
mkdirSync(join(root, 'bai', 'mot'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>trang chủ</p>');
writeFileSync(join(root, '404.html'), '<p>không tìm thấy</p>');
writeFileSync(join(root, 'bai', 'mot', 'index.html'), '<p>bài một</p>'.repeat(50));
writeFileSync(join(tmp, 'outside.txt'), 'secret');

/** A raw GET (no URL normalisation by a client), with the body as bytes. */
function get(origin: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const req = request(`${origin}${path}`, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveStatic', () => {
  it('serves under the base path as a project-site host does', async () => {
    const server = await serveStatic(root, { base: '/bien-nien' });
    try {
      expect(server.url).toBe(`${server.origin}/bien-nien/`);
      const home = await get(server.origin, '/bien-nien/');
      expect([home.status, home.body.toString()]).toEqual([200, '<p>trang chủ</p>']);
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
      const noSlash = await get(server.origin, '/bien-nien/bai/mot?x=1');
      expect([noSlash.status, noSlash.headers.location]).toEqual([301, '/bien-nien/bai/mot/?x=1']);
      const outside = await get(server.origin, '/index.html');
      expect([outside.status, outside.body.toString()]).toEqual([404, '<p>không tìm thấy</p>']);
      expect((await get(server.origin, '/bien-nien/../../outside.txt')).status).toBe(404);
      expect((await get(server.origin, '/bien-nien/%2e%2e/%2e%2e/outside.txt')).status).toBe(404);
      expect((await get(server.origin, '/bien-nien/%E0%A4%A')).status).toBe(400);
      // Not host-like: no compression, no caching, whatever the browser accepts.
      const page = await get(server.origin, '/bien-nien/bai/mot/', { 'accept-encoding': 'gzip' });
      expect([page.headers['content-encoding'], page.headers['cache-control']]).toEqual([undefined, undefined]);
    } finally {
      await server.close();
    }
  });

  it('host-like: gzips text for a browser that accepts it, and lets it be cached', async () => {
    const server = await serveStatic(root, { hostLike: true });
    try {
      const page = await get(server.origin, '/bai/mot/', { 'accept-encoding': 'gzip, br' });
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.headers['cache-control']).toBe('max-age=600');
      expect(gunzipSync(page.body).toString()).toBe('<p>bài một</p>'.repeat(50));
      const plain = await get(server.origin, '/bai/mot/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    } finally {
      await server.close();
    }
  });
});
