/**
 * Deterministic generator of raw source texts shaped like the seeds: the
 * chrome of nine kinds of news sites, their date and byline forms, captions,
 * comment forms and related blocks, repeated paragraphs and teasers; meetings
 * chaired by officials whose titles change over the years; directives cited
 * in every form the ingest handles, namesakes included.
 *
 *   node scripts/bench/generate.ts --articles 300 --out /tmp/sources [--seed 1]
 *
 * Article i depends only on the seed and i, never on N: the first 100
 * articles of a 10,000-article corpus are the 100-article corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Day, ROMAN, addDays, compareDays, dayMonth, iso, localTermYears, pad2, weekday } from './calendar.ts';
import {
  type Doc,
  type DirectivePool,
  type OfficialPool,
  type Person,
  buildDirectives,
  buildOfficials,
  holderAt,
  titlesAt,
} from './pools.ts';
import { Rng, hash32 } from './prng.ts';
import { SEED_CLAUSES } from './vocab-clauses.ts';
import {
  ACTORS_CENTRAL,
  ACTORS_GENERIC,
  ADVERBS,
  COUNT_UNITS,
  CROPS,
  DISCIPLINE,
  ECONOMY_TEMPLATES,
  ETHNIC_GROUPS,
  EVENTS,
  LIMITS,
  OBJECTS,
  PERIODS,
  PURPOSES,
  RESULTS,
  VENUES,
  VERBS,
} from './vocab-phrases.ts';
import { GIVEN_FEMALE, GIVEN_MALE, MIDDLE_MALE, PLACE_SYLLABLES, type Province } from './vocab-places.ts';

/** The generator's clock: no article is dated after this day. */
export const NOW: Day = { y: 2026, m: 11, d: 15 };
export const DEFAULT_SEED = 20260101;

export const OUTLETS = ['xdd', 'ct', 'thcl', 'ntv', 'daklak', 'hagiang', 'tayninh', 'thanhnien', 'baomoi'] as const;
export type Outlet = (typeof OUTLETS)[number];

/** What the generator planted in an article: the ingest's ground truth. */
export interface Truth {
  outlet: Outlet;
  title: string;
  date: string;
  dateForm: string;
  bylineForm: string;
  front: boolean;
  chairForms: string[];
  chairs: string[];
  officials: string[];
  /** Ids of the documents cited (code@term). */
  directives: string[];
  citationForms: string[];
  boilerplate: string[];
  captions: number;
  repeatedParagraphs: number;
  oldStyleTones: boolean;
  traps: string[];
}

export interface GeneratedArticle {
  file: string;
  text: string;
  truth: Truth;
}

export interface World {
  seed: number;
  officials: OfficialPool;
  directives: DirectivePool;
  journalists: string[];
}

export function createWorld(seed = DEFAULT_SEED): World {
  const officials = buildOfficials(seed);
  const directives = buildDirectives(seed, officials, NOW);
  const rng = new Rng(seed).fork('journalists');
  const journalists = new Set<string>();
  while (journalists.size < 220) {
    const first = rng.chance(0.5) ? rng.pick(MIDDLE_MALE) : rng.pick([...GIVEN_FEMALE, ...GIVEN_MALE]);
    journalists.add(`${first} ${rng.pick(rng.chance(0.5) ? GIVEN_FEMALE : GIVEN_MALE)}`);
  }
  return { seed, officials, directives, journalists: [...journalists] };
}

// ------------------------------------------------------------------ context

type Scenario = 'central-briefing' | 'central-conference' | 'weekly-results' | 'province-meeting' | 'ubkt' | 'personnel' | 'district' | 'congress';

interface Ctx {
  rng: Rng;
  world: World;
  date: Day;
  event: Day;
  month: number;
  outlet: Outlet;
  scenario: Scenario;
  province: Province;
  district?: string;
  oldStyle: boolean;
  truth: Truth;
  /** Documents this article cites, and how many times each so far. */
  docs: Doc[];
  cited: Map<string, number>;
  /** People mentioned so far (name → titles shown). */
  people: Map<string, string[]>;
}

const YEAR_WEIGHTS = Array.from({ length: NOW.y - 2006 + 1 }, (_, i) => 1 + i * 0.35);

function pickDate(rng: Rng): Day {
  for (;;) {
    const y = 2006 + rng.weightedIndex(YEAR_WEIGHTS);
    const m = rng.int(1, 12);
    const d = rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const day = { y, m, d };
    if (compareDays(day, NOW) <= 0) return day;
  }
}

const SCENARIOS: Scenario[] = ['central-briefing', 'central-conference', 'weekly-results', 'province-meeting', 'ubkt', 'personnel', 'district', 'congress'];
const SCENARIO_WEIGHTS = [12, 8, 5, 26, 14, 10, 18, 7];

const CENTRAL_OUTLETS: Outlet[] = ['xdd', 'ct', 'thcl', 'ntv', 'thanhnien', 'baomoi'];
const CENTRAL_OUTLET_WEIGHTS = [34, 14, 12, 14, 14, 12];
const LOCAL_OUTLETS: Outlet[] = ['daklak', 'hagiang', 'tayninh', 'ntv', 'thanhnien', 'baomoi', 'xdd', 'thcl'];
const LOCAL_OUTLET_WEIGHTS = [22, 18, 18, 10, 10, 10, 8, 4];

