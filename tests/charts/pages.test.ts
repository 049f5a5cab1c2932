/**
 * The charts of the built fixture site: on document, official, archive and
 * home pages, each an SVG with <title> and <desc>, and its numbers (the data
 * table beside it) equal to the page's own counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { binKey } from '../../src/lib/charts/periods.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/site/site-index.ts';
import { buildFixtureSite, FIXTURE_ARTICLES, readBuilt } from '../data/fixture-site.ts';
import { loadEntries } from '../site/helpers.ts';

interface Chart {
  svg: string;
  rows: [string, number][];
}

/** The chart with this id: its SVG and its data table rows (period key or label, number). */
function chart(html: string, id: string): Chart {
  const m = new RegExp(`<figure class="chart" id="${id}"[\\s\\S]*?</figure>`).exec(html);
  expect(m, `chart #${id}`).not.toBeNull();
  const fig = m![0];
  const svg = /<svg[\s\S]*?<\/svg>/.exec(fig)![0];
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(fig)![1]!;
  const rows = [...body.matchAll(/<tr><th scope="row"(?: data-key="([^"]+)")?>([\s\S]*?)<\/th>[\s\S]*?<td class="num">(\d+)<\/td><\/tr>/g)].map(
    (r) => [r[1] ?? r[2]!, Number(r[3])] as [string, number],
  );
  return { svg, rows };
}

function expectAccessible(c: Chart): void {
  expect(c.svg).toMatch(/role="img"/);
  expect(c.svg).toMatch(/aria-labelledby="[^"]+-t [^"]+-d"/);
  expect(c.svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
  expect(c.svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
}

const sum = (rows: [string, number][]) => rows.reduce((a, [, n]) => a + n, 0);
let site: SiteIndex;

describe('charts of the built fixture site', { timeout: 600_000 }, () => {
  beforeAll(() => {
    buildFixtureSite();
    site = buildSiteIndex(loadEntries(FIXTURE_ARTICLES));
  });

  it('document pages: citing articles per period, summing to the page count', () => {
    for (const d of site.directives) {
      const html = readBuilt(`van-ban/${d.id}/index.html`);
      const c = chart(html, 'bieu-do-trich-dan');
      expectAccessible(c);
      const stated = Number(/Trích dẫn trong (\d+) bài/.exec(html)![1]);
      expect([d.id, sum(c.rows)]).toEqual([d.id, stated]);
      const g = c.rows[0]![0].length === 4 ? 'year' : 'month';
      for (const [key, n] of c.rows) expect(n).toBe(d.citing.filter((x) => binKey(x.article.data.date, g) === key).length);
      // First and last citation marked.
      expect(c.svg).toContain('class="marker"');
    }
  });

  it('official pages: one timeline row per title, chaired events per year summing to the page count', () => {
    for (const o of site.officials) {
      const html = readBuilt(`can-bo/${o.slug}/index.html`);
      if (o.titles.length) {
        const t = chart(html, 'bieu-do-chuc-danh');
        expectAccessible(t);
        expect(t.rows.map(([title, n]) => [title, n])).toEqual(o.titles.map((x) => [x.title, x.count]));
      }
      const stated = /chủ trì (\d+) sự kiện/.exec(html);
      if (o.chaired.length === 0) {
        expect(html).not.toContain('id="bieu-do-chu-tri"');
        continue;
      }
      const c = chart(html, 'bieu-do-chu-tri');
      expectAccessible(c);
      expect([o.slug, sum(c.rows)]).toEqual([o.slug, Number(stated![1])]);
    }
  });

  it('archive and home: articles per month, summing to the number of articles, each month as the archive lists it', () => {
    const archive = readBuilt('luu-tru/index.html');
    for (const [file, id] of [
      ['luu-tru/index.html', 'bieu-do-luu-tru'],
      ['index.html', 'bieu-do-trang-chu'],
    ] as const) {
      const c = chart(readBuilt(file), id);
      expectAccessible(c);
      expect(sum(c.rows)).toBe(site.articles.length);
      for (const [key, n] of c.rows) {
        const [y, m] = key.split('-');
        // The archive page lists each month with its count: "Tháng 6</a> <span class="muted">(3)</span>".
        expect(archive, key).toContain(`href="/bien-nien/luu-tru/${y}/${m}/">Tháng ${Number(m)}</a> <span class="muted">(${n})</span>`);
      }
    }
  });
});
