/**
 * Hand-written MDX that names what the archive does not hold fails the build,
 * saying where (file:line) and what to do: an unknown document, person or
 * article in a component, or a note for a page that does not exist. Each case
 * builds the fixture site with one bad note.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, ROOT } from './build.ts';

const TMP = join(ROOT, 'tests/.tmp');
mkdirSync(TMP, { recursive: true });
const work = mkdtempSync(join(TMP, 'notes-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOTE = (body: string) => `---\nauthor: Người thử\nupdated: "2026-12-06"\n---\n\nDòng đầu.\n\n${body}\n`;

/** Build the fixture site with one note; the build's exit code and output. */
function buildWith(name: string, file: string, body: string): { code: number | null; output: string; path: string } {
  const notes = join(work, name);
  mkdirSync(join(notes, file, '..'), { recursive: true });
  writeFileSync(join(notes, file), NOTE(body));
  const env = buildEnv({
    BIEN_NIEN_ARTICLES: 'tests/fixtures/articles',
    BIEN_NIEN_NOTES: notes,
    BIEN_NIEN_OUT: join(work, `${name}-dist`),
    BIEN_NIEN_CACHE: join(work, `${name}-cache`),
    BASE_PATH: '/',
    SITE_URL: 'https://example.org',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, path: relative(ROOT, join(notes, file)) };
}

describe('a bad editorial note fails the build', { timeout: 180_000 }, () => {
  it.each([
    ['document', '<VanBan code="999-QĐ/TW" />', /:8: <VanBan code="999-QĐ\/TW"> is no document of the archive .*write the code as on its page/],
    ['namesake', '<VanBan code="35-CT/TW" />', /:8: <VanBan code="35-CT\/TW"> matches 2 documents .*add khoa=/],
    ['person', 'Xem\n<CanBo ten="Nguyễn Văn Không" />', /:9: <CanBo ten="Nguyễn Văn Không"> is no person of the archive/],
    ['article', '<Bai slug="khong-co-bai" />', /:8: <Bai slug="khong-co-bai"> is no article of the archive; copy the slug/],
  ])('an unknown %s names file:line and what to do', (name, body, message) => {
    const r = buildWith(name, 'van-ban/ket-luan-75-kl-tw-xii.mdx', body);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`${r.path}:`);
    expect(r.output).toMatch(message);
  });

  it('a note for a page that does not exist', () => {
    const r = buildWith('page', 'can-bo/khong-ai.mdx', 'Nội dung.');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`${r.path}:1: no person page /can-bo/khong-ai/`);
  });

  it('a sound note builds (the cases above fail for their own reason)', () => {
    const r = buildWith('good', 'van-ban/ket-luan-75-kl-tw-xii.mdx', '<VanBan code="35-CT/TW" khoa="XIII" /> và <CanBo ten="Trương Thị Mai" />.');
    expect(r.output).not.toMatch(/EntityError/);
    expect(r.code).toBe(0);
  });
});