// ------------------------------------------------------------------ text helpers

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const joinList = (items: string[], last = ' và ') => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`);

/** Old-style tone placement ("hoà", "Uỷ", "khoá"), as some sites still print. */
export function toOldStyle(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const nfd = word.normalize('NFD');
    const m = /^(.*?)([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])$/u.exec(nfd);
    if (!m || /[qQ]$/.test(m[1] as string)) return word;
    // Only oa, oe and uy move their mark; "của", "mùa" keep it on u.
    if (/[uU]/.test(m[2] as string) !== /[yY]/.test(m[4] as string)) return word;
    return `${m[1]}${m[2]}${m[4]}${m[3]}`.normalize('NFC');
  });
}

/** How a site shortens organ names in titles. */
function abbreviate(ctx: Ctx, title: string): string {
  const r = ctx.rng;
  let t = title;
  if (ctx.outlet === 'ntv' || ctx.outlet === 'hagiang') {
    if (r.chance(0.6)) t = t.replace('Ủy viên Trung ương Đảng', 'Ủy viên TW Đảng').replace('Bí thư Trung ương Đảng', 'Bí thư TW Đảng');
    if (r.chance(0.6)) t = t.replace('Ban Thường vụ', 'BTV').replace('Ban Tổ chức Trung ương', 'Ban Tổ chức TW');
  } else if (ctx.outlet === 'thanhnien') {
    t = t.replace('Trung ương', 'T.Ư').replace('Ủy ban Kiểm tra', 'UBKT');
  } else if (r.chance(0.15)) {
    t = t.replace('Ban Chấp hành Trung ương', 'BCH Trung ương').replace('Ủy ban Kiểm tra', 'UBKT');
  }
  if (r.chance(0.5)) t = t.replace('Ủy ban nhân dân', 'UBND').replace('Hội đồng nhân dân', 'HĐND');
  else if (r.chance(0.3)) t = t.replace('UBND', 'Ủy ban nhân dân').replace('HĐND', 'Hội đồng nhân dân');
  if (r.chance(0.2)) t = t.replace('Phó Trưởng Ban', 'Phó Trưởng ban');
  return t;
}

function titlesOf(ctx: Ctx, p: Person, month = ctx.month): string[] {
  const raw = titlesAt(p, month);
  // Local sites drop their own province's name from titles most of the time.
  return raw.map((t) => abbreviate(ctx, ctx.rng.chance(0.6) ? t.replace(` ${ctx.province.name}`, '') : t));
}

function mention(ctx: Ctx, p: Person, titles = titlesOf(ctx, p)): { name: string; titles: string[] } {
  ctx.people.set(p.name, titles);
  if (!ctx.truth.officials.includes(p.name)) ctx.truth.officials.push(p.name);
  return { name: p.name, titles };
}

const honorific = (ctx: Ctx, p: Person) =>
  ctx.outlet === 'thanhnien' || ctx.rng.chance(0.1) ? (p.female ? 'bà' : 'ông') : 'đồng chí';

// ------------------------------------------------------------------ people in the scene

function holder(ctx: Ctx, postId: string): Person | null {
  return holderAt(ctx.world.officials, postId, ctx.month);
}

function provinceKey(ctx: Ctx): string {
  return `p${ctx.world.officials.provinces.indexOf(ctx.province)}`;
}

function districtKey(ctx: Ctx): string {
  return `d${ctx.world.officials.districts.findIndex((d) => d.name === ctx.district)}`;
}

function someCentral(ctx: Ctx, exclude: Person[] = []): Person {
  const ids = ['ptb1', 'ptb2', 'ptb3', 'ptb4', 'ptbtt', 'btnv', 'ttnv1', 'pcnubkt1', 'pcnubkt2', 'bdukcq', 'tbdv', 'tbctdb'];
  for (let i = 0; i < 20; i++) {
    const p = holder(ctx, ctx.rng.pick(ids));
    if (p && !exclude.includes(p)) return p;
  }
  return holder(ctx, 'tbtc') as Person;
}

// ------------------------------------------------------------------ citations

function eligibleDocs(ctx: Ctx): Doc[] {
  const { rng, world } = ctx;
  const pool = world.directives.docs;
  const weights: number[] = [];
  const candidates: Doc[] = [];
  for (const d of pool) {
    if (compareDays(d.issued, ctx.date) >= 0) continue;
    if (d.province && d.province !== ctx.province) continue;
    const age = ctx.month - dayMonth(d.issued);
    if (age > 150) continue;
    const recency = d.hot ? (age < 36 ? 1 : 0.12) : Math.exp(-age / 30) + 0.03;
    const local = d.issuer === 'TU' ? (ctx.scenario === 'province-meeting' || ctx.scenario === 'district' ? 6 : 0) : 1;
    const w = d.weight * recency * local;
    if (w > 0) {
      candidates.push(d);
      weights.push(w);
    }
  }
  const k = Math.min(candidates.length, rng.weighted([0, 1, 2, 3, 4, 5, 6], [6, 22, 28, 20, 12, 7, 5]));
  const chosen: Doc[] = [];
  for (let i = 0; i < k; i++) {
    const j = rng.weightedIndex(weights);
    chosen.push(candidates[j] as Doc);
    weights[j] = 0;
  }
  return chosen;
}

const dateDash = (d: Day) => `${d.d}-${d.m}-${d.y}`;
const dateSlash = (d: Day) => `${d.d}/${d.m}/${d.y}`;

function bodyShort(ctx: Ctx, doc: Doc): string {
  const b = doc.body;
  if (b === 'Ban Chấp hành Trung ương') return ctx.rng.pick(['Ban Chấp hành Trung ương', 'BCH TW', 'BCH Trung ương', 'Trung ương', 'Ban Chấp hành Trung ương Đảng']);
  return b;
}

/** One citation of a document, in a form that fits whether it was cited before. */
function cite(ctx: Ctx, doc: Doc): string {
  const { rng } = ctx;
  const seen = ctx.cited.get(doc.id) ?? 0;
  ctx.cited.set(doc.id, seen + 1);
  if (!ctx.truth.directives.includes(doc.id)) ctx.truth.directives.push(doc.id);
  const form = (name: string, text: string) => {
    if (!ctx.truth.citationForms.includes(name)) ctx.truth.citationForms.push(name);
    return text;
  };
  const k = doc.kind;
  if (doc.issuer === 'CP' || doc.issuer === 'TTg') {
    if (seen === 0 || rng.chance(0.5)) {
      const date = rng.chance(0.6) ? `, ngày ${rng.chance(0.5) ? dateDash(doc.issued) : dateSlash(doc.issued)}` : '';
      return form('state-full', `${k} số ${doc.code}${date} của ${doc.body}${rng.chance(0.4) ? ` ${doc.subject}` : ''}`);
    }
    return form('state-short', `${k} ${doc.number} của ${doc.body}`);
  }
  if (doc.issuer === 'TU') {
    return form('local', `${k} số ${doc.code} của ${doc.body}${rng.chance(0.5) ? ` ${doc.subject}` : ''}`);
  }
  if (doc.plenum && rng.chance(seen === 0 ? 0.35 : 0.5)) {
    const kh = ctx.oldStyle ? 'khoá' : 'khóa';
    if (rng.chance(0.3)) return form('plenum-number', `Nghị quyết ${Number(doc.numberText)} tại Hội nghị Trung ương ${doc.plenum}(${kh} ${doc.term})`);
    // "Nghị quyết Trung ương 4 khóa XI, khóa XII": two plenum-4 documents at once.
    if (doc.plenum === 4) {
      const other = ctx.world.directives.party.find((d) => d.plenum === 4 && d.id !== doc.id && compareDays(d.issued, ctx.date) < 0 && compareDays(d.issued, doc.issued) > 0);
      if (other && rng.chance(0.6)) {
        ctx.cited.set(other.id, (ctx.cited.get(other.id) ?? 0) + 1);
        if (!ctx.truth.directives.includes(other.id)) ctx.truth.directives.push(other.id);
        return form('plenum-pair', `Nghị quyết Trung ương 4 ${kh} ${doc.term}, ${kh} ${other.term}`);
      }
    }
    return form('plenum', `Nghị quyết Trung ương ${doc.plenum} ${kh} ${doc.term}`);
  }
  const of = ` của ${bodyShort(ctx, doc)}`;
  if (seen === 0) {
    const r = rng.next();
    if (r < 0.3) return form('full-code', `${k} số ${doc.code}${of}${rng.chance(0.6) ? ` ${doc.subject}` : ''}`);
    if (r < 0.45) return form('full-code-date', `${k} số ${doc.code}, ngày ${rng.chance(0.5) ? dateSlash(doc.issued) : dateDash(doc.issued)}${of} ${doc.subject}`);
    if (r < 0.6) return form('code', `${k} ${doc.code}${rng.chance(0.5) ? of : ''}`);
    if (r < 0.75) return form('number-issuer', `${k} ${Number(doc.numberText)}${of}`);
    if (r < 0.85) return form('number-so-issuer', `${k} số ${Number(doc.numberText)}${of}`);
    if (r < 0.93) return form('code-term', `${k} số ${doc.code} của ${doc.body} khóa ${doc.term}`);
    return form('number-bare', `${k} ${Number(doc.numberText)}`);
  }
  const r = rng.next();
  if (r < 0.45) return form('number-bare', `${k} ${doc.numberText}`);
  if (r < 0.7) return form('number-issuer', `${k} ${Number(doc.numberText)}${of}`);
  return form('code', `${k} ${doc.code}`);
}

function citeSome(ctx: Ctx, max = 2): string[] {
  if (!ctx.docs.length) return [];
  const n = ctx.rng.int(1, Math.min(max, ctx.docs.length));
  return ctx.rng.sample(ctx.docs, n).map((d) => cite(ctx, d));
}

// ------------------------------------------------------------------ sentences

function num(rng: Rng, lo: number, hi: number): number {
  return Math.round(rng.logNormal(Math.sqrt(lo * hi), 0.9)) % (hi - lo + 1) + lo;
}

const pct = (rng: Rng) => `${rng.int(60, 100)}${rng.chance(0.5) ? `,${rng.int(1, 99)}` : ''}`;
const smallPct = (rng: Rng) => `${rng.int(1, 12)},${rng.int(1, 99)}`;

function actor(ctx: Ctx): string {
  const { rng } = ctx;
  if (ctx.scenario.startsWith('central') || ctx.scenario === 'weekly-results') return rng.chance(0.7) ? rng.pick(ACTORS_CENTRAL) : rng.pick(['Toàn ngành', 'Ngành Tổ chức xây dựng Đảng', 'Các cấp ủy, tổ chức đảng']);
  let a = rng.pick(ACTORS_GENERIC);
  if (ctx.district && rng.chance(0.5)) a = a.replace('Tỉnh ủy', `Huyện ủy ${ctx.district}`).replace('tỉnh', 'huyện');
  return a.replace('Tỉnh ủy', ctx.province.committee);
}

/** An actor in mid-sentence: common nouns lose their capital, names keep it. */
function actorMid(ctx: Ctx): string {
  const a = actor(ctx);
  return /^(Toàn|Các|Ngành|Cấp)\b/u.test(a) ? a.charAt(0).toLowerCase() + a.slice(1) : a;
}

const unitOf = (p: Province) => (p.committee === 'Thành ủy' ? 'thành phố' : 'tỉnh');

function verbObj(ctx: Ctx): string {
  const { rng } = ctx;
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`;
}

