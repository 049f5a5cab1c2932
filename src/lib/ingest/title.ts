/**
 * A headline to propose when the text has none (it was copied from below the
 * headline, or the headline is only in the URL): the URL slug's words, found
 * again in the text so they come back with their diacritics, else the lead's
 * first clause. The refusal quotes it as a front-block line, so fixing the
 * file is a copy and paste.
 */
import { collapseSpaces, slugify } from '../text/vietnamese.ts';
import type { ClassifiedLine } from './types.ts';

const TEXT_KINDS = new Set(['lead', 'body']);
/** Slug words that are ids or file types, not words of the headline: "8263663", "ar968920", "3679ca9", "post123". */
const SLUG_NOISE = /^(?:(?:[a-z]*\d[a-z\d]*)|html?|aspx?|php|epi|htm)$/;
const YEAR_WORD = /^(?:19|20)\d{2}$/;
/** A proposal stops here, at a word boundary. */
const PROPOSAL_MAX = 120;
/** The event's date opening the lead ("Sáng 12/3, ", "Ngày 5-4, "), not part of a headline. */
const OPENING_DATE = /^(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)(?:\s+nay|\s+qua)?|ngày|hôm\s+nay|hôm\s+qua)\s+(?:ngày\s+)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\)?\s*,?\s*/iu;
const WORD_EDGES = /^[("“'‘«\[]+|[)"”'’»\],.;:!?…]+$/gu;
/** A print or share link copied onto the end of the headline's line ("… trong giai đoạn mới In trang"). */
const HEADLINE_TOOLS = /\s+(?:In trang|In bài(?: viết)?|Bản in|Chia sẻ)\s*$/u;

/**
 * The outlet's tag in brackets opening a headline, as TV sites print it: "(TTV) Người dân Na Hang …",
 * "(PTTH) Hội nghị …". Two to ten capitals, digits or dots, then a space and the headline's capital.
 */
export const HEADLINE_OUTLET_TAG = /^\(\p{Lu}[\p{Lu}\d.&]{1,9}\)\s+(?=[\p{Lu}\d"“])/u;

/** The headline as the page's headline line prints it, without the outlet's tag before it or a tool link glued to its end. */
export function headlineOf(line: string): string {
  return line.trim().replace(HEADLINE_OUTLET_TAG, '').replace(HEADLINE_TOOLS, '');
}

/** The words of the URL's last path segment that has some, ids and extensions dropped. */
export function slugWords(url: string | undefined): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean).reverse();
  for (const segment of segments) {
    const words = segment.replace(/(?:\.[a-z0-9]+)+$/i, '').toLowerCase().split(/[-_]+/).filter(Boolean);
    while (words.length > 0 && SLUG_NOISE.test(words.at(-1)!) && !YEAR_WORD.test(words.at(-1)!)) words.pop();
    if (words.length >= 3) return words;
  }
  return [];
}

/**
 * Title proposals, best first: the URL slug's words with the diacritics the
 * text gives them, the lead's first clause, and the slug as it is when the
 * text does not hold all its words.
 */
export function proposeTitles(lines: readonly ClassifiedLine[], url: string | undefined): string[] {
  const texts = lines.filter((l) => TEXT_KINDS.has(l.kind)).map((l) => collapseSpaces(l.read.prefix?.rest ?? l.text));
  const slug = slugWords(url);
  const spelled = slug.length > 0 ? spellSlug(slug, texts) : null;
  const out: string[] = [];
  if (spelled) out.push(spelled);
  const lead = texts[0];
  if (lead) {
    const clause = lead.replace(OPENING_DATE, '').split(/[.;:](?:\s|$)/u)[0]!.trim();
    if (clause) out.push(capitalise(cut(clause)));
  }
  if (slug.length > 0 && !spelled) out.push(capitalise(slug.join(' ')));
  return [...new Set(out)];
}

/**
 * The slug's words as the text spells them: each slug word becomes the text's
 * word with that slug, preferring the form printed next to the slug's own
 * neighbours ("bi thu" → "Bí thư", not "bị thu"). Null when a word is not in
 * the text: a proposal without its diacritics would be a wrong headline.
 */
function spellSlug(slug: string[], texts: string[]): string | null {
  const words = texts.flatMap((t) => t.split(/[\s/]+/u).map((w) => w.replace(WORD_EDGES, '')).filter(Boolean));
  const keys = words.map((w) => slugify(w));
  const out: string[] = [];
  for (let i = 0; i < slug.length; i++) {
    const score = new Map<string, number>();
    keys.forEach((k, j) => {
      if (k !== slug[i]) return;
      const beside = Number(i > 0 && keys[j - 1] === slug[i - 1]) + Number(i + 1 < slug.length && keys[j + 1] === slug[i + 1]);
      score.set(words[j]!, (score.get(words[j]!) ?? 0) + (beside ? beside * 1000 : 1));
    });
    let best: string | undefined;
    // On a tie the small form wins: a capital inside a headline belongs to names, which have their own context.
    for (const [form, n] of score) if (!best || n > score.get(best)! || (n === score.get(best)! && form === form.toLowerCase())) best = form;
    if (!best) return null;
    // Sentence-initial capitals are not the word's own: a common word is written small.
    const small = best.toLowerCase();
    out.push(i > 0 && small !== best && score.get(best)! < 1000 && score.has(small) ? small : best);
  }
  return capitalise(out.join(' '));
}

function cut(s: string): string {
  if (s.length <= PROPOSAL_MAX) return s;
  const head = s.slice(0, PROPOSAL_MAX);
  return head.slice(0, head.lastIndexOf(' ')).replace(/[,;:]$/u, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
