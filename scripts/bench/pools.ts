/**
 * The world the articles are written about: a pool of officials whose posts
 * change over 2003–2026 (promotions, transfers, retirements), and a pool of
 * directives across Party terms IX–XIV and state documents, with same-number
 * namesakes in different terms. Both are fixed by the seed, not by N.
 */
import { type Day, TERMS, addDays, compareDays, dayMonth, monthIndex, pad2 } from './calendar.ts';
import { Rng } from './prng.ts';
import {
  DISTRICTS,
  FAMILY_NAMES,
  FAMILY_WEIGHTS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  PROVINCES,
  type Province,
} from './vocab-places.ts';
import { OBJECTS } from './vocab-phrases.ts';

// ---------------------------------------------------------------- officials

export interface Post {
  id: string;
  /** Titles of the post, most senior first; "{P}" is the place. */
  titles: string[];
  level: 'central' | 'province' | 'district';
  province?: Province;
  district?: string;
  /** Posts whose holders may be promoted into this one. */
  feeders: string[];
}

export interface Tenure {
  post: Post;
  from: number; // month index, inclusive
  to: number; // month index, exclusive
}

export interface Person {
  id: number;
  name: string;
  female: boolean;
  tenures: Tenure[];
}

export interface OfficialPool {
  people: Person[];
  posts: Post[];
  postById: Map<string, Post>;
  /** Tenures of each post in time order. */
  holders: Map<string, { person: Person; tenure: Tenure }[]>;
  /** Provinces and districts the pool staffs. */
  provinces: Province[];
  districts: { name: string; province: Province }[];
}

const START = monthIndex(2003, 1);
const END = monthIndex(2027, 12);

