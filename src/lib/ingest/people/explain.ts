/**
 * Why each candidate chair was or was not taken, for `ingest --explain`.
 * A candidate is a person named in a paragraph that holds the verb "chủ trì"
 * or a word of another role (attend, moderate, conclude, sign). The
 * paragraphs are read exactly as extractPeople reads them (same joining,
 * tokens, mentions and verdicts), so what this says is what the extraction did.
 */
import type { Block } from '../types.ts';
import { CHAIR_RULES, OTHER_ROLES, chairVerdicts, type ChairRole, type ChairRule } from './chairs.ts';
import { joinBrokenBlocks } from './index.ts';
import { findMentions, type Mention } from './mentions.ts';
import { PhraseSet, phraseKeys, sliceText, tokenize, type Token } from './tokens.ts';

export interface ChairExplanation {
  /** Source line the paragraph starts on, and its whole text. */
  line: number;
  text: string;
  verbs: { verb: string; taken: { name: string; role: ChairRole; rule: ChairRule; ruleText: string }[]; reason?: string }[];
  /** People named in the paragraph whom no verb took, and why. */
  others: { name: string; reason: string }[];
}

const otherRoles = new PhraseSet(OTHER_ROLES.map((r) => r.phrase));
const roleOf = new Map(OTHER_ROLES.map((r) => [phraseKeys(r.phrase).join(' '), r.role]));
/** May stand between a name's titles and its verb: "…, Bí thư Tỉnh ủy đã ký". */
const fillers = new PhraseSet([',', 'đã', 'vừa', '-', '–', '—']);
const SENTENCE_END = new Set(['.', '!', '?']);

export function explainChairs(blocks: readonly Block[]): ChairExplanation[] {
  const out: ChairExplanation[] = [];
  for (const { line, text } of joinBrokenBlocks(blocks)) {
    const tokens = tokenize(text);
    const mentions = findMentions(text, tokens);
    const verdicts = chairVerdicts(text, tokens, mentions);
    const claimed = new Set(verdicts.flatMap((v) => v.claims.map((c) => c.mention)));
    const others = mentions
      .filter((m) => !claimed.has(m))
      .map((m) => ({ name: m.name, role: otherRole(text, tokens, m) }))
      .filter((o) => o.role || verdicts.length > 0)
      .map((o) => ({ name: o.name, reason: o.role ?? 'named, but no rule ties the name to "chủ trì"' }));
    if (verdicts.length === 0 && others.length === 0) continue;
    out.push({
      line,
      text,
      verbs: verdicts.map((v) => ({
        verb: v.verb,
        taken: v.claims.map((c) => ({ name: c.mention.name, role: c.role, rule: c.rule, ruleText: CHAIR_RULES[c.rule] })),
        ...(v.reason ? { reason: v.reason } : {}),
      })),
      others,
    });
  }
  return out;
}

/** The other role a mention is given: a role word right after it ("X, Bí thư Tỉnh ủy dự"), or the last one before it in its sentence ("Tham dự có X", "Kết luận hội nghị, X …"). */
function otherRole(text: string, tokens: readonly Token[], m: Mention): string | undefined {
  let k = m.end;
  for (let n = fillers.matchAt(tokens, k); n > 0 && k < m.end + 3; n = fillers.matchAt(tokens, k)) k += n;
  const after = otherRoles.matchAt(tokens, k);
  if (after > 0) return describe(text, tokens, k, after);
  let s = m.start;
  while (s > 0 && !SENTENCE_END.has(tokens[s - 1]!.text)) s--;
  let found: string | undefined;
  for (let j = s; j < m.start; j++) {
    const n = otherRoles.matchAt(tokens, j);
    if (n > 0) {
      found = describe(text, tokens, j, n);
      j += n - 1;
    }
  }
  return found;
}

function describe(text: string, tokens: readonly Token[], at: number, n: number): string {
  const role = roleOf.get(tokens.slice(at, at + n).map((t) => t.key).join(' '));
  return `not taken here: ${role} ("${sliceText(text, tokens, at, at + n)}")`;
}