function sentence(ctx: Ctx): string {
  const { rng } = ctx;
  const y = ctx.date.y;
  switch (rng.int(0, 17)) {
    case 0:
      return `${actor(ctx)} đã ${verbObj(ctx)} ${rng.pick(ADVERBS)}, ${rng.pick(PURPOSES)}.`;
    case 1:
      return `Trong ${rng.pick(PERIODS)} ${y}, ${actorMid(ctx)} đã ${verbObj(ctx)}; ${verbObj(ctx)}; ${verbObj(ctx)} ${rng.pick(ADVERBS)}.`;
    case 2:
      return `${cap(rng.pick(OBJECTS))} ${rng.pick(RESULTS)}.`;
    case 3:
      return `Toàn ${ctx.district ? 'huyện' : ctx.scenario.startsWith('central') ? 'Đảng' : unitOf(ctx.province)} hiện có ${num(rng, 20, 9000).toLocaleString('de-DE')} ${rng.pick(COUNT_UNITS)}; ${rng.pick(['đã kết nạp', 'đã kiện toàn', 'đã rà soát', 'đã kiểm tra', 'đã bồi dưỡng'])} ${num(rng, 3, 900)} ${rng.pick(COUNT_UNITS)}, đạt ${pct(rng)}% kế hoạch.`;
    case 4:
      return `Tuy nhiên, ${rng.pick(LIMITS)}; ${rng.pick(LIMITS)}.`;
    case 5:
      return `Thời gian tới, ${actorMid(ctx)} cần tập trung ${verbObj(ctx)}, ${verbObj(ctx)}; ${rng.pick(VERBS)} ${rng.pick(ADVERBS)} ${rng.pick(OBJECTS)}.`;
    case 6:
      return `Hội nghị đã thảo luận, làm rõ các nội dung: ${rng.pick(SEED_CLAUSES)}; ${rng.pick(SEED_CLAUSES)}; ${rng.pick(SEED_CLAUSES)}.`;
    case 7:
      return `Các đại biểu cũng trao đổi về ${rng.pick(OBJECTS)}, ${rng.pick(SEED_CLAUSES)}, ${rng.pick(PURPOSES)}.`;
    case 8:
      return fillEconomy(ctx);
    case 9:
      return `${cap(rng.pick(ADVERBS))} ${verbObj(ctx)} là nhiệm vụ trọng tâm, ${rng.pick(PURPOSES)}.`;
    case 10:
      return `Qua đó, ${rng.pick(OBJECTS)} ${rng.pick(RESULTS)}, ${rng.pick(PURPOSES)}.`;
    case 11:
      return `Đặc biệt, ${rng.pick(ACTORS_GENERIC).replace('Tỉnh ủy', ctx.province.committee)} đã chủ động ${verbObj(ctx)} tại ${num(rng, 2, 60)} ${rng.pick(['xã', 'phường', 'thị trấn', 'cơ quan, đơn vị', 'doanh nghiệp'])}, trong đó có xã ${placeName(rng)} và ${placeName(rng)}.`;
    case 12:
      return `Đối với ${rng.pick(OBJECTS)}, ${rng.pick(['cần', 'phải', 'yêu cầu'])} ${verbObj(ctx)} gắn với ${rng.pick(OBJECTS)}; ${rng.pick(SEED_CLAUSES)}.`;
    case 13:
      return `Tại các xã vùng đồng bào ${rng.pick(ETHNIC_GROUPS)}, ${rng.pick(ETHNIC_GROUPS)}, cấp ủy đã ${verbObj(ctx)}, ${rng.pick(PURPOSES)}.`;
    case 14:
      return `Nhiều mô hình hay như “${cap(rng.pick(PLACE_SYLLABLES))} ${rng.pick(['xanh', 'sạch', 'sáng', 'văn minh', 'an toàn', 'tự quản', 'số'])}”, “Chi bộ ${rng.pick(['4 tốt', 'kiểu mẫu', 'số', 'tự quản'])}” ở xã ${placeName(rng)} được nhân rộng.`;
    case 15:
      return `So với cùng kỳ năm ${y - 1}, ${rng.pick(COUNT_UNITS)} ${rng.pick(['tăng', 'giảm'])} ${smallPct(rng)}%; ${rng.pick(OBJECTS)} ${rng.pick(RESULTS)}.`;
    case 16:
      return `${cap(rng.pick(SEED_CLAUSES))}, ${rng.pick(SEED_CLAUSES)}.`;
    default:
      return `${cap(rng.pick(VERBS))} ${rng.pick(OBJECTS)} ${rng.pick(ADVERBS)}, ${rng.pick(ADVERBS)}; ${rng.pick(PURPOSES)}.`;
  }
}

function placeName(rng: Rng): string {
  return `${rng.pick(PLACE_SYLLABLES)} ${rng.pick(PLACE_SYLLABLES)}`;
}

function fillEconomy(ctx: Ctx): string {
  const { rng } = ctx;
  return rng
    .pick(ECONOMY_TEMPLATES)
    .replace('{pct}', smallPct(rng))
    .replace(/\{pct2\}/g, () => pct(rng)) // a template may hold it twice
    .replace('{money}', String(rng.int(18, 160)))
    .replace('{big}', num(rng, 100, 90000).toLocaleString('de-DE'))
    .replace('{n}', String(num(rng, 2, 400)))
    .replace('{m}', String(rng.int(1, 40)))
    .replace('{crop}', rng.pick(CROPS))
    .replace('{ethnic}', rng.pick(ETHNIC_GROUPS));
}

function paragraph(ctx: Ctx, min = 1, max = 5): string {
  const n = ctx.rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(ctx));
  return out.join(' ');
}

// ------------------------------------------------------------------ scene-specific paragraphs

function titledRef(ctx: Ctx, p: Person, style: 'comma' | 'dash' | 'before'): string {
  const m = mention(ctx, p);
  const t = m.titles.join(', ');
  if (style === 'before') return `${t} ${m.name}`;
  if (style === 'dash') return `${m.name} - ${t}`;
  return `${m.name}, ${t}`;
}

function eventTime(ctx: Ctx): string {
  const { rng, event, date } = ctx;
  const part = rng.pick(['Sáng', 'Chiều', 'Sáng', 'Chiều', 'Tối']);
  const same = compareDays(event, date) === 0;
  const r = rng.next();
  if (same && r < 0.12) return `${part} nay (${event.d}/${event.m})`;
  if (ctx.outlet === 'thanhnien' || ctx.outlet === 'tayninh') return `${part} ${event.d}.${event.m}`;
  if (r < 0.35) return `${part} ${event.d}/${event.m}`;
  if (r < 0.55) return `${part} ${event.d}-${event.m}`;
  if (r < 0.7) return `${part} ngày ${event.d}-${event.m}-${event.y}`;
  if (r < 0.8) return `Ngày ${event.d}-${event.m}`;
  return `${part} ngày ${event.d}/${event.m}/${event.y}`;
}

