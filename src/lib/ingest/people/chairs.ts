/**
 * Who chaired the event. A chair is a mention tied to the verb "chủ trì" by
 * the grammar of the sentence, never by being merely near it:
 *
 *   A. names, then the verb:  "X, <titles>, chủ trì hội nghị"; "Hội nghị do
 *      đồng chí X chủ trì"; a list "A - …; B, …; C - … đồng chủ trì"
 *   B. the verb, then names:  "Chủ trì hội nghị có đồng chí A - …; đồng chí
 *      B – …"; "dưới sự chủ trì của đồng chí X (và các đồng chí: A, …; B, …)";
 *      "được chủ trì bởi các đồng chí: A, …; B, …"; a sentence opening with
 *      the verb: "Chủ trì, phát biểu chỉ đạo hội nghị, Tổng Bí thư X …",
 *      "Tham dự và chủ trì Hội nghị, có đồng chí A, …; B, …"
 *
 * Between the last name's titles and the verb only a comma or an adverb
 * ("đã") may stand, and list items are joined only by ";", ",", "và", so a
 * person who attended, spoke, moderated or signed is never picked up. An
 * organ as subject ("do Ban Thường vụ chủ trì") gives no mention, so no chair.
 */
import type { Chair } from '../../schema.ts';
import { foldTonePlacement } from '../../text/vietnamese.ts';
import { listJoiners, parseOrgan, type Mention } from './mentions.ts';
import { PhraseSet, sliceText, type Token } from './tokens.ts';

export type ChairRole = Chair['role'];

/** The verb, with the role it gives. Longest first. */
export const CHAIR_VERBS: readonly { phrase: string; role: ChairRole }[] = [
  { phrase: 'đồng chủ trì', role: 'đồng chủ trì' },
  { phrase: 'cùng chủ trì', role: 'đồng chủ trì' },
  { phrase: 'chủ trì', role: 'chủ trì' },
];

/** After the verb: chairing one bridge point of an online conference. */
export const BRIDGE_MARKERS = ['điểm cầu', 'tại điểm cầu'] as const;
/** The meeting may stand between the verb and "tại điểm cầu": "chủ trì hội nghị tại điểm cầu huyện X". */
export const BRIDGE_MEETINGS = ['hội nghị', 'cuộc họp', 'phiên họp', 'buổi làm việc', 'hội thảo', 'tọa đàm', 'lễ'] as const;

/**
 * May stand between the last title and the verb: "…, Trưởng Ban Tổ chức Tỉnh ủy đã chủ trì";
 * "…, Bí thư Tỉnh ủy dự và chủ trì", "Thủ tướng X đến dự và chủ trì" (who attends and chairs, chairs);
 * the same with a comma for "và": "…, Chủ tịch UBND tỉnh dự, chủ trì hội nghị"; who visits and
 * chairs: "Tổng Bí thư X đã đến thăm và chủ trì buổi làm việc với …".
 */
export const VERB_FILLERS = [
  ',', 'đã', 'sẽ', 'vừa', '-', '–', '—', 'dự và', 'tham dự và', 'đến dự và', 'dự ,', 'tham dự ,', 'đến dự ,', 'trực tiếp',
  'đến thăm và', 'thăm và',
] as const;

/** Before a verb that opens its sentence: "Tham dự và chủ trì Hội nghị, có …". */
export const OPENING_PREFIXES = ['tham dự và', 'dự và', 'đến dự và'] as const;

/** How far after an opening verb the names may start: "Chủ trì Hội nghị và trực tiếp triển khai nội dung là …". */
export const OPENING_REACH = 16;
/** How far after the verb, elsewhere, "có"/"là" may introduce the names: "chủ trì hội nghị có …". */
export const INTRODUCER_REACH = 6;

/** Introduce the names after the verb: "Chủ trì hội nghị có / là / gồm đồng chí …". */
export const NAME_INTRODUCERS = ['gồm có', 'gồm', 'có', 'là'] as const;

/** The verb in another sense: assigned to lead a task, or the lead agency of a joint effort. */
export const NOT_CHAIR_BEFORE = ['được giao', 'giao', 'được phân công', 'phân công'] as const;
export const NOT_CHAIR_AFTER = [', phối hợp', 'phối hợp'] as const;

/** A list of names in a clause opened by these is the attendance, not the chair. */
export const ATTENDEE_CUES = ['dự', 'tham dự', 'đến dự', 'cùng dự', 'tham gia'] as const;

/**
 * What a person named beside these does instead of chairing: for --explain,
 * which says why a named person was not taken. Longest first.
 */
