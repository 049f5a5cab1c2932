/**
 * Recognising outlets: by the URL's host, by the dateline code that opens
 * their articles ("(CT)-", "BHG -", "(VTC News) -"), by a signature in the
 * page chrome, by the names a "Nguồn:" line uses, and by the way a page
 * names itself ("Báo Đồng Nai điện tử"). The outlets themselves are data
 * (content/publishers.yaml, loaded with the other registries): this module
 * only indexes a list it is given, so the stages that use it stay pure.
 */
import type { PublisherRegistry } from '../schema.ts';
import { foldDiacritics, matchKey } from '../text/vietnamese.ts';

export type Outlet = PublisherRegistry[number];

/** The outlet list, indexed for the lookups the stages make. */
export interface Publishers {
  readonly outlets: readonly Outlet[];
  /** Dateline codes printed without parentheses (three characters or more), longest first. */
  readonly bareDatelineCodes: readonly string[];
  readonly byHostName: ReadonlyMap<string, Outlet>;
  readonly byDatelineKey: ReadonlyMap<string, Outlet>;
  readonly byNameKey: ReadonlyMap<string, Outlet>;
  readonly signatures: readonly { key: string; outlet: Outlet }[];
}

export function publisherIndex(outlets: readonly Outlet[]): Publishers {
  const byHostName = new Map<string, Outlet>();
  const byDatelineKey = new Map<string, Outlet>();
  const byNameKey = new Map<string, Outlet>();
  // The first outlet in the list wins a shared name.
  for (const o of outlets) {
    for (const h of o.hosts ?? []) if (!byHostName.has(h)) byHostName.set(h, o);
    for (const d of o.datelines ?? []) if (!byDatelineKey.has(datelineKey(d))) byDatelineKey.set(datelineKey(d), o);
    for (const n of [o.name, ...(o.aliases ?? [])]) if (!byNameKey.has(nameKey(n))) byNameKey.set(nameKey(n), o);
  }
  return {
    outlets,
    bareDatelineCodes: outlets
      .flatMap((o) => o.datelines ?? [])
      .filter((c) => c.length >= 3)
      .sort((a, b) => b.length - a.length),
    byHostName,
    byDatelineKey,
    byNameKey,
    signatures: outlets.flatMap((o) => (o.signatures ?? []).map((s) => ({ key: matchKey(s), outlet: o }))),
  };
}

function hostOf(url: string): { host: string; folder?: string } | null {
  try {
    const u = new URL(url);
    const folder = /^\/([^/]+)\//.exec(u.pathname)?.[1]?.toLowerCase();
    return { host: u.hostname.toLowerCase().replace(/^www\./, ''), ...(folder ? { folder } : {}) };
  } catch {
    return null;
  }
}

export function outletByHost(publishers: Publishers, url: string | undefined): { outlet?: Outlet; host: string } | null {
  if (!url) return null;
  const parsed = hostOf(url);
  if (!parsed) return null;
  const { host, folder } = parsed;
  // A site living in a folder of a shared host: dangcongsan.org.vn/tinhuybinhdinh/… is the Bình Định committee's.
  const inFolder = folder && publishers.byHostName.get(`${host}/${folder}`);
  if (inFolder) return { outlet: inFolder, host };
  // amp.vtcnews.vn → vtcnews.vn: the host itself, then each parent domain.
  const site = host.replace(MIRROR, '');
  for (let h = site; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    // A sub-domain of a government or Party portal is another body's site (baolam.lamdong.dcs.vn is a district's), not a mirror.
    if (h !== site && ADMIN_PORTAL.test(h)) continue;
    const outlet = publishers.byHostName.get(h);
    if (outlet) return { outlet, host };
  }
  return { host };
}

/** Prefixes that serve the same site to phones or in AMP. */
const MIRROR = /^(?:m|amp|mobile)\./;
const ADMIN_PORTAL = /\.(?:gov|dcs)\.vn$/;

function datelineKey(code: string): string {
  return foldDiacritics(code).replace(/\s+/g, ' ').trim();
}

/** The outlet a dateline code ("CT", "BTNO", "VTC News") stands for. */
export function outletByDateline(publishers: Publishers, code: string): Outlet | undefined {
  return publishers.byDatelineKey.get(datelineKey(code));
}

/** The kinds of organ a self-naming line starts with. */
const ORGAN = '(?:báo|tạp chí|đài|cổng thông tin điện tử|trang thông tin điện tử)';

/**
 * Lines in which a page names its outlet in its own words. Group 1 is the
 * outlet's name as printed:
 * - "Theo dõi Báo Tây Ninh trên Google News" (a follow-us bar);
 * - "Báo Đồng Nai điện tử" (the masthead of the web edition: "Báo Đồng Nai");
 * - "Cổng thông tin điện tử Đảng bộ tỉnh Hà Giang", "Trang thông tin điện
 *   tử Huyện ủy Gò Dầu" (a party committee's site, on a line of its own);
 * - "© Bản quyền thuộc về Báo Cần Thơ", "Copyright © 2024 Báo Gia Lai - Cơ
 *   quan của Đảng bộ…" (the footer).
 */
const NAMING_LINES: readonly RegExp[] = [
  /^theo dõi (.+?) trên(?: ?google news)?$/iu,
  // Every word of the name capitalised: "Tạp chí Cộng sản ra mắt ấn phẩm điện tử" is a headline, not a masthead.
  /^((?:[Bb]áo|[Tt]ạp chí|[Đđ]ài)\s+\p{Lu}\p{L}*(?:(?:\s+|\s*-\s*)\p{Lu}\p{L}*){0,5})\s+điện tử$/u,
  /^((?:cổng|trang) thông tin điện tử\s+(?:của\s+)?(?:đảng bộ|đảng ủy|đảng uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|ban|ủy ban|uỷ ban)\s[\p{L}\s.-]{2,60})$/iu,
  new RegExp(`^(?:copyright\\s*)?(?:©|\\(c\\))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:bản quyền thuộc về\\s+)?(${ORGAN}\\s[^.,;|©–-]{2,60}?)(?:\\s*[-–.,;|]\\s*.*)?$`, 'iu'),
  new RegExp(`^bản quyền (?:thuộc về|của)\\s+(${ORGAN}\\s[^.,;|©–-]{2,60}?)(?:\\s*[-–.,;|]\\s*.*)?$`, 'iu'),
];

/** The outlet a line names or is the signature of: a known outlet, or the name as printed. */
export function outletBySignature(publishers: Publishers, line: string): Outlet | { name: string } | undefined {
  const key = matchKey(line);
  const own = publishers.signatures.find((s) => key.startsWith(s.key));
  if (own) return own.outlet;
  const t = line.trim();
  if (t.length > 120) return undefined;
  for (const re of NAMING_LINES) {
    const m = re.exec(t);
    if (m?.[1]) return outletByName(publishers, m[1]) ?? { name: m[1].replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

/** The outlet a "Nguồn:" line names, by name, alias or host. */
export function outletByName(publishers: Publishers, text: string): Outlet | undefined {
  const key = nameKey(text);
  const byHost = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(key) ? outletByHost(publishers, `https://${key}`)?.outlet : undefined;
  if (byHost) return byHost;
  return publishers.byNameKey.get(key);
}

/** "Báo Đồng Nai điện tử", "Báo điện tử Đồng Nai" and "Đồng Nai" are one key. */
function nameKey(name: string): string {
  return matchKey(name)
    .replace(/^(?:báo điện tử|báo)\s+/, '')
    .replace(/\s+điện tử$/, '');
}
