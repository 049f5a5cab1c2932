/**
 * The site built from the hand-made fixtures (tests/fixtures/articles), under
 * a sub-path as on GitHub Pages, read in Chromium. These checks do not depend
 * on how well the ingest extracts; they pin exact expectations.
 */
import { describe, expect, it } from 'vitest';
import { readerSuite } from './suite.ts';
import { search, slugOf } from './reader.ts';

const BASE = '/bien-nien/';

readerSuite('fixtures site under /bien-nien/', {
  build: {
    articles: 'tests/fixtures/articles',
    out: 'tests/.tmp/site-fixtures',
    base: BASE,
    cache: 'tests/.tmp/astro-cache-fixtures',
  },
  extra: (ctx) => {
    describe('exact expectations', () => {
      const firstSlug = async (q: string) => {
        const { page } = await ctx().newPage();
        const r = await search(page, ctx().server.url, q);
        return r.hrefs.map((h) => slugOf(h, BASE));
      };

      it.each([
        ['Trương Thị Mai', '001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022'],
        ['truong thi mai', '001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022'],
        ['dang uy', '005-chi-thi-35-khoa-xiii-dang-uy-khoi'],
        ['Đảng ủy', '005-chi-thi-35-khoa-xiii-dang-uy-khoi'],
        ['do can', '001-hoi-nghi-truong-ban-to-chuc-cap-uy-2022'],
        ['75-KL/TW', '000-ket-qua-cong-tac-tuan-22-28-6-2020'],
      ])('"%s" → %s first', async (q, slug) => {
        expect((await firstSlug(q))[0]).toBe(slug);
      });

      it('"dang uy" highlights "Đảng ủy" in the excerpt (d read as đ), the real text shown', async () => {
        const { page } = await ctx().newPage();
        await search(page, ctx().server.url, 'dang uy');
        const marks = await page.locator('[data-results] li').first().locator('.excerpt mark').allTextContents();
        expect(marks.map((m) => m.replace(/[.,;:]$/, ''))).toEqual(expect.arrayContaining(['Đảng', 'ủy']));
        expect(await page.textContent('[data-status]')).toContain('chữ đ');
      });

      it('"ket luan 75" and "kết luận 75" return exactly the two articles citing it first', async () => {
        for (const q of ['ket luan 75', 'kết luận 75', 'KL 75']) {
          const slugs = await firstSlug(q);
          expect(new Set(slugs.slice(0, 2)), q).toEqual(new Set(['000-ket-qua-cong-tac-tuan-22-28-6-2020', '004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap']));
        }
      });

      it('"khoá" finds "khóa" and the reverse', async () => {
        // 005 and 006 write "khoá"; 000, 002, 003 write "khóa".
        for (const q of ['khoá', 'khóa']) {
          const slugs = await firstSlug(q);
          expect(slugs, q).toEqual(expect.arrayContaining(['005-chi-thi-35-khoa-xiii-dang-uy-khoi', '006-bo-chinh-tri-ban-hanh-chi-thi-35-2019', '000-ket-qua-cong-tac-tuan-22-28-6-2020', '003-tong-ket-nganh-to-chuc-xay-dung-dang-2023']));
        }
      });

      it('the two namesakes 35-CT/TW say so and link each other', async () => {
        const { page } = await ctx().newPage();
        await page.goto(`${ctx().server.url}van-ban/chi-thi-35-ct-tw-xii/`);
        expect(await page.textContent('h1')).toContain('khóa XII');
        expect(await page.textContent('.notice')).toContain('Văn bản cùng số hiệu');
        await page.click('.notice a[href$="/van-ban/chi-thi-35-ct-tw-xiii/"]');
        expect(await page.textContent('h1')).toContain('khóa XIII');
        expect(await page.textContent('main')).toContain('14/6/2024');
        expect(await page.locator('.notice a[href$="/van-ban/chi-thi-35-ct-tw-xii/"]').count()).toBe(1);
      });

      it('an article shows date and time, source link, authors, roles, and captions set apart', async () => {
        const { page } = await ctx().newPage();
        await page.goto(`${ctx().server.url}bai/004-nghe-an-chuan-bi-dai-hoi-dang-cac-cap/`);
        const head = (await page.textContent('.article-head'))!;
        expect(head).toContain('10:45, 1/7/2020');
        expect(head).toContain('Đài Phát thanh và Truyền hình Nghệ An');
        expect(head).toContain('Xuân Hướng, Cảnh Toàn');
        expect(await page.getAttribute('.article-head a[rel~="external"]', 'href')).toBe('https://example.org/ntv/nghe-an-chuan-bi-dai-hoi-dang-cac-cap');
        expect(await page.textContent('.article-facts')).toContain('(chủ trì điểm cầu Nghệ An)');
        expect(await page.locator('.article-body figure[data-kind="caption"]').count()).toBe(3);
        const style = await page.$eval('figure[data-kind="caption"]', (f) => getComputedStyle(f).fontStyle);
        expect(style).toBe('italic');
        expect(await page.textContent('.prevnext .prev')).toContain('Kết quả công tác nổi bật');
        expect(await page.textContent('.prevnext .next')).toContain('Hội nghị trưởng ban tổ chức');
      });

      it('an editorial note shows under "Ghi chú biên tập", its components linking the right pages', async () => {
        const { page } = await ctx().newPage();
        await page.goto(`${ctx().server.url}van-ban/chi-thi-35-ct-tw-xii/`);
        const note = page.locator('.editorial-note');
        expect(await note.locator('h2').textContent()).toBe('Ghi chú biên tập');
        const links = await note.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
        expect(links).toEqual([
          ['Chỉ thị 35-CT/TW (khóa XIII)', `${BASE}van-ban/chi-thi-35-ct-tw-xiii/`],
          ['Kết quả công tác nổi bật trong tuần từ ngày 22 đến ngày 28-6-2020 của Ban Tổ chức Trung ương', `${BASE}bai/000-ket-qua-cong-tac-tuan-22-28-6-2020/`],
          ['Trương Thị Mai', `${BASE}can-bo/truong-thi-mai/`],
        ]);
        expect(await note.textContent()).toContain('Người viết: Người thử');
        await page.goto(`${ctx().server.url}can-bo/mai-van-chinh/`);
        expect(await page.locator('.editorial-note a').getAttribute('href')).toBe(`${BASE}van-ban/ket-luan-75-kl-tw-xii/`);
      });

      it('the about page is linked from the footer and shows the measured accuracy per field', async () => {
        const { page } = await ctx().newPage();
        await page.goto(ctx().server.url);
        await page.click('footer a:text("Giới thiệu và giấy phép")');
        expect(await page.textContent('h1')).toBe('Giới thiệu');
        const rows = await page.locator('.table-scroll tbody th').allTextContents();
        expect(rows).toEqual(['Tạo được bản ghi', 'Tiêu đề', 'Ngày đăng', 'Cơ quan báo chí', 'Người chủ trì', 'Cán bộ được nêu tên', 'Văn bản được trích dẫn']);
        expect(await page.textContent('main')).toContain('CC BY 4.0');
      });

      it('the official page gives titles over time with the article that states each', async () => {
        const { page } = await ctx().newPage();
        await page.goto(`${ctx().server.url}can-bo/mai-van-chinh/`);
        const items = await page.$$eval('.timeline li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
        expect(items[0]).toContain('Ủy viên Trung ương Đảng');
        expect(items[0]).toContain('29/6/2020');
        expect(items[0]).toContain('12/1/2022');
        expect(items[2]).toContain('Phó Trưởng ban Thường trực Ban Tổ chức Trung ương');
      });
    });
  },
});