export const OTHER_ROLES: readonly { phrase: string; role: string }[] = [
  { phrase: 'dự và chỉ đạo', role: 'attends and directs' },
  { phrase: 'cùng dự', role: 'attends' },
  { phrase: 'tham dự', role: 'attends' },
  { phrase: 'đến dự', role: 'attends' },
  { phrase: 'dự', role: 'attends' },
  { phrase: 'điều hành', role: 'moderates' },
  { phrase: 'phát biểu kết luận', role: 'concludes' },
  { phrase: 'kết luận', role: 'concludes' },
  { phrase: 'ký', role: 'signs' },
  { phrase: 'phát biểu', role: 'speaks' },
  { phrase: 'trình bày', role: 'reports' },
  { phrase: 'báo cáo', role: 'reports' },
];

/** Lower-case place words dropped from the front of a bridge name: "tỉnh Nghệ An" → "Nghệ An". */
export const BRIDGE_PLACE_WORDS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường'] as const;

const verbs = CHAIR_VERBS.map((v) => ({ set: new PhraseSet([v.phrase]), role: v.role }));
const bridgeMarkers = new PhraseSet(BRIDGE_MARKERS);
const bridgeMeetings = new PhraseSet(BRIDGE_MEETINGS);
const atBridge = new PhraseSet(['tại điểm cầu']);
const fillers = new PhraseSet(VERB_FILLERS);
const introducers = new PhraseSet(NAME_INTRODUCERS);
const notBefore = new PhraseSet(NOT_CHAIR_BEFORE);
const notAfter = new PhraseSet(NOT_CHAIR_AFTER);
const attendeeCues = new PhraseSet(ATTENDEE_CUES);
const placeWords = new PhraseSet(BRIDGE_PLACE_WORDS);
const openingPrefixes = new PhraseSet(OPENING_PREFIXES);

/**
 * The form that tied names to the verb, for --explain. Each is one reading of
 * the sentence; a rule name says which.
 */
export const CHAIR_RULES = {
  'names-before': 'names, then the verb: "X, <titles>, chủ trì"; "do đồng chí X, … chủ trì"',
  'su-chu-tri-cua': '"dưới sự chủ trì của X"',
  'duoc-chu-tri-boi': 'the passive: "Hội nghị được chủ trì bởi các đồng chí: A, …; B, …"',
  introducer: 'the verb, then "có"/"là"/"gồm" and the names: "Chủ trì hội nghị có đồng chí X"',
  'opening-verb': 'a sentence opening with the verb, the names after a comma: "Chủ trì, phát biểu …, Tổng Bí thư X"',
} as const;
export type ChairRule = keyof typeof CHAIR_RULES;

/** One chairing found in a block: which mention, in what role, by which rule. */
export interface ChairClaim {
  mention: Mention;
  role: ChairRole;
  rule: ChairRule;
  bridge?: string;
}

/** What one occurrence of the verb gave: the claims, or why none. */
export interface VerbVerdict {
  /** The verb as written, and its token span. */
  verb: string;
  start: number;
  end: number;
  claims: ChairClaim[];
  /** Set when the verb gave no chair. */
  reason?: string;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':']);

export function findChairClaims(text: string, tokens: readonly Token[], mentions: readonly Mention[]): ChairClaim[] {
  return chairVerdicts(text, tokens, mentions).flatMap((v) => v.claims);
}

/** Every occurrence of the verb in a block, with what it gave. */
export function chairVerdicts(text: string, tokens: readonly Token[], mentions: readonly Mention[]): VerbVerdict[] {
  const verdicts: VerbVerdict[] = [];
  // Built at the first verb: most blocks have none.
  let byEnd: Map<number, Mention> | undefined;
  let byStart: Map<number, Mention> | undefined;
  for (let v = 0; v < tokens.length; v++) {
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    byEnd ??= new Map(mentions.map((m) => [m.end, m]));
    byStart ??= new Map(mentions.map((m) => [m.start, m]));
    const vEnd = v + verb.length;
    const found = claimsOfVerb(text, tokens, v, vEnd, verb.role, byEnd, byStart);
    verdicts.push({ verb: sliceText(text, tokens, v, vEnd), start: v, end: vEnd, ...found });
    // "đồng chủ trì" is read once, not again as "chủ trì".
    v += verb.length - 1;
  }
  return verdicts;
}

