/**
 * Split the optional YAML front block ("---" … "---" at the top of a source
 * file) from the article lines, and validate it. Line numbers are kept from
 * the original file so that every later message points at the right line.
 */
import { sourceFrontSchema, type SourceFront } from '../schema.ts';
import { readFlatYaml, readWithLibrary, YamlError } from '../yaml.ts';
import { formatZodIssues } from '../zod-errors.ts';
import { IngestError, type Line } from './types.ts';

export interface SplitSource {
  front: SourceFront;
  /** Lines of the front block itself, for --explain. */
  frontLines: Line[];
  /** The article's lines, numbered as in the file. */
  lines: Line[];
}

const MAX_FRONT_LINES = 200;

export function splitFront(text: string): SplitSource {
  const all = text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
  if (all[0]?.text.trim() !== '---') return { front: {}, frontLines: [], lines: all };
  const end = all.findIndex((l, i) => i > 0 && l.text.trim() === '---');
  if (end < 0) {
    throw new IngestError(1, 'the front block opened with "---" is never closed', 'add a line "---" after the last front-block key');
  }
  if (end > MAX_FRONT_LINES) {
    throw new IngestError(1, `the front block is ${end} lines long`, `keep it to the keys url, title, date, publisher, authors, republishes (at most ${MAX_FRONT_LINES} lines)`);
  }
  const frontLines = all.slice(0, end + 1);
  const yamlText = all.slice(1, end).map((l) => l.text).join('\n');
  return { front: parseFront(yamlText, frontLines), frontLines, lines: all.slice(end + 1) };
}

function parseFront(yamlText: string, frontLines: Line[]): SourceFront {
  const raw = readFlatYaml(yamlText, FRONT_KEYS) ?? readYaml(yamlText);
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new IngestError(2, 'the front block must be a list of "key: value" lines', 'see README, "Source format"');
  }
  const record = { ...(raw as Record<string, unknown>) };
  if (typeof record.date === 'string') record.date = normalizeFrontDate(record.date);
  for (const key of ['authors', 'chairs'] as const) if (typeof record[key] === 'string') record[key] = [record[key]];
  const parsed = sourceFrontSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    throw new IngestError(
      lineOfPath(frontLines, path),
      `front block: ${formatZodIssues(parsed.error).join('; ')}`,
      'allowed keys: url (http or https), title, date (YYYY-MM-DD or YYYY-MM-DD HH:MM, Vietnam time), publisher, authors (a list), republishes (file name of the original), chairs (a list of names, or of name/role/titles), officials (add: a list, drop: a list of names); see CONTRIBUTING, "what is wrong, where to fix it"',
    );
  }
  return parsed.data;
}

function readYaml(yamlText: string): unknown {
  try {
    return readWithLibrary(yamlText, { schema: 'core' });
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    throw new IngestError(e.line + 1, `the front block is not valid YAML (${e.message})`, 'write each key as "key: value" on its own line; quote values that contain ":" or "#"; no anchors or aliases (& and *)');
  }
}

/** The keys a front block may hold: the fast reader takes only these, the schema names any other. */
const FRONT_KEYS = new Set(Object.keys(sourceFrontSchema.shape));

/** "2020-06-29 17:50" and "2020-06-29T17:50" are Vietnam time. */
function normalizeFrontDate(s: string): string {
  const m = s.trim().match(/^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?(\+07:00)?)?$/);
  if (!m) return s;
  if (!m[2]) return m[1]!;
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}+07:00`;
}

/**
 * The line of a value in the front block, following its path: a key is the
 * next line "key:" (or "- key:"), an index the n-th "- " item after it. The
 * deepest line found wins, so a bad list item is pointed at, not its list.
 */
export function lineOfPath(frontLines: readonly Line[], path: readonly PropertyKey[]): number {
  let at = 0;
  let line = 1;
  for (const seg of path) {
    let i = at;
    if (typeof seg === 'number') {
      let seen = -1;
      for (; i < frontLines.length; i++) if (frontLines[i]!.text.trimStart().startsWith('- ') && ++seen === seg) break;
    } else {
      const key = `${String(seg)}:`;
      for (; i < frontLines.length; i++) {
        const t = frontLines[i]!.text.trimStart();
        if (t.startsWith(key) || t.startsWith(`- ${key}`)) break;
      }
    }
    if (i >= frontLines.length) break;
    line = frontLines[i]!.n;
    at = i + 1;
  }
  return line;
}
