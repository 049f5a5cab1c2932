/**
 * Text that Markdown and MDX leave as it is in a paragraph, both ways: remark
 * writes it unchanged and parses it back as one text node. Every character a
 * Markdown, GFM or MDX rule may act on is ASCII, so: any non-ASCII character;
 * ASCII letters, digits, spaces and the punctuation no rule names
 * (! " % ' ( ) , - . / : ; ?) except where a rule needs them: at the start (a
 * digit, "-" or ":" can open a list or a table; "import"/"export" open ESM in
 * MDX), a space at the end (encoded), "w." before a word character (GFM www
 * autolinks), ":/" (protocols). None of & < > is allowed, so the same text is
 * also its own HTML.
 *
 * The serializer writes such text directly and the renderer reads it back
 * directly; tests check both against remark.
 */
const PLAIN = /^(?:[^\x00-\x7f]|[A-Za-z"'(])[^\x00-\x1f\x7f#$&*+<=>@[\\\]^_`{|}~]*$/;
const NOT_PLAIN = /:\/|[Ww]\.[-.\w]|^(?:import|export)| $/i;

export function isPlainText(text: string): boolean {
  return PLAIN.test(text) && !NOT_PLAIN.test(text);
}

/** How the serializer writes a caption whose text is plain; the renderer recognises exactly this. */
export const CAPTION_OPEN = '<figure data-kind="caption">\n  ';
export const CAPTION_CLOSE = '\n</figure>';
