import { describe, expect, it } from 'vitest';
import { ArticleError, splitFrontmatter } from '../../src/lib/mdx/frontmatter.ts';

function error(text: string): ArticleError {
  try {
    splitFrontmatter(text);
  } catch (e) {
    if (e instanceof ArticleError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('splitFrontmatter', () => {
  it('splits data and body and says where the body starts', () => {
    const r = splitFrontmatter('---\ntitle: Hội nghị\ndate: "2020-06-29"\n---\n\nĐoạn một.\n');
    expect(r.data).toEqual({ title: 'Hội nghị', date: '2020-06-29' });
    expect(r.body).toBe('\nĐoạn một.\n');
    expect(r.bodyLine).toBe(5);
  });

  it('reads quoted dates as strings and YAML 1.1 words as the ingest quoted them', () => {
    const r = splitFrontmatter('---\ndate: "2020-06-29"\nauthors:\n  - "yes"\n  - "No"\n---\n');
    expect(r.data).toEqual({ date: '2020-06-29', authors: ['yes', 'No'] });
    expect(r.body).toBe('');
  });

  it('accepts a byte order mark and an empty body at the end of the file', () => {
    expect(splitFrontmatter('\uFEFF---\ntitle: x\n---').data).toEqual({ title: 'x' });
  });

  it('reads a file whose line ends were turned into CRLF by a checkout', () => {
    const r = splitFrontmatter('---\r\ntitle: Hội nghị\r\n---\r\n\r\nĐoạn một.\r\n\r\nĐoạn hai.\r\n');
    expect(r.data).toEqual({ title: 'Hội nghị' });
    expect(r.body).toBe('\nĐoạn một.\n\nĐoạn hai.\n');
    expect(r.bodyLine).toBe(4);
  });

  it('names the line of a YAML error', () => {
    const e = error('---\ntitle: x\nauthors: [a, b\n---\nĐoạn.\n');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/not valid YAML/);
  });

  it('refuses a file without frontmatter, an unclosed one, and one that is not a mapping', () => {
    expect(error('Đoạn một.\n').message).toMatch(/no frontmatter/);
    expect(error('---\ntitle: x\nĐoạn.\n').message).toMatch(/not closed/);
    expect(error('---\n- a\n- b\n---\n').message).toMatch(/not a mapping/);
    // "---x" is not a closing fence
    expect(error('---\ntitle: x\n---x\n').message).toMatch(/not closed/);
  });
});
