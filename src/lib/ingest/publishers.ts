/**
 * Outlets the ingest recognises, as data: by the URL's host, by the dateline
 * code that opens their articles ("(CT)-", "BHG -", "(VTC News) -"), by a
 * signature in the page chrome, and by the names a "Nguồn:" line uses.
 * Add an outlet here, not an `if` in the code.
 */
import { foldDiacritics, matchKey } from '../text/vietnamese.ts';

export interface Outlet {
  /** The outlet's name as it calls itself. */
  name: string;
  /** Hosts, without "www."; subdomains match too (amp.vtcnews.vn). */
  hosts?: string[];
  /** Dateline codes, as printed before the dash, without parentheses. */
  datelines?: string[];
  /** Page chrome that only this outlet prints. */
  signatures?: RegExp[];
  /** Other names a "Nguồn:" or "(Theo …)" line uses. */
  aliases?: string[];
  /** An aggregator republishes others' articles: its name is the last resort. */
  aggregator?: boolean;
}

export const OUTLETS: Outlet[] = [
  // National Party and state media
  {
    name: 'Tạp chí Xây dựng Đảng',
    hosts: ['xaydungdang.org.vn'],
    signatures: [/^giới thiệu tạp chí in$/, /^tra cứu tạp chí in/],
    aliases: ['Xây dựng Đảng', 'xaydungdang.org.vn'],
  },
  {
    name: 'Báo điện tử Đảng Cộng sản Việt Nam',
    hosts: ['dangcongsan.vn', 'dangcongsan.org.vn'],
    datelines: ['ĐCSVN'],
    aliases: ['Báo Đảng Cộng sản Việt Nam', 'ĐCSVN', 'dangcongsan.vn'],
  },
  { name: 'Báo Nhân Dân', hosts: ['nhandan.vn', 'nhandan.com.vn'], datelines: ['NDO'], aliases: ['Nhân Dân', 'Báo Nhân dân', 'nhandan.vn'] },
  { name: 'Tạp chí Cộng sản', hosts: ['tapchicongsan.org.vn'], aliases: ['tapchicongsan.org.vn'] },
  {
    name: 'Thông tấn xã Việt Nam',
    hosts: ['vnanet.vn', 'vnagency.com.vn'],
    datelines: ['TTXVN'],
    aliases: ['TTXVN', 'TTXVN/Vietnam+', 'Vietnam News Agency'],
  },
  { name: 'Báo Tin tức', hosts: ['baotintuc.vn'], aliases: ['baotintuc.vn', 'Tin tức'] },
  { name: 'VietnamPlus', hosts: ['vietnamplus.vn'], datelines: ['Vietnam+'], aliases: ['Vietnam+', 'vietnamplus.vn'] },
  { name: 'Báo Chính phủ', hosts: ['baochinhphu.vn', 'chinhphu.vn'], datelines: ['Chinhphu.vn'], aliases: ['Chinhphu.vn', 'baochinhphu.vn', 'VGP'] },
  { name: 'Báo Quân đội nhân dân', hosts: ['qdnd.vn'], datelines: ['QĐND Online', 'QĐND'], aliases: ['QĐND', 'Quân đội nhân dân', 'qdnd.vn'] },
  { name: 'Báo Công an nhân dân', hosts: ['cand.com.vn'], aliases: ['CAND', 'cand.com.vn'] },
  { name: 'VOV', hosts: ['vov.vn'], datelines: ['VOV.VN', 'VOV'], aliases: ['VOV', 'VOV.VN', 'Đài Tiếng nói Việt Nam'] },
  { name: 'VTV', hosts: ['vtv.vn'], aliases: ['VTV', 'Đài Truyền hình Việt Nam', 'VTV.vn'] },
  { name: 'Báo Đại Đoàn Kết', hosts: ['daidoanket.vn'], aliases: ['Đại Đoàn Kết'] },
  // National newspapers
  { name: 'Báo Tuổi Trẻ', hosts: ['tuoitre.vn'], datelines: ['TTO'], aliases: ['Tuổi Trẻ', 'Tuổi Trẻ Online', 'TTO'] },
  { name: 'Báo Thanh Niên', hosts: ['thanhnien.vn'], aliases: ['Thanh Niên', 'TNO'] },
  { name: 'VnExpress', hosts: ['vnexpress.net'], aliases: ['VnExpress', 'vnexpress.net'] },
  { name: 'Báo Dân trí', hosts: ['dantri.com.vn'], datelines: ['Dân trí'], aliases: ['Dân trí', 'dantri.com.vn'] },
  { name: 'Báo Người Lao Động', hosts: ['nld.com.vn'], datelines: ['NLĐO'], aliases: ['Người Lao Động', 'NLĐO'] },
  { name: 'Báo Lao Động', hosts: ['laodong.vn'], aliases: ['Lao Động'] },
  { name: 'Báo Tiền Phong', hosts: ['tienphong.vn'], datelines: ['TPO'], aliases: ['Tiền Phong'] },
  { name: 'Báo Pháp Luật TP.HCM', hosts: ['plo.vn'], datelines: ['PLO'], aliases: ['Pháp Luật TP.HCM', 'PLO'] },
  { name: 'Báo Sài Gòn Giải Phóng', hosts: ['sggp.org.vn'], datelines: ['SGGPO'], aliases: ['Sài Gòn Giải Phóng', 'SGGP'] },
  { name: 'Báo Hànộimới', hosts: ['hanoimoi.vn', 'hanoimoi.com.vn'], aliases: ['Hànộimới', 'Hà Nội mới'] },
  { name: 'Báo Giáo dục và Thời đại', hosts: ['giaoducthoidai.vn'], datelines: ['GD&TĐ'], aliases: ['Giáo dục và Thời đại'] },
  { name: 'VTC News', hosts: ['vtcnews.vn'], datelines: ['VTC News'], aliases: ['VTC News', 'vtcnews.vn'] },
  { name: 'ZNews', hosts: ['znews.vn', 'zingnews.vn'], aliases: ['Zing News', 'ZingNews'] },
  { name: 'Tạp chí Thương hiệu & Công luận', hosts: ['thuonghieucongluan.com.vn'], aliases: ['Thương hiệu & Công luận', 'Thương hiệu và Công luận'] },
  // Aggregators
  { name: 'Báo Mới', hosts: ['baomoi.com'], aggregator: true, aliases: ['baomoi.com'] },
  // Provincial outlets
  { name: 'Báo Cần Thơ', hosts: ['baocantho.com.vn'], datelines: ['CT'] },
  { name: 'Báo Hà Giang', hosts: ['baohagiang.vn'], datelines: ['BHG'] },
  { name: 'Báo Tây Ninh', hosts: ['baotayninh.vn'], datelines: ['BTNO'] },
  { name: 'Báo Đắk Lắk', hosts: ['baodaklak.vn'] },
  { name: 'Báo Khánh Hòa', hosts: ['baokhanhhoa.vn'] },
  { name: 'Báo Thái Nguyên', hosts: ['baothainguyen.vn'] },
  { name: 'Báo Ninh Thuận', hosts: ['baoninhthuan.com.vn'] },
  { name: 'Báo Nghệ An', hosts: ['baonghean.vn'] },
  { name: 'Báo Gia Lai', hosts: ['baogialai.com.vn'], datelines: ['GLO'] },
  { name: 'Báo Bắc Ninh', hosts: ['baobacninh.vn', 'baobacninh.com.vn'] },
  { name: 'Báo Điện Biên Phủ', hosts: ['baodienbienphu.info.vn'] },
  { name: 'Báo Cà Mau', hosts: ['baocamau.vn', 'baocamau.com.vn'] },
  {
    name: 'Đài Phát thanh và Truyền hình Nghệ An',
    hosts: ['truyenhinhnghean.vn'],
    datelines: ['NTV'],
    signatures: [/^tv & video hoạt động ntv$/],
    aliases: ['NTV'],
  },
  // Party committees' own sites
  { name: 'Tỉnh ủy Gia Lai', hosts: ['tinhuygialai.org.vn'] },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy Cà Mau', hosts: ['ubkttu.camau.dcs.vn'] },
];