interface Chair {
  person: Person;
  role: 'chủ trì' | 'đồng chủ trì' | 'chủ trì điểm cầu';
  bridge?: string;
}

function chairSentence(ctx: Ctx, chairs: Chair[], what: string): string {
  const { rng } = ctx;
  for (const c of chairs) if (!ctx.truth.chairs.includes(c.person.name)) ctx.truth.chairs.push(c.person.name);
  const form = (f: string, s: string) => {
    ctx.truth.chairForms.push(f);
    return s;
  };
  if (chairs.length === 1) {
    const p = (chairs[0] as Chair).person;
    const h = honorific(ctx, p);
    const r = rng.next();
    if (r < 0.3) return form('name-titles-comma', `${cap(h)} ${titledRef(ctx, p, 'comma')}, chủ trì ${what}.`);
    if (r < 0.5) return form('name-titles-dash', `${cap(h)} ${titledRef(ctx, p, 'dash')} chủ trì ${what}.`);
    if (r < 0.7) return form('titles-before-name', `${titledRef(ctx, p, 'before')} chủ trì ${what}.`);
    if (r < 0.85) return form('verb-before-name', `Chủ trì ${what} có ${h} ${titledRef(ctx, p, 'dash')}.`);
    return form('passive', `${cap(what)} do ${h} ${titledRef(ctx, p, 'comma')} chủ trì.`);
  }
  const r = rng.next();
  if (r < 0.35) {
    const parts = chairs.map((c, i) => `${i === 0 ? 'Đồng chí' : 'đồng chí'} ${titledRef(ctx, c.person, 'comma')}`);
    return form('list-semicolon', `${parts.join('; ')} chủ trì ${what}.`);
  }
  if (r < 0.7) {
    const parts = chairs.map((c, i) => titledRef(ctx, c.person, i % 2 ? 'comma' : 'dash'));
    return form('list-cac-dong-chi', `Các đồng chí: ${parts.join('; ')} đồng chủ trì ${what}.`);
  }
  const parts = chairs.map((c) => `đồng chí ${titledRef(ctx, c.person, 'dash').replace(' - ', rng.chance(0.5) ? ' – ' : ' - ')}`);
  return form('list-verb-before', `Chủ trì ${what} có ${parts.join('; ')}.`);
}

function attendance(ctx: Ctx, people: Person[]): string {
  if (!people.length) return '';
  const refs = people.map((p) => `${honorific(ctx, p)} ${titledRef(ctx, p, ctx.rng.chance(0.5) ? 'comma' : 'dash')}`);
  return ctx.rng.pick([`Dự hội nghị có ${refs.join('; ')}.`, `Tham dự có ${refs.join('; ')}.`, `Tham dự hội nghị có ${refs.join('; ')}.`]);
}

function caption(ctx: Ctx, who?: Person): string[] {
  const { rng } = ctx;
  ctx.truth.captions++;
  const credit = rng.chance(0.3) ? ` Ảnh: ${rng.pick(ctx.world.journalists)}` : '';
  const r = rng.next();
  if (who && r < 0.45) {
    const m = mention(ctx, who);
    const text = rng.chance(0.5) ? `Đồng chí ${m.name} phát biểu tại hội nghị.${credit}` : `Đồng chí ${m.name}, ${m.titles.join(', ')} phát biểu chỉ đạo hội nghị.${credit}`;
    if (ctx.outlet === 'thcl' && rng.chance(0.6)) return ['Ảnh internet.', `${text.replace(credit, '')} Ảnh internet.`];
    return [text];
  }
  if (ctx.outlet === 'daklak' && rng.chance(0.3)) return ['th', rng.pick(['Các đại biểu tham dự kỳ họp', 'Quang cảnh hội nghị', 'Các đại biểu tham dự hội nghị'])];
  if (ctx.outlet === 'thanhnien') return [`${rng.pick(['Quang cảnh hội nghị', 'Các đại biểu dự hội nghị', 'Lãnh đạo tỉnh tặng hoa chúc mừng'])} ẢNH: ${rng.pick(['TTXVN', rng.pick(ctx.world.journalists).toUpperCase()])}`];
  return [
    rng.pick([
      'Quang cảnh hội nghị.',
      'Toàn cảnh Hội nghị.',
      'Các đại biểu tham dự hội nghị.',
      `Các đại biểu tham dự hội nghị.${credit}`,
      `Tại điểm cầu ${ctx.province.name}.`,
      'Các đồng chí chủ trì tại điểm cầu Hà Nội.',
      `Quang cảnh Hội nghị Ban Chấp hành Đảng bộ ${ctx.district ? 'huyện' : unitOf(ctx.province)}`,
      'Các đại biểu biểu quyết thông qua nghị quyết hội nghị.',
    ]),
  ];
}

function speech(ctx: Ctx, p: Person, closing: boolean): string {
  const { rng } = ctx;
  const h = honorific(ctx, p);
  const intro = closing
    ? rng.pick([`Phát biểu kết luận hội nghị, ${h} ${titledRef(ctx, p, 'comma')}`, `Kết luận hội nghị, ${h} ${titledRef(ctx, p, 'comma')}`, `Phát biểu chỉ đạo tại hội nghị, ${h} ${mention(ctx, p).name}`])
    : rng.pick([`Phát biểu tại hội nghị, ${h} ${mention(ctx, p).name}`, `Phát biểu chỉ đạo, ${h} ${titledRef(ctx, p, 'comma')}`, `Ghi nhận kết quả đạt được, ${h} ${mention(ctx, p).name}`]);
  const docs = citeSome(ctx, 2);
  const docPart = docs.length ? ` thực hiện nghiêm ${joinList(docs)}` : '';
  return `${intro} ${rng.pick(['đề nghị', 'yêu cầu', 'nhấn mạnh'])} ${actorMid(ctx)} ${rng.pick(['cần', 'tiếp tục', 'phải'])} ${verbObj(ctx)}${docPart}; ${verbObj(ctx)} ${rng.pick(ADVERBS)}; ${verbObj(ctx)}, ${rng.pick(PURPOSES)}. ${paragraph(ctx, 0, 2)}`.trim();
}

function tasks(ctx: Ctx): string[] {
  const ords = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là'];
  const n = ctx.rng.int(3, 6);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const docs = ctx.rng.chance(0.3) ? citeSome(ctx, 1) : [];
    out.push(`${ords[i]}, ${verbObj(ctx)} ${ctx.rng.pick(ADVERBS)}${docs.length ? ` theo tinh thần ${docs[0]}` : ''}; ${verbObj(ctx)}, ${ctx.rng.pick(PURPOSES)}.`);
  }
  return out;
}

function quote(ctx: Ctx, p: Person | null): string {
  const { rng } = ctx;
  const body = `${cap(verbObj(ctx))} phải ${rng.pick(ADVERBS)}, ${rng.pick(ADVERBS)}; ${rng.pick(PURPOSES)}. ${cap(rng.pick(SEED_CLAUSES))}`;
  if (p && rng.chance(0.7)) return `“${body}”, ${honorific(ctx, p)} ${mention(ctx, p).name} nhấn mạnh.`;
  const doc = ctx.docs.find((d) => d.issuer === 'TW');
  if (doc) {
    const c = `${doc.kind} ${doc.code}, ngày ${dateDash(doc.issued)} ${doc.subject}`;
    cite(ctx, doc);
    ctx.truth.citationForms.includes('quoted') || ctx.truth.citationForms.push('quoted');
    return `“${body}”. Trích “${c}”.`;
  }
  return `“${body}”.`;
}

