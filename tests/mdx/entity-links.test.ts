import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { serializeBody } from '../../src/lib/ingest/serialize.ts';
import rehypeEntityLinks, { type EntityLink } from '../../src/lib/mdx/rehype-entity-links.ts';
import { renderBody } from '../../src/lib/mdx/render.ts';
import type { Span } from '../../src/lib/schema.ts';
import { HOSTILE } from '../fixtures/tricky-text.ts';

const doc = (at: Span, title = 'Kết luận 75-KL/TW (khóa XII): tiếp tục thực hiện'): EntityLink => ({ at, href: '/van-ban/kl-75/', title });
const person = (at: Span): EntityLink => ({ at, href: '/can-bo/mai-van-chinh/' });

/** A body the way the ingest writes it: one block per paragraph. */
const body = (...texts: string[]) => serializeBody(texts.map((text, i) => ({ line: i + 1, text, kind: 'body' as const })));

describe('rehype-entity-links: body + places → HTML', () => {
  it('links a citation with its full name and subject as title, and a name without', () => {
    const html = renderBody(body('Quán triệt Kết luận 75 của Bộ Chính trị.', 'Đồng chí Mai Văn Chính phát biểu.'), [doc([0, 11, 22]), person([1, 9, 22])]);
    expect(html).toBe(
      '<p>Quán triệt <a href="/van-ban/kl-75/" title="Kết luận 75-KL/TW (khóa XII): tiếp tục thực hiện">Kết luận 75</a> của Bộ Chính trị.</p>\n' +
        '<p>Đồng chí <a href="/can-bo/mai-van-chinh/">Mai Văn Chính</a> phát biểu.</p>',
    );
  });

  it('counts a caption as a block, and links a place at either end of a paragraph', () => {
    const md = serializeBody([
      { line: 1, text: 'Chỉ thị 35 được quán triệt.', kind: 'body' },
      { line: 2, text: 'Đồng chí Mai Văn Chính', kind: 'caption' },
    ]);
    expect(renderBody(md, [doc([0, 0, 10], ''), person([1, 9, 22])])).toBe(
      '<p><a href="/van-ban/kl-75/">Chỉ thị 35</a> được quán triệt.</p>\n' +
        '<figure data-kind="caption"><p>Đồng chí <a href="/can-bo/mai-van-chinh/">Mai Văn Chính</a></p></figure>',
    );
  });

  it('links adjacent places separately, in whatever order they are given', () => {
    const html = renderBody(body('Kết luận 75Chỉ thị 35'), [person([0, 11, 21]), doc([0, 0, 11], '')]);
    expect(html).toBe('<p><a href="/van-ban/kl-75/">Kết luận 75</a><a href="/can-bo/mai-van-chinh/">Chỉ thị 35</a></p>');
  });

  it('links the first of overlapping places (the longer at one start), never nesting links', () => {
    const text = 'Nghị quyết Trung ương 4 khóa XII đã nêu.';
    expect(renderBody(body(text), [doc([0, 0, 23], ''), doc([0, 0, 32], 'dài'), person([0, 24, 32])])).toBe(
      '<p><a href="/van-ban/kl-75/" title="dài">Nghị quyết Trung ương 4 khóa XII</a> đã nêu.</p>',
    );
    expect(renderBody(body(text), [person([0, 11, 32]), doc([0, 0, 21], '')])).toBe(
      '<p><a href="/van-ban/kl-75/">Nghị quyết Trung ương</a> 4 khóa XII đã nêu.</p>',
    );
    // The same place twice (one span, two records): linked once.
    expect(renderBody(body(text), [doc([0, 0, 23], ''), doc([0, 0, 23], '')]).match(/<a /g)).toHaveLength(1);
  });

  it('wraps whole inline elements inside a place, and links inside an element the place crosses', () => {
    // <p>Kết <em>luận 75</em> và <strong>Chỉ thị 35 khóa XII</strong>.</p>
    const em = (tagName: string, value: string): Element => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value }] });
    const tree = (): Root => ({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: 'Kết ' }, em('em', 'luận 75'), { type: 'text', value: ' và ' }, em('strong', 'Chỉ thị 35 khóa XII'), { type: 'text', value: '.' }],
        },
      ],
    });
    const whole = tree();
    rehypeEntityLinks({ links: [doc([0, 0, 11], '')] })(whole);
    expect(toHtml(whole)).toBe('<p><a href="/van-ban/kl-75/">Kết <em>luận 75</em></a> và <strong>Chỉ thị 35 khóa XII</strong>.</p>');
    const crossing = tree();
    // "75 và Chỉ thị 35": from inside <em> to inside <strong>.
    rehypeEntityLinks({ links: [doc([0, 9, 25], '')] })(crossing);
    expect(toHtml(crossing)).toBe(
      '<p>Kết <em>luận <a href="/van-ban/kl-75/">75</a></em><a href="/van-ban/kl-75/"> và </a><strong><a href="/van-ban/kl-75/">Chỉ thị 35</a> khóa XII</strong>.</p>',
    );
  });

  it('refuses a place past the end of its block or of the body, naming the link', () => {
    const md = body('Kết luận 75.');
    expect(() => renderBody(md, [doc([0, 9, 13])])).toThrow('the link to /van-ban/kl-75/ at [0, 9, 13] is past the end of the body (block 0 has 12 characters)');
    expect(() => renderBody(md, [person([1, 0, 3])])).toThrow('at [1, 0, 3] is past the end of the body (the body has 1 blocks)');
    expect(renderBody(md, [doc([0, 9, 12], '')])).toBe('<p>Kết luận <a href="/van-ban/kl-75/">75.</a></p>');
  });

  it('keeps hostile text text: split by a link, it is still escaped and never markup', () => {
    for (const text of HOSTILE) {
      if (text.trim() === '' || text !== text.trim() || text.length < 4) continue;
      const md = body(text);
      const plain = renderBody(md);
      const linked = renderBody(md, [doc([0, 1, text.length - 1], 'a "quoted" <title> & more')]);
      const [, before, title, rest = ''] = linked.match(/^<p>(.*?)<a href="\/van-ban\/kl-75\/" title="([^"]*)">(.*)$/s) ?? [];
      // A quoted attribute value may hold "<" and ">": only " and & are escaped in it.
      expect(title, text).toBe('a &quot;quoted&quot; <title> &amp; more');
      expect(`<p>${before}${rest.replace('</a>', '')}`, text).toBe(plain);
      expect(rest, text).not.toMatch(/<(?!\/?(?:p|a)\b)/);
    }
    const html = renderBody(body('<script>alert(1)</script> { import x } Kết luận 75'), [doc([0, 0, 7], ''), doc([0, 39, 50], '')]);
    expect(html).toBe('<p><a href="/van-ban/kl-75/">&lt;script</a>>alert(1)&lt;/script> { import x } <a href="/van-ban/kl-75/">Kết luận 75</a></p>');
  });
});
