/** What <VanBan>, <CanBo>, <Bai> and the editorial notes point at, on the fixture archive. */
import { describe, expect, it } from 'vitest';
import { EntityError, findArticle, findDocument, findOfficial } from '../../src/lib/site/entities.ts';
import { fileNotes } from '../../src/lib/site/notes.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';
import { loadEntries } from './helpers.ts';

const site = buildSiteIndex(loadEntries());
const AT = 'content/notes/van-ban/x.mdx:7';

describe('findDocument', () => {
  it('finds a document by code, named in full, linking its page', () => {
    expect(findDocument(site, AT, '75-KL/TW')).toEqual({
      path: '/van-ban/ket-luan-75-kl-tw-xii/',
      text: 'Kết luận 75-KL/TW (khóa XII)',
      title: expect.stringContaining('nhân sự'),
    });
  });

  it('tells namesakes apart by khóa, and asks for it when it is missing', () => {
    expect(findDocument(site, AT, '35-CT/TW', 'XIII').path).toBe('/van-ban/chi-thi-35-ct-tw-xiii/');
    expect(findDocument(site, AT, '35-ct/tw', 'xii').path).toBe('/van-ban/chi-thi-35-ct-tw-xii/');
    expect(() => findDocument(site, AT, '35-CT/TW')).toThrow(/x\.mdx:7: <VanBan code="35-CT\/TW"> matches 2 documents .*add khoa=/);
  });

  it('refuses an unknown code or term, naming the place and what to do', () => {
    expect(() => findDocument(site, AT, '999-QĐ/TW')).toThrow(EntityError);
    expect(() => findDocument(site, AT, '999-QĐ/TW')).toThrow(/^content\/notes\/van-ban\/x\.mdx:7: .*no document of the archive.*write the code as on its page/);
    expect(() => findDocument(site, AT, '75-KL/TW', 'XI')).toThrow(/x\.mdx:7: .*has no page; the archive has 75-KL\/TW only for khóa XII/);
  });
});

describe('findOfficial', () => {
  it('matches a name whatever the case or tone placement', () => {
    expect(findOfficial(site, AT, 'Trương Thị Mai')).toMatchObject({ path: '/can-bo/truong-thi-mai/', text: 'Trương Thị Mai' });
    expect(findOfficial(site, AT, 'TRẦN VĂN TUÝ').path).toBe('/can-bo/tran-van-tuy/');
  });

  it('refuses a person the archive does not know', () => {
    expect(() => findOfficial(site, AT, 'Nguyễn Văn Không')).toThrow(/x\.mdx:7: <CanBo ten="Nguyễn Văn Không"> is no person of the archive/);
  });
});

describe('findArticle', () => {
  it('finds an article by slug and shows its title', () => {
    const link = findArticle(site, AT, '000-ket-qua-cong-tac-tuan-22-28-6-2020');
    expect(link.path).toBe('/bai/000-ket-qua-cong-tac-tuan-22-28-6-2020/');
    expect(link.text).toMatch(/^Kết quả công tác nổi bật/);
  });

  it('refuses an unknown slug', () => {
    expect(() => findArticle(site, AT, 'khong-co')).toThrow(/x\.mdx:7: <Bai slug="khong-co"> is no article.*\/bai\/<slug>\//);
  });
});

describe('fileNotes', () => {
  it('files notes by the page they belong to', () => {
    const filed = fileNotes(
      [
        { id: 'van-ban/ket-luan-75-kl-tw-xii', file: 'a.mdx' },
        { id: 'can-bo/mai-van-chinh', file: 'b.mdx' },
      ],
      site,
    );
    expect(filed.documents.get('ket-luan-75-kl-tw-xii')?.file).toBe('a.mdx');
    expect(filed.officials.get('mai-van-chinh')?.file).toBe('b.mdx');
  });

  it('refuses, all at once, notes whose page does not exist', () => {
    expect(() =>
      fileNotes(
        [
          { id: 'van-ban/ket-luan-75', file: 'content/notes/van-ban/ket-luan-75.mdx' },
          { id: 'can-bo/khong-ai', file: 'content/notes/can-bo/khong-ai.mdx' },
        ],
        site,
      ),
    ).toThrow(/ket-luan-75\.mdx:1: no document page \/van-ban\/ket-luan-75\/.*\n.*khong-ai\.mdx:1: no person page/);
  });
});