function discipline(ctx: Ctx): string {
  const { rng } = ctx;
  const k = rng.int(2, 60);
  return `Trong ${rng.pick(PERIODS)}, Ủy ban Kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với ${rng.int(1, 12)} tổ chức đảng và ${rng.int(3, 90)} đảng viên; giám sát chuyên đề đối với ${rng.int(5, 200)} tổ chức đảng và ${rng.int(10, 400)} đảng viên. Qua kiểm tra, cấp ủy các cấp đã thi hành kỷ luật ${k} đảng viên bằng các hình thức: ${joinList(rng.sample(DISCIPLINE, rng.int(2, 4)), ', ')}. ${rng.chance(0.5) ? `Đã tiếp nhận ${rng.int(5, 120)} đơn thư tố cáo, phản ánh; chuyển các đơn vị chức năng xử lý theo thẩm quyền ${rng.int(1, 20)} đơn.` : ''}`.trim();
}

function trap(ctx: Ctx): string {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.4) {
    ctx.truth.traps.push('report-number');
    return `Theo Báo cáo số ${rng.int(10, 400)}-BC/${rng.pick(['TU', 'HU', 'BTCTU'])} của ${actor(ctx)}, ${rng.pick(OBJECTS)} ${rng.pick(RESULTS)}.`;
  }
  if (r < 0.7) {
    ctx.truth.traps.push('unnumbered-draft');
    return `Hội nghị cũng cho ý kiến vào dự thảo Kế hoạch ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} và dự thảo Nghị quyết của Ban Chấp hành Đảng bộ về ${rng.pick(OBJECTS)}.`;
  }
  ctx.truth.traps.push('moderator-signer');
  const p = someCentral(ctx);
  return `Quyết định do ${honorific(ctx, p)} ${mention(ctx, p).name} ký ban hành; ${rng.pick(['đồng chí', 'ông'])} ${mention(ctx, someCentral(ctx, [p])).name} điều hành phần thảo luận.`;
}

// ------------------------------------------------------------------ headlines

function docShort(ctx: Ctx): string | null {
  const d = ctx.docs.find((x) => x.issuer === 'TW');
  return d ? `${d.kind} ${d.code}` : null;
}

function headline(ctx: Ctx, extra: { appointee?: Person; post?: string }): string {
  const { rng, date, province } = ctx;
  const y = date.y;
  const P = province.name;
  const D = ctx.district;
  const ds = docShort(ctx);
  const obj = rng.pick(OBJECTS);
  const options: string[] = [];
  switch (ctx.scenario) {
    case 'weekly-results': {
      const start = addDays(date, -7);
      const end = addDays(date, -1);
      return `Kết quả công tác nổi bật trong tuần từ ngày ${start.d} đến ngày ${end.d}-${end.m}-${end.y} của Ban Tổ chức Trung ương`;
    }
    case 'central-briefing':
      options.push(
        `Ban Tổ chức Trung ương giao ban công tác tháng ${date.m} năm ${y}`,
        `Hội nghị trưởng ban tổ chức cấp ủy trực thuộc Trung ương`,
        `Tổng kết ngành Tổ chức xây dựng Đảng năm ${y - 1}, triển khai nhiệm vụ năm ${y}`,
        `Thực hiện nghiêm túc ${obj}`,
        `Đẩy mạnh ${obj}, ${rng.pick(OBJECTS)}`,
        `Sơ kết công tác tổ chức xây dựng Đảng ${rng.pick(PERIODS)} năm ${y}`,
      );
      if (ds) options.push(`Triển khai thực hiện ${ds}`, `Quán triệt, triển khai ${ds} trong toàn ngành`);
      break;
    case 'central-conference':
      options.push(
        `Hội nghị trực tuyến toàn quốc về ${obj}`,
        `${P} có nhiều cách làm sáng tạo trong ${obj}`,
        `Đánh giá công tác xây dựng Đảng, hệ thống chính trị ${rng.pick(PERIODS)} năm ${y}`,
        `Nâng cao chất lượng ${obj}`,
      );
      break;
    case 'province-meeting':
      options.push(
        `${P}: Hội nghị quán triệt một số nghị quyết, quy định, kết luận của Bộ Chính trị, Ban Bí thư`,
        `${province.committee} ${P} tổ chức hội nghị cán bộ chủ chốt`,
        `${province.committee} ${P} sơ kết ${obj}`,
        `${P} nâng cao chất lượng ${obj}`,
        `Ban Tổ chức ${province.committee} ${P} triển khai nhiệm vụ năm ${y}`,
        `Hội nghị Ban Chấp hành Đảng bộ ${unitOf(province)} ${P} lần thứ ${rng.int(2, 30)}`,
      );
      if (ds) options.push(`${P} quán triệt, triển khai ${ds}`);
      break;
    case 'ubkt':
      options.push(
        `Ủy ban Kiểm tra ${province.committee} ${P} giao ban công tác kiểm tra, giám sát quý ${ROMAN[rng.int(1, 4)]}`,
        `Tăng cường giám sát, kịp thời phát hiện và kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm`,
        `Ủy ban Kiểm tra ${province.committee} ${P} tổ chức Kỳ họp thứ ${rng.int(2, 60)}`,
        `${P}: Thi hành kỷ luật ${rng.int(2, 40)} đảng viên vi phạm`,
      );
      break;
    case 'personnel':
      if (extra.appointee && extra.post) {
        options.push(
          `${extra.appointee.female ? 'Bà' : 'Ông'} ${extra.appointee.name} giữ chức ${extra.post}`,
          `${P} có ${extra.post.split(' ').slice(0, 2).join(' ').toLowerCase()} mới`,
          `Công bố quyết định của Bộ Chính trị về công tác cán bộ tại ${P}`,
        );
      } else options.push(`Công bố quyết định về công tác cán bộ tại ${P}`);
      break;
    case 'district':
      options.push(
        `${D}: Triển khai các văn bản về Đại hội Đảng bộ các cấp`,
        `Huyện ủy ${D} sơ kết công tác tổ chức xây dựng Đảng ${rng.pick(PERIODS)}`,
        `Ban Tổ chức Huyện ủy ${D} sơ kết công tác tổ chức, xây dựng Đảng ${date.m > 6 ? '9 tháng' : '6 tháng'} năm ${y}`,
        `Huyện ủy ${D} nâng cao chất lượng ${obj}`,
      );
      if (ds) options.push(`Huyện ủy ${D} quán triệt, triển khai ${ds}`);
      break;
    case 'congress': {
      const [a, b] = localTermYears(date);
      options.push(
        `Đại hội đại biểu Đảng bộ ${unitOf(province)} ${P} lần thứ ${ROMAN[rng.int(14, 21)]} tiếp tục chương trình làm việc`,
        `Khai mạc Đại hội đại biểu Đảng bộ ${D ? `huyện ${D}` : `${unitOf(province)} ${P}`} nhiệm kỳ ${a} - ${b}`,
        `Thông cáo báo chí phiên trù bị Đại hội đại biểu Đảng bộ ${unitOf(province)} ${P}`,
      );
      break;
    }
  }
  return rng.pick(options);
}

// ------------------------------------------------------------------ article body

interface Body {
  lead?: string;
  paragraphs: { text: string; caption?: string[] }[];
}

