/**
 * What Pagefind indexes besides the article text: the key facts written the
 * ways readers type them, and the filter values. Pagefind matches words, so a
 * document cited as "Kết luận số 75-KL/TW" is also written "Kết luận 75" and
 * "KL 75" here, and every official by full name.
 */
import type { ArticleData } from '../schema.ts';
import { directiveFullName, directiveName, KIND_ABBREVIATIONS } from './format.ts';

/** Ways of writing each cited document, one phrase each, without repeats. */
export function directiveKeys(data: ArticleData): string[] {
  const out = new Set<string>();
  for (const d of data.directives) {
    const abbr = KIND_ABBREVIATIONS[d.kind];
    out.add(directiveName(d));
    // Numbered documents are also written "số 75", "Kết luận 75", "KL 75".
    if (/^\d/.test(d.number)) {
      const n = d.number.replace(/^0+(?=\d)/, '');
      out.add(`${d.kind} số ${d.code}`);
      for (const num of new Set([d.number, n])) {
        out.add(`${d.kind} ${num}`);
        out.add(`${d.kind} số ${num}`);
        out.add(`${abbr} ${num}`);
        if (d.term && !/^\d{4}$/.test(d.term)) out.add(`${d.kind} ${num} khóa ${d.term}`);
      }
    }
    for (const c of d.citations) out.add(c.form);
  }
  return [...out];
}

export interface SearchFilters {
  nam: string[];
  nguon: string[];
  van_ban: string[];
  can_bo: string[];
  loai: string[];
}

/** Filter names as Pagefind stores them, with the labels the search page shows. */
export const FILTER_LABELS: Record<keyof SearchFilters, string> = {
  nam: 'Năm',
  nguon: 'Nguồn',
  loai: 'Loại văn bản',
  van_ban: 'Văn bản',
  can_bo: 'Cán bộ',
};

/** Filter values of one article, each list without repeats. */
export function searchFilters(data: ArticleData): SearchFilters {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    nam: [data.date.slice(0, 4)],
    nguon: data.publisher ? [data.publisher] : [],
    van_ban: uniq(data.directives.map((d) => directiveFullName(d))),
    can_bo: uniq([...data.chairs, ...data.officials].map((p) => p.name)),
    loai: uniq(data.directives.map((d) => d.kind)),
  };
}