/**
 * Chrome lines that name the outlet in their own words: "Theo dõi Báo Tây
 * Ninh trên" (follow us on Google News). Group 1 is the outlet's name.
 */
export const NAMING_SIGNATURES: RegExp[] = [/^theo dõi (.+?) trên(?: google news)?$/iu];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function outletByHost(url: string | undefined): { outlet?: Outlet; host: string } | null {
  if (!url) return null;
  const host = hostOf(url);
  if (!host) return null;
  const outlet = OUTLETS.find((o) => o.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
  return outlet ? { outlet, host } : { host };
}

/** The outlet a dateline code ("CT", "BTNO", "VTC News") stands for. */
export function outletByDateline(code: string): Outlet | undefined {
  const k = foldDiacritics(code).replace(/\s+/g, ' ').trim();
  return OUTLETS.find((o) => o.datelines?.some((d) => foldDiacritics(d) === k));
}

/** The outlet a chrome line belongs to, if it is one's signature. */
export function outletBySignature(line: string): Outlet | { name: string } | undefined {
  const key = matchKey(line);
  const own = OUTLETS.find((o) => o.signatures?.some((re) => re.test(key)));
  if (own) return own;
  for (const re of NAMING_SIGNATURES) {
    const m = re.exec(line.trim());
    if (m?.[1]) return outletByName(m[1]) ?? { name: m[1].trim() };
  }
  return undefined;
}

/** The outlet a "Nguồn:" line names, by name, alias or host. */
export function outletByName(text: string): Outlet | undefined {
  const key = nameKey(text);
  const byHost = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(key) ? outletByHost(`https://${key}`)?.outlet : undefined;
  if (byHost) return byHost;
  return BY_NAME.get(key);
}

function nameKey(name: string): string {
  return matchKey(name).replace(/^(?:báo điện tử|báo)\s+/, '');
}

/** Every outlet's name and aliases, keyed once; the first outlet in OUTLETS wins a shared name. */
const BY_NAME = new Map<string, Outlet>();
for (const o of OUTLETS) for (const n of [o.name, ...(o.aliases ?? [])]) if (!BY_NAME.has(nameKey(n))) BY_NAME.set(nameKey(n), o);