function compose(ctx: Ctx): { title: string; body: Body } {
  const { rng } = ctx;
  const m = ctx.month;
  const pk = provinceKey(ctx);
  const central = ctx.scenario.startsWith('central') || ctx.scenario === 'weekly-results';
  let chairs: Chair[] = [];
  let attendees: Person[] = [];
  let speaker: Person | null = null;
  let appointee: Person | undefined;
  let newPost: string | undefined;
  let captionOnlyChair: Person | null = null;

  switch (ctx.scenario) {
    case 'central-briefing': {
      const a = holder(ctx, 'tbtc');
      const b = holder(ctx, 'ptbtt');
      chairs = rng.chance(0.5) && a ? [{ person: a, role: 'chủ trì' }] : [a, b].filter(Boolean).map((p) => ({ person: p as Person, role: 'chủ trì' as const }));
      speaker = chairs[0]?.person ?? null;
      break;
    }
    case 'central-conference': {
      const ids = rng.sample(['tbtc', 'ptbtt', 'btnv', 'tbctdb', 'ptb1'], rng.int(2, 4));
      chairs = ids.map((id) => holder(ctx, id)).filter((p): p is Person => !!p).map((p) => ({ person: p, role: 'đồng chủ trì' }));
      const bridge = holder(ctx, `tbtc:${pk}`);
      if (bridge) chairs.push({ person: bridge, role: 'chủ trì điểm cầu', bridge: ctx.province.name });
      speaker = chairs[0]?.person ?? null;
      break;
    }
    case 'weekly-results':
      captionOnlyChair = holder(ctx, 'ptbtt');
      break;
    case 'province-meeting': {
      const c = holder(ctx, rng.chance(0.6) ? `bt:${pk}` : rng.pick([`pbttt:${pk}`, `tbtc:${pk}`]));
      if (c) chairs = [{ person: c, role: 'chủ trì' }];
      if (rng.chance(0.4)) attendees = [someCentral(ctx)];
      speaker = c;
      break;
    }
    case 'ubkt': {
      const c = holder(ctx, `cnubkt:${pk}`);
      if (c) chairs = [{ person: c, role: 'chủ trì' }];
      speaker = c;
      break;
    }
    case 'personnel': {
      // Someone whose post changed within two months of the article.
      const pool = ctx.world.officials;
      const candidates: { person: Person; post: string }[] = [];
      for (const kind of ['bt', 'pbttt', 'ctub', 'tbtc', 'cnubkt']) {
        for (const h of pool.holders.get(`${kind}:${pk}`) ?? []) {
          if (h.tenure.from <= m && m - h.tenure.from <= 2) {
            const t = h.tenure.post.titles.at(-1) as string;
            candidates.push({ person: h.person, post: t.replace('{P}', ctx.province.name).replace(/^Ủy viên Ban Thường vụ .*$/, t) });
          }
        }
      }
      const c = holder(ctx, `bt:${pk}`);
      if (c) chairs = [{ person: c, role: 'chủ trì' }];
      if (candidates.length) {
        const pick = rng.pick(candidates);
        appointee = pick.person;
        newPost = pick.post.replace('{P}', ctx.province.name);
      }
      attendees = [someCentral(ctx)];
      speaker = attendees[0] ?? null;
      break;
    }
    case 'district': {
      const dk = districtKey(ctx);
      const c = holder(ctx, rng.chance(0.6) ? `bthu:${dk}` : `tbtchu:${dk}`);
      if (c) chairs = [{ person: c, role: 'chủ trì' }];
      if (rng.chance(0.3)) {
        const a = holder(ctx, `tbtc:${pk}`);
        if (a) attendees = [a];
      }
      speaker = c;
      break;
    }
    case 'congress': {
      const c = holder(ctx, `bt:${pk}`);
      if (c && rng.chance(0.5)) chairs = [{ person: c, role: 'chủ trì' }];
      attendees = [someCentral(ctx)];
      speaker = c;
      break;
    }
  }

  const title = headline(ctx, { appointee, post: newPost });
  const paragraphs: Body['paragraphs'] = [];
  const organizer = central ? 'Ban Tổ chức Trung ương' : ctx.scenario === 'ubkt' ? `Ủy ban Kiểm tra ${ctx.province.committee}` : ctx.scenario === 'district' ? `Huyện ủy ${ctx.district}` : `${ctx.province.committee} ${ctx.province.name}`;
  const eventName = ctx.scenario === 'ubkt' ? 'hội nghị giao ban công tác kiểm tra, giám sát' : ctx.scenario === 'personnel' ? 'hội nghị công bố quyết định về công tác cán bộ' : rng.pick(EVENTS);
  const venue = rng.chance(0.5) ? ` ${central ? 'tại Hà Nội' : rng.pick(VENUES)},` : '';
  const docs = ctx.rng.chance(0.5) ? citeSome(ctx, 2) : [];
  const online = ctx.scenario === 'central-conference' ? ` theo hình thức trực tuyến tới ${rng.int(30, 700)} điểm cầu` : '';
  let opening = `${eventTime(ctx)},${venue} ${organizer} tổ chức ${eventName}${online}${docs.length ? ` nhằm triển khai ${joinList(docs)}` : ''}${rng.chance(0.5) ? `, ${rng.pick(PURPOSES)}` : ''}.`;
  const bridgeChair = chairs.find((c) => c.role === 'chủ trì điểm cầu');
  const mainChairs = chairs.filter((c) => c.role !== 'chủ trì điểm cầu');
  if (mainChairs.length) opening += ` ${chairSentence(ctx, mainChairs, rng.pick(['hội nghị', 'Hội nghị', 'cuộc họp']))}`;
  if (attendees.length && ctx.scenario !== 'personnel') opening += ` ${attendance(ctx, attendees)}`;
  if (bridgeChair) {
    const p = bridgeChair.person;
    ctx.truth.chairs.includes(p.name) || ctx.truth.chairs.push(p.name);
    ctx.truth.chairForms.push('bridge');
    opening += ` Tại ${ctx.province.name}, đồng chí ${titledRef(ctx, p, 'dash')} chủ trì điểm cầu.`;
  }
  const lead = ['ntv', 'thcl', 'daklak', 'hagiang'].includes(ctx.outlet) || rng.chance(0.2) ? paragraph(ctx, 1, 2) : undefined;
  const first: Body['paragraphs'][number] = { text: opening };
  if (captionOnlyChair) {
    ctx.truth.chairs.push(captionOnlyChair.name);
    ctx.truth.chairForms.push('caption-only');
    ctx.truth.captions++;
    const t = titlesOf(ctx, captionOnlyChair).join(', ');
    mention(ctx, captionOnlyChair);
    first.caption = [`Đồng chí ${captionOnlyChair.name}, ${t} đồng chủ trì phát biểu tại cuộc họp giao ban Ban Tổ chức Trung ương chiều ${dateDash(ctx.date)}.`];
  } else if (bridgeChair && rng.chance(0.6)) {
    ctx.truth.captions++;
    first.caption = [`Đồng chí ${bridgeChair.person.name} - ${titlesOf(ctx, bridgeChair.person).join(', ')} chủ trì điểm cầu ${ctx.province.name}.`];
  }
  paragraphs.push(first);

  if (appointee && newPost) {
    const before = titlesOf(ctx, appointee, m - 3);
    const announcer = attendees[0] as Person;
    const decision = rng.chance(0.5) ? `Quyết định số ${rng.int(100, 2400)}-QĐNS/TW` : 'quyết định';
    const prev = before.length ? `, ${before.join(', ')}` : '';
    ctx.truth.traps.push('personnel-decision');
    mention(ctx, appointee, before);
    paragraphs.push({
      text: `Tại hội nghị, ${honorific(ctx, announcer)} ${titledRef(ctx, announcer, 'comma')} đã công bố ${decision} của ${rng.pick(['Bộ Chính trị', 'Ban Bí thư'])} điều động, chỉ định ${honorific(ctx, appointee)} ${appointee.name}${prev} tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ${newPost} nhiệm kỳ ${localTermYears(ctx.date).join(' - ')}.`,
      caption: rng.chance(0.5) ? [`${appointee.female ? 'Bà' : 'Ông'} ${appointee.name} (thứ ${rng.int(2, 4)} từ trái sang) nhận quyết định.`] : undefined,
    });
  }

  const target = Math.max(2, Math.min(40, Math.round(rng.logNormal(7, 0.55))));
  let tasksDone = false;
  for (let i = 0; i < target; i++) {
    const r = rng.next();
    let text: string;
    if (r < 0.14 && ctx.docs.length) {
      const c = citeSome(ctx, 3);
      text = `${actor(ctx)} đã ${rng.pick(['quán triệt, triển khai', 'tổ chức thực hiện', 'cụ thể hóa', 'sơ kết việc thực hiện', 'tổng kết'])} ${joinList(c)}; ${verbObj(ctx)} ${rng.pick(ADVERBS)}. ${paragraph(ctx, 0, 3)}`.trim();
    } else if (r < 0.22 && ctx.scenario === 'ubkt') text = discipline(ctx);
    else if (r < 0.3 && speaker) text = speech(ctx, speaker, i > target / 2);
    else if (r < 0.34 && !tasksDone) {
      tasksDone = true;
      paragraphs.push({ text: `${rng.pick(['Kết luận hội nghị', 'Về nhiệm vụ thời gian tới'])}, lãnh đạo ${organizer} chỉ đạo ${rng.pick(['các cơ quan, đơn vị', 'các cấp ủy', 'toàn ngành'])} triển khai thực hiện có hiệu quả các nhiệm vụ sau:` });
      for (const t of tasks(ctx)) paragraphs.push({ text: t });
      continue;
    } else if (r < 0.38) text = quote(ctx, speaker);
    else if (r < 0.41) text = trap(ctx);
    else if (r < 0.44 && attendees[0]) text = speech(ctx, attendees[0], false);
    else text = paragraph(ctx, 1, 6);
    const p: Body['paragraphs'][number] = { text };
    if (rng.chance(0.14)) p.caption = caption(ctx, rng.chance(0.5) ? (speaker ?? undefined) : undefined);
    paragraphs.push(p);
  }
  return { title, body: { lead, paragraphs } };
}

