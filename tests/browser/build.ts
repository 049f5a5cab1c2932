/**
 * Builds for the browser tests: a site built from a given articles directory
 * into a given output directory, rebuilt only when missing or older than its
 * inputs (the site's code, the articles, the config).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface SiteBuild {
  /** Articles directory (BIEN_NIEN_ARTICLES). */
  articles: string;
  /** Output directory (BIEN_NIEN_OUT). */
  out: string;
  /** Base path (BASE_PATH), "/" or "/sub/". */
  base: string;
  site?: string;
  /** Astro cache directory, separate per build so builds of other content never share it. */
  cache?: string;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

const INPUTS = ['src', 'public', 'astro.config.mjs', 'scripts/write-database.ts', 'scripts/index-search.ts', 'package.json', 'content/directives.yaml', 'content/accuracy.json'];

/** What a build was made from, kept beside the test builds (never in the repo root or in the output). */
function stampFile(b: SiteBuild): string {
  return resolve(ROOT, 'tests/.tmp/stamps', `${b.out.replace(/[^a-zA-Z0-9]+/g, '_')}.json`);
}

/** True when the output exists, was built with these settings, and is newer than every input. */
export function isFresh(b: SiteBuild): boolean {
  const stamp = stampFile(b);
  const out = resolve(ROOT, b.out);
  if (!existsSync(join(out, 'pagefind', 'pagefind.js')) || !existsSync(join(out, 'index.html'))) return false;
  // dist/ built by "npm run build" has no stamp: compare with its own files.
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : statSync(join(out, 'pagefind', 'pagefind-entry.json')).mtimeMs;
  if (existsSync(stamp)) {
    const settings = JSON.parse(readFileSync(stamp, 'utf8')) as SiteBuild;
    if (settings.base !== b.base || settings.articles !== b.articles) return false;
  }
  // Notes sit beside the articles they annotate (src/content.config.ts).
  const inputs = Math.max(...INPUTS.map((p) => newest(resolve(ROOT, p))), newest(resolve(ROOT, b.articles)), newest(resolve(ROOT, b.articles, '../notes')));
  return builtAt >= inputs;
}

/**
 * The environment for a build from a test: Vitest puts its own Vite variables
 * (BASE_URL, MODE, NODE_ENV=test, …) in the environment; Astro would read them
 * and build for "/" in test mode.
 */
export function buildEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)),
  );
  return { ...inherited, ...settings };
}

/** Build the site unless a fresh build is there. Throws with the build's output on failure. */
export function ensureSite(b: SiteBuild): void {
  if (isFresh(b)) return;
  const env = buildEnv({
    BIEN_NIEN_ARTICLES: b.articles,
    BIEN_NIEN_OUT: b.out,
    BASE_PATH: b.base,
    SITE_URL: b.site ?? 'https://example.org',
    ...(b.cache ? { BIEN_NIEN_CACHE: b.cache } : {}),
  });
  try {
    execFileSync('npm', ['run', '--silent', 'build:site'], { cwd: ROOT, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    const log = `${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(`building the site from ${b.articles} failed:\n${log}`);
  }
  mkdirSync(dirname(stampFile(b)), { recursive: true });
  writeFileSync(stampFile(b), JSON.stringify(b));
}