function claimsOfVerb(
  text: string,
  tokens: readonly Token[],
  v: number,
  vEnd: number,
  verbRole: ChairRole,
  byEnd: ReadonlyMap<number, Mention>,
  byStart: ReadonlyMap<number, Mention>,
): { claims: ChairClaim[]; reason?: string } {
  if (notBefore.matchBefore(tokens, v) > 0) return { claims: [], reason: 'a task assigned ("được giao chủ trì"), not a meeting chaired' };
  if (notAfter.matchAt(tokens, vEnd) > 0) return { claims: [], reason: 'the lead agency of a joint effort ("chủ trì, phối hợp"), not a meeting chaired' };
  let role = verbRole;
  let bridge: string | undefined;
  const marker = bridgeMarkers.matchAt(tokens, vEnd);
  const meeting = marker > 0 ? 0 : bridgeMeetings.matchAt(tokens, vEnd);
  const markerAfterMeeting = meeting > 0 ? atBridge.matchAt(tokens, vEnd + meeting) : 0;
  if (marker > 0) {
    role = 'chủ trì điểm cầu';
    bridge = bridgeAt(text, tokens, vEnd + marker);
  } else if (markerAfterMeeting > 0) {
    role = 'chủ trì điểm cầu';
    bridge = bridgeAt(text, tokens, vEnd + meeting + markerAfterMeeting);
  }
  const before = namesBefore(tokens, v, byEnd);
  if (before === 'attendance') return { claims: [], reason: 'the names before the verb are in a clause of attendance ("dự", "tham dự")' };
  const found = before ? { list: before, rule: 'names-before' as const } : namesAfter(tokens, v, vEnd, byStart);
  if (!found) return { claims: [], reason: 'no person named where the rules look (an organ chairs, or the names are not tied to the verb)' };
  if ('reason' in found) return { claims: [], reason: found.reason };
  const { list, rule } = found;
  if (role === 'chủ trì điểm cầu' && !bridge) bridge = sentenceBridge(text, tokens, list[0]!.start);
  return { claims: list.map((mention) => ({ mention, role, rule, ...(bridge ? { bridge } : {}) })) };
}

function verbAt(tokens: readonly Token[], v: number): { length: number; role: ChairRole } | null {
  for (const { set, role } of verbs) {
    const n = set.matchAt(tokens, v);
    if (n > 0) return { length: n, role };
  }
  return null;
}

/** Form A: mentions ending right before the verb, then the list they close. */
function namesBefore(tokens: readonly Token[], v: number, byEnd: ReadonlyMap<number, Mention>): Mention[] | 'attendance' | null {
  let p = v;
  for (let n = fillers.matchBefore(tokens, p); n > 0; n = fillers.matchBefore(tokens, p)) p -= n;
  const last = byEnd.get(p);
  if (!last) return null;
  const list = [last];
  let m: Mention = last;
  for (;;) {
    const prev = mentionJoinedBefore(tokens, m, byEnd);
    if (!prev) break;
    list.unshift(prev);
    m = prev;
  }
  if (clauseHasCue(tokens, list[0]!.start, attendeeCues)) return 'attendance';
  return list;
}

function mentionJoinedBefore(tokens: readonly Token[], m: Mention, byEnd: ReadonlyMap<number, Mention>): Mention | null {
  for (let gap = 1; gap <= 2; gap++) {
    const prev = byEnd.get(m.start - gap);
    if (prev && listJoiners.matchAt(tokens, prev.end) === gap) return prev;
  }
  return null;
}

/**
 * Form B: "sự chủ trì của X"; the verb, a few words, "có"/"là" and the
 * names; or a sentence opening with the verb ("Chủ trì hội nghị, đồng chí X
 * …"; "Chủ trì, phát biểu chỉ đạo hội nghị, Tổng Bí thư X …"), where the
 * names may stand further on, after a comma or an introducer.
 */
function namesAfter(
  tokens: readonly Token[],
  v: number,
  vEnd: number,
  byStart: ReadonlyMap<number, Mention>,
): { list: Mention[]; rule: ChairRule } | { reason: string } | null {
  const at =
    tokens[v - 1]?.key === 'sự' && tokens[vEnd]?.key === 'của'
      ? { p: vEnd + 1, rule: 'su-chu-tri-cua' as const }
      : tokens[v - 1]?.key === 'được' && tokens[vEnd]?.key === 'bởi'
        ? { p: vEnd + 1, rule: 'duoc-chu-tri-boi' as const }
        : namesStart(tokens, vEnd, opensSentence(tokens, v), byStart);
  if (!at) return null;
  const { rule } = at;
  const p = skipListOpener(tokens, at.p);
  const first = byStart.get(p);
  if (!first) return null;
  const list = [first];
  let m: Mention = first;
  for (;;) {
    const n = listJoiners.matchAt(tokens, m.end);
    // "… của đồng chí A, <titles> và các đồng chí: B, …; C, …": the list goes on after its opener.
    const next: Mention | undefined = n > 0 ? byStart.get(skipListOpener(tokens, m.end + n)) : undefined;
    if (!next) break;
    list.push(next);
    m = next;
  }
  // "Chủ trì hội nghị có đồng chí A …; đồng chí B dự": the last ones attended.
  if (attendeeCues.matchAt(tokens, m.end) > 0) return { reason: 'the names after the verb end in "dự": they attended' };
  return { list, rule };
}

