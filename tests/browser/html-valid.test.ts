/**
 * Valid HTML on every page type: the Nu Html Checker (vnu-jar, the W3C
 * validator's engine) over the built fixture site and the real one. It needs
 * Java; .ci/run installs default-jre-headless when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSite, ROOT, type SiteBuild } from './build.ts';

// The package's export is the path of vnu.jar.
const VNU = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Errors (not warnings) vnu reports for every HTML file under `dir`. */
function vnuErrors(dir: string): VnuMessage[] {
  const java = spawnSync('java', ['-version']);
  if (java.error) throw new Error('java not found: the HTML checker needs it (apt-get install -y default-jre-headless)');
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const r = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(r.stderr) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
}

/** The first path segment names the page type: bai, van-ban, can-bo, luu-tru, … */
function pageType(file: string, out: string): string {
  const rel = relative(out, file);
  return rel.includes('/') ? rel.split('/')[0]! : rel;
}

const SITES: { name: string; build: SiteBuild; types: string[] }[] = [
  {
    name: 'fixtures site',
    build: { articles: 'tests/fixtures/articles', out: 'tests/.tmp/site-fixtures', base: '/bien-nien/', cache: 'tests/.tmp/astro-cache-fixtures' },
    types: ['index.html', '404.html', 'bai', 'van-ban', 'can-bo', 'luu-tru', 'tim-kiem', 'gioi-thieu'],
  },
  {
    name: 'content/articles site (dist/)',
    build: { articles: 'content/articles', out: process.env.BIEN_NIEN_OUT ?? 'dist', base: process.env.BASE_PATH ?? '/', ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}) },
    types: ['index.html', 'bai', 'van-ban', 'can-bo', 'gioi-thieu'],
  },
];

describe.each(SITES)('vnu over the $name', { timeout: 600_000 }, ({ build, types }) => {
  it('reports no error on any page, and every page type was checked', () => {
    ensureSite(build);
    const out = resolve(ROOT, build.out);
    expect(existsSync(out)).toBe(true);
    const checked = new Set(htmlFiles(out).map((f) => pageType(f, out)));
    expect([...checked]).toEqual(expect.arrayContaining(types));
    const errors = vnuErrors(out).map((m) => `${relative(out, m.url.replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

// The checker itself must see errors, or a broken setup would pass silently.
it('vnu reports a <meta> without name and a <script> after </html>', () => {
  const dir = resolve(ROOT, 'tests/fixtures/html-invalid');
  const errors = vnuErrors(dir).map((m) => m.message);
  expect(errors.some((m) => m.includes('“meta”'))).toBe(true);
  expect(errors.some((m) => m.includes('Stray start tag “script”'))).toBe(true);
});