function centralPosts(): Post[] {
  const c = (id: string, titles: string[], feeders: string[] = []): Post => ({ id, titles, level: 'central', feeders });
  return [
    c('tbtc', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương'], ['ptbtt', 'bt:*']),
    c('ptbtt', ['Ủy viên Trung ương Đảng', 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương'], ['ptb1', 'ptb2', 'ptb3', 'bt:*']),
    c('ptb1', ['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Tổ chức Trung ương'], ['vu1', 'vu2', 'bt:*', 'tbtc:*']),
    c('ptb2', ['Phó Trưởng Ban Tổ chức Trung ương'], ['vu1', 'vu2', 'vu3', 'tbtc:*']),
    c('ptb3', ['Phó Trưởng Ban Tổ chức Trung ương'], ['vu3', 'vu4', 'pbttt:*']),
    c('ptb4', ['Phó Trưởng Ban Tổ chức Trung ương'], ['vu4', 'vu5']),
    c('vu1', ['Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương'], []),
    c('vu2', ['Vụ trưởng Vụ Cơ sở đảng, Ban Tổ chức Trung ương'], []),
    c('vu3', ['Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương'], []),
    c('vu4', ['Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương'], []),
    c('vu5', ['Cục trưởng Cục Đào tạo, bồi dưỡng cán bộ, Ban Tổ chức Trung ương'], []),
    c('btnv', ['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Nội vụ'], ['ttnv1', 'bt:*', 'ptb1']),
    c('ttnv1', ['Thứ trưởng Bộ Nội vụ'], ['tbtc:*']),
    c('ttnv2', ['Thứ trưởng Bộ Nội vụ'], ['ptbtc:*']),
    c('cnubkt', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Chủ nhiệm Ủy ban Kiểm tra Trung ương'], ['pcnubkt1', 'bt:*']),
    c('pcnubkt1', ['Ủy viên Trung ương Đảng', 'Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương'], ['cnubkt:*']),
    c('pcnubkt2', ['Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương'], ['cnubkt:*']),
    c('tbctdb', ['Ủy viên Trung ương Đảng', 'Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội', 'Phó Trưởng Ban Tổ chức Trung ương'], ['bt:*']),
    c('bdukcq', ['Ủy viên Trung ương Đảng', 'Bí thư Đảng ủy Khối các cơ quan Trung ương'], ['bt:*']),
    c('tbdv', ['Ủy viên Trung ương Đảng', 'Trưởng Ban Dân vận Trung ương'], ['bt:*']),
  ];
}

function provincePosts(p: Province, key: string): Post[] {
  const u = p.committee === 'Thành ủy' ? 'thành phố' : 'tỉnh';
  const k = p.committee;
  const mk = (kind: string, titles: string[], feeders: string[]): Post => ({
    id: `${kind}:${key}`,
    titles,
    level: 'province',
    province: p,
    feeders: feeders.map((f) => (f.includes(':') ? f : `${f}:${key}`)),
  });
  return [
    mk('bt', ['Ủy viên Trung ương Đảng', `Bí thư ${k} {P}`], ['pbttt', 'ctub', 'ptb1', 'ptb2']),
    mk('pbttt', [`Phó Bí thư Thường trực ${k} {P}`, `Chủ tịch HĐND ${u}`], ['tbtc', 'cnubkt', 'bthu:*']),
    mk('ctub', [`Phó Bí thư ${k} {P}`, `Chủ tịch UBND ${u}`], ['tbtc', 'bthu:*']),
    mk('tbtc', [`Ủy viên Ban Thường vụ ${k}`, `Trưởng Ban Tổ chức ${k} {P}`], ['ptbtc', 'bthu:*']),
    mk('ptbtc', [`Phó Trưởng Ban Tổ chức ${k} {P}`], []),
    mk('cnubkt', [`Ủy viên Ban Thường vụ ${k}`, `Chủ nhiệm Ủy ban Kiểm tra ${k} {P}`], ['ptbtc', 'bthu:*']),
  ];
}

function districtPosts(name: string, p: Province, key: string): Post[] {
  const mk = (kind: string, titles: string[], feeders: string[]): Post => ({
    id: `${kind}:${key}`,
    titles,
    level: 'district',
    province: p,
    district: name,
    feeders: feeders.map((f) => `${f}:${key}`),
  });
  return [
    mk('bthu', [`Ủy viên Ban Thường vụ ${p.committee}`, 'Bí thư Huyện ủy {D}'], ['tbtchu', 'cnubkthu']),
    mk('tbtchu', ['Ủy viên Ban Thường vụ Huyện ủy', 'Trưởng Ban Tổ chức Huyện ủy {D}'], []),
    mk('cnubkthu', ['Chủ nhiệm Ủy ban Kiểm tra Huyện ủy {D}'], []),
  ];
}

export function buildOfficials(seed: number, provinceCount = 20, districtCount = 20): OfficialPool {
  const rng = new Rng(seed).fork('officials');
  const provinces = rng.sample(PROVINCES, provinceCount);
  const districtNames = rng.sample(DISTRICTS, districtCount);
  const districts = districtNames.map((name, i) => ({ name, province: provinces[i % provinces.length] as Province }));
  const posts: Post[] = [...centralPosts()];
  provinces.forEach((p, i) => posts.push(...provincePosts(p, `p${i}`)));
  districts.forEach((d, i) => posts.push(...districtPosts(d.name, d.province, `d${i}`)));
  const postById = new Map(posts.map((p) => [p.id, p]));

  const usedNames = new Set<string>();
  const people: Person[] = [];
  const newPerson = (): Person => {
    for (;;) {
      const female = rng.chance(0.2);
      const family = rng.weighted(FAMILY_NAMES, FAMILY_WEIGHTS);
      const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
      const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
      const name = `${family} ${middle} ${given}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      const person: Person = { id: people.length, name, female, tenures: [] };
      people.push(person);
      return person;
    }
  };

  // Month by month: fill vacancies, most senior posts first, by promotion when a feeder fits.
  const current = new Map<string, { person: Person; tenure: Tenure } | null>();
  const nextFill = new Map<string, number>();
  const holders = new Map<string, { person: Person; tenure: Tenure }[]>();
  const feederPosts = (post: Post): Post[] => {
    const out: Post[] = [];
    for (const f of post.feeders) {
      if (f.endsWith(':*')) {
        const prefix = f.slice(0, -1);
        for (const p of posts) if (p.id.startsWith(prefix)) out.push(p);
      } else {
        const p = postById.get(f);
        if (p) out.push(p);
      }
    }
    return out;
  };
  const start = (post: Post, person: Person, from: number) => {
    const tenure: Tenure = { post, from, to: from + rng.int(40, 100) };
    person.tenures.push(tenure);
    const entry = { person, tenure };
    current.set(post.id, entry);
    const list = holders.get(post.id) ?? [];
    list.push(entry);
    holders.set(post.id, list);
  };
  for (const post of posts) start(post, newPerson(), START - rng.int(0, 60));
  for (let m = START; m <= END; m++) {
    for (const post of posts) {
      const cur = current.get(post.id);
      if (cur && cur.tenure.to <= m) current.set(post.id, null);
      if (current.get(post.id) || (nextFill.get(post.id) ?? 0) > m) continue;
      let person: Person | null = null;
      if (rng.chance(0.75)) {
        const candidates = feederPosts(post)
          .map((p) => current.get(p.id))
          .filter((c): c is { person: Person; tenure: Tenure } => !!c && m - c.tenure.from >= 24);
        if (candidates.length) {
          const chosen = rng.pick(candidates);
          chosen.tenure.to = m;
          current.set(chosen.tenure.post.id, null);
          nextFill.set(chosen.tenure.post.id, m + rng.int(0, 4));
          person = chosen.person;
        }
      }
      start(post, person ?? newPerson(), m);
    }
  }
  return { people, posts, postById, holders, provinces, districts };
}

/** Who holds a post in a given month. */
export function holderAt(pool: OfficialPool, postId: string, month: number): Person | null {
  for (const h of pool.holders.get(postId) ?? []) if (h.tenure.from <= month && month < h.tenure.to) return h.person;
  return null;
}

/** A person's titles in a month (senior post first), places filled in. */
export function titlesAt(person: Person, month: number): string[] {
  const out: string[] = [];
  const held = person.tenures.filter((t) => t.from <= month && month < t.to);
  for (const t of held) {
    for (const title of t.post.titles) {
      const filled = title.replace('{P}', t.post.province?.name ?? '').replace('{D}', t.post.district ?? '').trim();
      if (!out.includes(filled)) out.push(filled);
    }
  }
  return out;
}

// ---------------------------------------------------------------- directives

export type DocKind =
  | 'Nghị quyết'
  | 'Chỉ thị'
  | 'Kết luận'
  | 'Quy định'
  | 'Quyết định'
  | 'Hướng dẫn'
  | 'Thông báo'
  | 'Quy chế'
  | 'Nghị định'
  | 'Kế hoạch';

export interface Doc {
  id: string;
  kind: DocKind;
  number: number;
  /** The number as written, e.g. "04", "35", "128". */
  numberText: string;
  code: string;
  /** TW, CP, TTg, BTCTW, TU */
  issuer: string;
  body: string;
  /** Party term, or the year for state documents. */
  term: string;
  issued: Day;
  subject: string;
  /** "Nghị quyết Trung ương 4 khóa XII": the plenum that adopted it. */
  plenum?: number;
  /** Province of a local document. */
  province?: Province;
  /** How often articles cite it, relative to others. */
  weight: number;
  hot: boolean;
}

export interface DirectivePool {
  docs: Doc[];
  party: Doc[];
  state: Doc[];
  local: Doc[];
}

const SUFFIX: Record<string, string> = {
  'Nghị quyết': 'NQ/TW',
  'Chỉ thị': 'CT/TW',
  'Kết luận': 'KL/TW',
  'Quy định': 'QĐ/TW',
  'Quyết định': 'QĐ/TW',
  'Hướng dẫn': 'HD/BTCTW',
  'Thông báo': 'TB/TW',
  'Quy chế': 'QC/TW',
};

const BODIES: Record<string, string[]> = {
  'Nghị quyết': ['Ban Chấp hành Trung ương', 'Bộ Chính trị'],
  'Chỉ thị': ['Bộ Chính trị', 'Ban Bí thư'],
  'Kết luận': ['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương'],
  'Quy định': ['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương'],
  'Quyết định': ['Bộ Chính trị', 'Ban Bí thư'],
  'Hướng dẫn': ['Ban Tổ chức Trung ương'],
  'Thông báo': ['Bộ Chính trị', 'Ban Bí thư'],
  'Quy chế': ['Bộ Chính trị'],
};

/** Per term: how many documents of a kind, and how high their numbers run. */
const PER_TERM: [DocKind, number, number][] = [
  ['Nghị quyết', 11, 60],
  ['Chỉ thị', 10, 50],
  ['Kết luận', 18, 230],
  ['Quy định', 12, 300],
  ['Quyết định', 5, 300],
  ['Hướng dẫn', 6, 40],
  ['Thông báo', 3, 120],
  ['Quy chế', 2, 20],
];

const numText = (n: number) => (n < 10 ? pad2(n) : String(n));

function randomDay(rng: Rng, from: Day, to: Day): Day {
  const span = Math.max(1, Math.round((Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(from.y, from.m - 1, from.d)) / 86400000));
  return addDays(from, rng.int(0, span - 1));
}

const SUBJECT_TEMPLATES = [
  'về {o}',
  'về tăng cường sự lãnh đạo của Đảng đối với {o}',
  'về đổi mới, nâng cao chất lượng {o}',
  'về tiếp tục đẩy mạnh {o}',
  'về nâng cao hiệu quả {o}',
  'về một số vấn đề về {o}',
  'về thực hiện {o} trong giai đoạn mới',
];

export function buildDirectives(seed: number, officials: OfficialPool, now: Day): DirectivePool {
  const rng = new Rng(seed).fork('directives');
  const docs: Doc[] = [];
  const subject = () => rng.pick(SUBJECT_TEMPLATES).replace('{o}', rng.pick(OBJECTS));
  const add = (d: Omit<Doc, 'id' | 'code' | 'numberText' | 'hot' | 'weight'> & { hot?: boolean; weight?: number }) => {
    const numberText = numText(d.number);
    let code: string;
    if (d.issuer === 'CP') code = d.kind === 'Nghị định' ? `${d.number}/${d.issued.y}/NĐ-CP` : `${d.number}/NQ-CP`;
    else if (d.issuer === 'TTg') code = `${d.number}/QĐ-TTg`;
    else if (d.issuer === 'TU') code = `${numberText}-${d.kind === 'Kế hoạch' ? 'KH' : d.kind === 'Chỉ thị' ? 'CT' : 'NQ'}/TU`;
    else code = `${numberText}-${SUFFIX[d.kind]}`;
    const id = `${code}@${d.term}${d.province ? `@${d.province.short}` : ''}`;
    const doc: Doc = { ...d, numberText, code, id, hot: d.hot ?? false, weight: d.weight ?? rng.logNormal(1, 0.8) };
    docs.push(doc);
    return doc;
  };

  for (const t of TERMS) {
    const termEnd = compareDays(t.end, now) < 0 ? t.end : now;
    if (compareDays(t.start, now) > 0) continue;
    const next = t.congress + 1;
    const roman = t.term;
    // The documents everyone cites in the run-up to a congress; same numbers recur across terms.
    const famous: { kind: DocKind; number: number; monthsBeforeEnd: number; body: string; subject: string; plenum?: number }[] = [
      { kind: 'Chỉ thị', number: t.congress >= 12 ? 35 : 36 + (t.congress % 2), monthsBeforeEnd: 19, body: 'Bộ Chính trị', subject: `về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ ${ROMANS(next)} của Đảng` },
      { kind: 'Chỉ thị', number: 45 + (t.congress % 3 === 1 ? 1 : 0), monthsBeforeEnd: 9, body: 'Bộ Chính trị', subject: `về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa ${ROMANS(next + 2)} và bầu cử đại biểu Hội đồng nhân dân các cấp` },
      { kind: 'Kết luận', number: t.congress === 12 ? 75 : 30 + ((t.congress * 37) % 150), monthsBeforeEnd: 8, body: 'Ban Chấp hành Trung ương', subject: `về phương hướng công tác nhân sự Ban Chấp hành Trung ương khóa ${ROMANS(next)}` },
      { kind: 'Nghị quyết', number: t.congress === 12 ? 4 : t.congress === 11 ? 12 : 2 + (t.congress % 5), monthsBeforeEnd: 50, body: 'Ban Chấp hành Trung ương', subject: 'về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống', plenum: 4 },
      { kind: 'Quy định', number: t.congress === 12 ? 205 : 105 + t.congress * 11, monthsBeforeEnd: 16, body: 'Bộ Chính trị', subject: 'về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền' },
      { kind: 'Quy định', number: t.congress === 12 ? 214 : 114 + t.congress * 13, monthsBeforeEnd: 12, body: 'Bộ Chính trị', subject: 'về khung tiêu chuẩn chức danh, tiêu chí đánh giá cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý' },
      { kind: 'Nghị quyết', number: t.congress === 12 ? 26 : 20 + t.congress, monthsBeforeEnd: 31, body: 'Ban Chấp hành Trung ương', subject: 'về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ', plenum: 7 },
    ];
    const taken = new Map<string, Set<number>>();
    const reserve = (kind: DocKind, n: number) => {
      const key = SUFFIX[kind] as string;
      const s = taken.get(key) ?? new Set();
      s.add(n);
      taken.set(key, s);
    };
    for (const f of famous) {
      const issued = addDays(t.end, -f.monthsBeforeEnd * 30 + rng.int(-20, 20));
      if (compareDays(issued, now) > 0 || compareDays(issued, t.start) < 0) continue;
      reserve(f.kind, f.number);
      add({ kind: f.kind, number: f.number, issuer: 'TW', body: f.body, term: roman, issued, subject: f.subject, plenum: f.plenum, hot: true, weight: (f === famous[0] ? 80 : 20) + rng.next() * 25 });
    }
    for (const [kind, count, max] of PER_TERM) {
      const n = t.term === 'IX' ? Math.ceil(count / 3) : count;
      const key = SUFFIX[kind] as string;
      const used = taken.get(key) ?? new Set<number>();
      const numbers: number[] = [];
      while (numbers.length < n) {
        const x = rng.int(1, max);
        if (!used.has(x)) {
          used.add(x);
          numbers.push(x);
        }
      }
      taken.set(key, used);
      numbers.sort((a, b) => a - b);
      const days = numbers.map(() => randomDay(rng, t.start, termEnd)).sort(compareDays);
      numbers.forEach((number, i) => {
        const plenum = kind === 'Nghị quyết' && rng.chance(0.4) ? rng.int(2, 14) : undefined;
        add({
          kind,
          number,
          issuer: kind === 'Hướng dẫn' ? 'BTCTW' : 'TW',
          body: plenum ? 'Ban Chấp hành Trung ương' : rng.pick(BODIES[kind] as string[]),
          term: roman,
          issued: days[i] as Day,
          subject: subject(),
          plenum,
        });
      });
    }
  }
  // State documents, numbered per year.
  for (let y = 2005; y <= now.y; y++) {
    for (const [kind, issuer, count, max] of [
      ['Nghị quyết', 'CP', 2, 200],
      ['Nghị định', 'CP', 2, 180],
      ['Quyết định', 'TTg', 2, 2200],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const issued = randomDay(rng, { y, m: 1, d: 1 }, y === now.y ? now : { y, m: 12, d: 31 });
        const number = Math.max(1, Math.round((max * (dayMonth(issued) - monthIndex(y, 1) + rng.next())) / 12));
        add({ kind, number, issuer, body: issuer === 'CP' ? 'Chính phủ' : 'Thủ tướng Chính phủ', term: String(y), issued, subject: subject(), weight: rng.logNormal(0.6, 0.7) });
      }
    }
  }
  // Local documents of the provinces the pool staffs: same codes recur across provinces.
  for (const p of officials.provinces) {
    for (let i = 0; i < 5; i++) {
      const kind = rng.pick(['Nghị quyết', 'Chỉ thị', 'Kế hoạch'] as const);
      const issued = randomDay(rng, { y: 2006, m: 1, d: 1 }, now);
      const t = TERMS.find((x) => compareDays(issued, x.start) >= 0 && compareDays(issued, x.end) <= 0) ?? TERMS[0]!;
      add({ kind, number: rng.int(1, 160), issuer: 'TU', body: `Ban Thường vụ ${p.committee} ${p.name}`, term: t.term, issued, subject: subject(), province: p, weight: 1 });
    }
  }
  docs.sort((a, b) => compareDays(a.issued, b.issued) || a.id.localeCompare(b.id));
  return {
    docs,
    party: docs.filter((d) => d.issuer === 'TW' || d.issuer === 'BTCTW'),
    state: docs.filter((d) => d.issuer === 'CP' || d.issuer === 'TTg'),
    local: docs.filter((d) => d.issuer === 'TU'),
  };
}

function ROMANS(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}