// ------------------------------------------------------------------ outlets: chrome, dates, bylines

function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function time(rng: Rng): [string, string, string] {
  return [pad2(rng.int(5, 22)), pad2(rng.int(0, 59)), pad2(rng.int(0, 59))];
}

function siteOf(p: Province): { domain: string; abbr: string; paper: string } {
  const words = p.name.replace('TP. ', '').split(/[\s-]+/).filter(Boolean);
  const abbr = `B${words.map((w) => w.normalize('NFD').charAt(0).toUpperCase()).join('')}`;
  return { domain: `bao${slugify(p.name).replace(/-/g, '')}.vn`, abbr, paper: `Báo ${p.name}` };
}

function journalistPair(ctx: Ctx): [string, string] {
  const [a, b] = ctx.rng.sample(ctx.world.journalists, 2);
  return [a as string, b as string];
}

function related(ctx: Ctx): string[] {
  const n = ctx.rng.chance(0.4) ? ctx.rng.int(2, 4) : 0;
  return Array.from({ length: n }, () => `${cap(ctx.rng.pick(VERBS))} ${ctx.rng.pick(OBJECTS)}`);
}

function render(ctx: Ctx, title: string, body: Body, index: number): string {
  const { rng, date, outlet, truth } = ctx;
  const [hh, mi, ss] = time(rng);
  const site = siteOf(ctx.province);
  const lines: string[] = [];
  const bp = (name: string) => truth.boilerplate.includes(name) || truth.boilerplate.push(name);
  const paras: string[] = [];
  const pushPara = (text: string, caps?: string[]) => {
    paras.push(text);
    if (rng.chance(0.03)) {
      paras.push(text);
      truth.repeatedParagraphs++;
    }
    if (caps) paras.push(...caps);
  };
  const [first, ...rest] = body.paragraphs;
  const id = 100000 + (hash32(`${ctx.world.seed}:${index}`) % 8900000);
  const slug = slugify(title).slice(0, 80);
  const yyyymm = `${date.y}${pad2(date.m)}`;
  const front = (url: string, withDate = false, withTitle = false) => {
    truth.front = true;
    lines.push('---', `url: ${url}`);
    if (withTitle) lines.push(`title: ${JSON.stringify(title)}`);
    if (withDate) lines.push(`date: ${iso(date)}`);
    lines.push('---');
  };
  const dateline = (prefix: string) => {
    if (first) first.text = `${prefix}${first.text}`;
  };
  const [j1, j2] = journalistPair(ctx);

  switch (outlet) {
    case 'xdd': {
      truth.dateForm = "HH:MM' d/m/yyyy";
      lines.push(rng.pick(['Thời sự - Chính trị', 'Tin tức - Sự kiện', 'Xây dựng Đảng', 'Tổ chức - Cán bộ', 'Hoạt động của ngành']), title, `${hh}:${mi}' ${date.d}/${date.m}/${date.y}`, '');
      if (body.lead) pushPara(body.lead);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p) => [p, '']), '');
      const r = rng.next();
      if (r < 0.5) {
        truth.bylineForm = 'glued-tin-anh';
        lines.push(`Tin: ${j1}Ảnh: ${j2}`);
      } else if (r < 0.65) {
        truth.bylineForm = 'tin-anh-one';
        lines.push(`Tin, ảnh: ${j1}`);
      } else {
        truth.bylineForm = 'plain-name';
        lines.push(j1);
      }
      bp('comment-form');
      bp('related');
      lines.push('', 'Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY', '', 'Họ và tên : *  ', 'Địa chỉ :  ', 'Email : *  ', 'Ý kiến của bạn : *', '', 'Mã bảo vệ :', '', ' ', '', 'Bài cùng chuyên mục', ...related(ctx));
      lines.push('GIỚI THIỆU TẠP CHÍ IN', `Số ${rng.int(1, 12)} - ${Math.min(date.y + rng.int(0, 2), NOW.y)}`, 'Tra cứu tạp chí in:', 'Tra cứu tạp chí in trước năm 2010:', 'VIDEO CLIPS');
      bp('magazine-promo');
      break;
    }
    case 'ct': {
      truth.dateForm = 'dd/mm/yyyy - HH:MM';
      truth.bylineForm = 'caps-name+ct-dateline';
      lines.push(`${pad2(date.d)}/${pad2(date.m)}/${date.y} - ${hh}:${mi}`, '', title, '');
      dateline('(CT)- ');
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p) => [p, '']));
      lines.push(j1.toUpperCase(), '', 'Chia sẻ bài viết');
      bp('share');
      break;
    }
    case 'thcl': {
      truth.dateForm = 'HH:MM:SS dd-mm-yyyy at end';
      truth.bylineForm = 'nguon';
      lines.push('Sự kiện - chuyên đề:', '', title, '');
      const lead = body.lead ?? first?.text ?? '';
      lines.push(lead, '');
      const all = [first, ...rest].filter((p): p is NonNullable<typeof p> => !!p);
      all.forEach((p, i) => {
        pushPara(p.text, p.caption);
        if (i === 1 || (i > 2 && rng.chance(0.12))) {
          paras.push(lead);
          truth.repeatedParagraphs++;
        }
      });
      lines.push(...paras.flatMap((p) => [p, '']));
      lines.push(`Nguồn: ${rng.pick(['Tạp chí Thương hiệu & Công luận', 'Báo Điện tử Đảng Cộng sản Việt Nam', 'Tạp chí Xây dựng Đảng', `${site.paper}`, 'Cổng Thông tin điện tử Chính phủ'])}`, '');
      lines.push(`${hh}:${mi}:${ss} ${pad2(date.d)}-${pad2(date.m)}-${date.y}`, '');
      const cut = lead.slice(0, 180);
      lines.push(`${cut.slice(0, cut.lastIndexOf(' '))} […]`, '', 'Đối tác của chúng tôi');
      bp('teaser');
      bp('partners');
      break;
    }
    case 'ntv': {
      truth.dateForm = 'HH:MM, dd/mm/yyyy';
      const tv = ctx.province.name === 'Nghệ An' ? 'NTV' : `${site.abbr.slice(1)}TV`;
      lines.push(`TV & Video Hoạt động ${tv}`, 'Mới nhất Tin nóng Media Magazine Infographic Tin ảnh', '', title, '', `${hh}:${mi}, ${pad2(date.d)}/${pad2(date.m)}/${date.y}`);
      bp('menu');
      if (body.lead) lines.push(`${body.lead} `, '');
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p) => [p, '']));
      truth.bylineForm = 'pair-dash';
      lines.push(`${j1} ${rng.chance(0.6) ? '–' : '-'} ${j2}`, '', 'Sự kiện liên quan', '', '    Xem thêm sự kiện', '', '    Xem thêm');
      bp('related');
      break;
    }
    case 'daklak': {
      truth.dateForm = 'Cập nhật lúc HH:MM, Thứ, dd/mm/yyyy (GMT+7)';
      truth.bylineForm = 'plain-name';
      front(`http://${site.domain}/channel/${rng.int(3000, 3999)}/${yyyymm}/${slug}-${id}/`);
      lines.push(title, `Cập nhật lúc ${hh}:${mi}, ${weekday(date)}, ${pad2(date.d)}/${pad2(date.m)}/${date.y} (GMT+7)`);
      if (body.lead) pushPara(body.lead);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p, i) => (i === 0 ? [p] : [' ', p])), ' ', j1);
      break;
    }
    case 'hagiang': {
      truth.dateForm = 'Thứ, dd/mm/yyyy, HH:MM (GMT+7)';
      truth.bylineForm = 'abbr-dateline+name';
      front(`https://${site.domain}/${rng.pick(['chinh-tri', 'xay-dung-dang', 'media-bhg', 'thoi-su'])}/${yyyymm}/${slug}-${id}/`);
      lines.push(title, '', `${weekday(date)}, ${pad2(date.d)}/${pad2(date.m)}/${date.y}, ${hh}:${mi} (GMT+7)`, '');
      if (body.lead) pushPara(`${site.abbr} - ${body.lead}`);
      else dateline(`${site.abbr} - `);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p) => [p, '']), ' ', '', rng.chance(0.7) ? j1 : `${j1.toUpperCase()}`);
      break;
    }
    case 'tayninh': {
      truth.dateForm = 'Cập nhật ngày: dd/mm/yyyy - HH:MM';
      truth.bylineForm = 'abbr-dateline+name';
      front(`https://${site.domain}/${slug}-a${id}.html`);
      if (rng.chance(0.12)) {
        truth.traps.push('save-date-banner');
        lines.push(`${weekday(NOW)}, ngày ${pad2(NOW.d)}/${pad2(NOW.m)}/${NOW.y}`);
      }
      lines.push(`Theo dõi ${site.paper} trên`, title, '', `Cập nhật ngày: ${pad2(date.d)}/${pad2(date.m)}/${date.y} - ${hh}:${mi}`, '');
      bp('follow-us');
      dateline(`${site.abbr}O - `);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras, j1);
      break;
    }
    case 'thanhnien': {
      truth.dateForm = 'front date';
      truth.bylineForm = 'none';
      front(`https://thanhnien.vn/${slug}-185${String(date.y).slice(2)}${pad2(date.m)}${pad2(date.d)}${id}.htm`, true, true);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      lines.push(...paras.flatMap((p) => [p, '']));
      if (rng.chance(0.5)) {
        lines.push(`${cap(rng.pick(VERBS))} ${rng.pick(OBJECTS)}`, '');
        bp('inline-related');
      }
      break;
    }
    case 'baomoi': {
      truth.dateForm = 'front date';
      front(`https://baomoi.com/${slug}/c/${id}.epi`, true);
      lines.push(title);
      if (first) pushPara(first.text, first.caption);
      for (const p of rest) pushPara(p.text, p.caption);
      const tail = rng.chance(0.5) ? ' (Theo TTXVN)' : '';
      if (tail) paras[paras.length - 1] += tail;
      truth.bylineForm = tail ? 'theo-ttxvn' : 'nguon-paper';
      lines.push(...paras);
      if (!tail) lines.push(`Nguồn: ${site.paper}`);
      break;
    }
  }
  return `${lines.join('\n').replace(/\n{4,}/g, '\n\n\n')}\n`;
}

