import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'content/sources');
const tmp = mkdtempSync(join(tmpdir(), 'bien-nien-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function ingest(...args: string[]) {
  // process.execPath is the pinned Node that runs the tests.
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ingest (command line contract)', () => {
  it('converts the given directory into --out, deterministically', () => {
    const out1 = join(tmp, 'out1');
    const out2 = join(tmp, 'out2');
    const a = ingest(SEEDS, '--out', out1);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const b = ingest(SEEDS, '--out', out2);
    expect(b.code).toBe(0);
    const files = readdirSync(out1).sort();
    expect(files).toHaveLength(readdirSync(SEEDS).length);
    for (const f of files) expect(readFileSync(join(out2, f), 'utf8')).toBe(readFileSync(join(out1, f), 'utf8'));
  });

  it('reports every bad file as path:line: reason, still writes the good ones, exits 1', () => {
    const src = join(tmp, 'mixed');
    cpSync(SEEDS, src, { recursive: true });
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(join(src, 'bad-front.txt'), '---\nurl: https://a.vn/x\nauthor: X\n---\nTiêu đề\n10:45, 01/07/2020\nNội dung.\n');
    writeFileSync(join(src, 'no-year.txt'), 'Hội nghị giao ban\nSáng 22-9, Ủy ban Kiểm tra tổ chức hội nghị giao ban công tác kiểm tra.\n');
    const out = join(tmp, 'mixed-out');
    const r = ingest(src, '--out', out);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(r.stderr).toMatch(/bad-front\.txt:3: .*author/);
    expect(r.stderr).toMatch(/empty\.txt:1: .*empty/);
    expect(r.stderr).toMatch(/no-year\.txt:\d+: .*date:/);
    expect(readdirSync(out).sort()).toEqual(readdirSync(SEEDS).map((f) => f.replace(/\.txt$/, '.mdx')).sort());
  });

  it('refuses a source in a sub-folder by name, with what to do, and still writes the others', () => {
    // The site reads only the top level of content/articles: a nested output would never be published.
    const src = join(tmp, 'nested');
    cpSync(SEEDS, src, { recursive: true });
    const first = readdirSync(SEEDS).sort()[0]!;
    cpSync(join(SEEDS, first), join(src, '2024', 'hoi-nghi.txt'));
    const out = join(tmp, 'nested-out');
    const r = ingest(src, '--out', out);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/2024\/hoi-nghi\.txt:1: .*sub-folder \("2024\/"\).*Move it to the top level of the sources folder \(content\/sources\/hoi-nghi\.txt\)/);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(readdirSync(SEEDS).map((f) => f.replace(/\.txt$/, '.mdx')).sort());
  });

  it('prints every problem of a file on its own path:line line, and warnings for converted files', () => {
    const src = join(tmp, 'problems');
    cpSync(SEEDS, src, { recursive: true });
    // No headline (the text starts below it) and no year: both in this run.
    writeFileSync(join(src, 'two-problems.txt'), 'Ngày 4.10, Ban Tổ chức Huyện uỷ sơ kết công tác tổ chức xây dựng Đảng 9 tháng.\nHội nghị đánh giá kết quả công tác.\n');
    // A morning meeting stamped 02:03: converted, with a warning at the stamp's line.
    writeFileSync(join(src, 'twelve-hour.txt'), 'Hội nghị quán triệt Nghị quyết Trung ương\n12/03/2020 02:03\nSáng 12/3, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương cho cán bộ chủ chốt.\n');
    const out = join(tmp, 'problems-out');
    const r = ingest(src, '--out', out);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('two-problems.txt:1: '))).toEqual([
      expect.stringMatching(/no headline.*title: "/),
      expect.stringMatching(/no year for "Ngày 4\.10".*date: YYYY-MM-DD/),
    ]);
    expect(lines.filter((l) => l.includes('twelve-hour.txt:2: warning: '))).toEqual([expect.stringContaining('12-hour clock')]);
    expect(readdirSync(out)).toContain('twelve-hour.mdx');
  });

  it('--check passes on fresh output and names a stale file', () => {
    const out = join(tmp, 'check');
    expect(ingest(SEEDS, '--out', out).code).toBe(0);
    expect(ingest(SEEDS, '--out', out, '--check').code).toBe(0);
    const victim = readdirSync(out).sort()[0]!;
    writeFileSync(join(out, victim), readFileSync(join(out, victim), 'utf8') + '\nedited by hand\n');
    const r = ingest(SEEDS, '--out', out, '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(victim);
    // --check only reads
    expect(readFileSync(join(out, victim), 'utf8')).toMatch(/edited by hand/);
  });

  it('--check on the committed content/articles passes', () => {
    const r = ingest('--check');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--cache <file> keeps the cache there; a re-run with nothing changed writes nothing', () => {
    const out = join(tmp, 'cached');
    const cache = join(tmp, 'cache', 'ingest.json');
    const a = ingest(SEEDS, '--out', out, '--cache', cache);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/ (\d+) written/);
    expect(a.stdout).not.toMatch(/ 0 written/);
    expect(JSON.parse(readFileSync(cache, 'utf8')).version).toBe(3);
    const b = ingest(SEEDS, '--out', out, '--cache', cache);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/ 0 written/);
    expect(ingest(SEEDS, '--out', out, '--cache', cache, '--check').code).toBe(0);
  });

  it('--explain shows how each line was read', () => {
    const seed = readdirSync(SEEDS).sort()[0]!;
    const r = ingest('--explain', join(SEEDS, seed));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*1\s+boilerplate\s/m);
    expect(r.stdout).toMatch(/^\s*2\s+title\s/m);
    expect(r.stdout).toMatch(/^\s*3\s+date\s/m);
    expect(r.stdout).toMatch(/Ý KIẾN BẠN ĐỌC.*←/);
  });
});