/**
 * Where the names start after the verb: after "có"/"là"/"gồm" within a few
 * words of the clause; or, when the verb opens the sentence, anywhere in it
 * after an introducer or a comma that a name follows.
 */
function namesStart(tokens: readonly Token[], vEnd: number, opening: boolean, byStart: ReadonlyMap<number, Mention>): { p: number; rule: ChairRule } | null {
  const reach = opening ? OPENING_REACH : INTRODUCER_REACH;
  const stops = opening ? SENTENCE_END : CLAUSE_END;
  for (let k = vEnd; k < tokens.length && k <= vEnd + reach; k++) {
    if (stops.has(tokens[k]!.text)) break;
    const n = introducers.matchAt(tokens, k);
    if (n > 0) return { p: k + n, rule: 'introducer' };
    if (!opening) continue;
    if ((tokens[k]!.text === ',' || tokens[k]!.text === ':') && startsNames(tokens, k + 1, byStart)) return { p: k + 1, rule: 'opening-verb' };
    // Someone named in between is the subject of another verb: the names are not the chair's.
    if (byStart.has(k)) break;
  }
  return null;
}

/** "có các đồng chí: A, …", "là: A": skip to the first name. */
function skipListOpener(tokens: readonly Token[], p: number): number {
  while (p < tokens.length && (tokens[p]!.text === ':' || tokens[p]!.key === 'các' || (tokens[p]!.key === 'đồng' && tokens[p + 1]?.key === 'chí' && tokens[p + 2]?.text === ':'))) {
    p += tokens[p]!.key === 'đồng' ? 2 : 1;
  }
  return p;
}

function startsNames(tokens: readonly Token[], p: number, byStart: ReadonlyMap<number, Mention>): boolean {
  return byStart.has(skipListOpener(tokens, p));
}

/** The verb starts its sentence, maybe after "Tham dự và". */
function opensSentence(tokens: readonly Token[], v: number): boolean {
  const s = v - openingPrefixes.matchBefore(tokens, v, 3);
  return s === 0 || SENTENCE_END.has(tokens[s - 1]!.text);
}

/** The bridge named right after "chủ trì điểm cầu". */
function bridgeAt(text: string, tokens: readonly Token[], k: number): string | undefined {
  let start = k;
  while (placeWords.matchAt(tokens, start) > 0) start += placeWords.matchAt(tokens, start);
  if (tokens[start]?.kind !== 'cap' && tokens[start]?.kind !== 'abbr') return undefined;
  const { end } = parseOrgan(tokens, start, '');
  return end > start ? foldTonePlacement(sliceText(text, tokens, start, end)) : undefined;
}

/** "Tại Nghệ An, đồng chí X … chủ trì điểm cầu.": the place the sentence opens with. */
function sentenceBridge(text: string, tokens: readonly Token[], from: number): string | undefined {
  let s = from;
  while (s > 0 && !SENTENCE_END.has(tokens[s - 1]!.text)) s--;
  if (tokens[s]?.key !== 'tại') return undefined;
  let k = s + 1 + bridgeMarkers.matchAt(tokens, s + 1);
  while (placeWords.matchAt(tokens, k) > 0) k += placeWords.matchAt(tokens, k);
  if (tokens[k]?.kind !== 'cap') return undefined;
  const { end } = parseOrgan(tokens, k, '');
  if (tokens[end]?.text !== ',') return undefined;
  return foldTonePlacement(sliceText(text, tokens, k, end));
}

/** Does the clause holding token i, up to i, contain one of the phrases? */
function clauseHasCue(tokens: readonly Token[], i: number, cues: PhraseSet): boolean {
  let s = i;
  while (s > 0 && !CLAUSE_END.has(tokens[s - 1]!.text)) s--;
  for (let k = s; k < i; k++) if (cues.matchAt(tokens, k) > 0) return true;
  return false;
}