// ------------------------------------------------------------------ one article

export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = new Rng(hash32(`${world.seed}:article:${index}`));
  const date = pickDate(rng);
  const scenario = rng.weighted(SCENARIOS, SCENARIO_WEIGHTS);
  const central = scenario.startsWith('central') || scenario === 'weekly-results';
  const outlet: Outlet = scenario === 'weekly-results' ? 'xdd' : central ? rng.weighted(CENTRAL_OUTLETS, CENTRAL_OUTLET_WEIGHTS) : rng.weighted(LOCAL_OUTLETS, LOCAL_OUTLET_WEIGHTS);
  const pools = world.officials;
  const districtEntry = scenario === 'district' || (scenario === 'congress' && rng.chance(0.4)) ? rng.pick(pools.districts) : undefined;
  const province = districtEntry?.province ?? rng.pick(pools.provinces);
  const event = outlet === 'thcl' || rng.chance(0.45) ? addDays(date, -rng.int(0, 2)) : date;
  const oldStyle = outlet === 'ntv' ? rng.chance(0.8) : rng.chance(0.08);
  const truth: Truth = {
    outlet,
    title: '',
    date: iso(date),
    dateForm: '',
    bylineForm: '',
    front: false,
    chairForms: [],
    chairs: [],
    officials: [],
    directives: [],
    citationForms: [],
    boilerplate: [],
    captions: 0,
    repeatedParagraphs: 0,
    oldStyleTones: oldStyle,
    traps: [],
  };
  const ctx: Ctx = {
    rng,
    world,
    date,
    event,
    month: dayMonth(date),
    outlet,
    scenario,
    province,
    district: districtEntry?.name,
    oldStyle,
    truth,
    docs: [],
    cited: new Map(),
    people: new Map(),
  };
  ctx.docs = eligibleDocs(ctx);
  const { title, body } = compose(ctx);
  truth.title = title;
  let text = render(ctx, title, body, index);
  if (oldStyle) {
    // The truth is spelled as the text is.
    text = toOldStyle(text);
    truth.title = toOldStyle(title);
    truth.chairs = truth.chairs.map(toOldStyle);
    truth.officials = truth.officials.map(toOldStyle);
  }
  const file = `${String(index).padStart(5, '0')}-${slugify(title).slice(0, 60).replace(/-+$/, '')}.txt`;
  return { file, text, truth };
}

export function* generateCorpus(n: number, seed = DEFAULT_SEED, world = createWorld(seed)): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i++) yield generateArticle(world, i);
}

export interface CorpusStats {
  files: number;
  bytes: number;
  /** Words (syllables, numbers) per article, on average. */
  wordsPerArticle: number;
  /** Distinct words per article, on average: what each page adds to the search index. */
  distinctWordsPerArticle: number;
  /** Distinct words over the whole corpus. */
  vocabulary: number;
}

export function writeCorpus(dir: string, n: number, seed = DEFAULT_SEED): CorpusStats {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let files = 0;
  let words = 0;
  let distinct = 0;
  const vocabulary = new Set<string>();
  for (const a of generateCorpus(n, seed)) {
    writeFileSync(join(dir, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
    files++;
    const ws = a.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const set = new Set(ws);
    words += ws.length;
    distinct += set.size;
    for (const w of set) vocabulary.add(w);
  }
  return { files, bytes, wordsPerArticle: Math.round(words / Math.max(files, 1)), distinctWordsPerArticle: Math.round(distinct / Math.max(files, 1)), vocabulary: vocabulary.size };
}

// ------------------------------------------------------------------ CLI

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '300' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  if (!values.out) {
    console.error('usage: node scripts/bench/generate.ts --articles N --out DIR [--seed S]');
    process.exit(2);
  }
  const t0 = performance.now();
  const r = writeCorpus(resolve(values.out), Number(values.articles), Number(values.seed));
  console.log(`generated ${r.files} sources, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.wordsPerArticle} words (${r.distinctWordsPerArticle} distinct) per article, ${r.vocabulary} distinct words, in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${values.out}`);
}
