/**
 * The search page's script, the only script of the site. It drives Pagefind's
 * JS API (dist/pagefind/pagefind.js) with the Vietnamese query handling of
 * src/lib/site/search-query.ts, renders results as plain DOM (text nodes and
 * <mark> only), and keeps the query and filters in the URL so a search can be
 * linked, bookmarked and reloaded.
 */
import { FILTER_LABELS } from '../lib/site/search-keys.ts';
import {
  matchTier,
  mergeCandidates,
  planSearches,
  queryVariants,
  rankWindow,
  type Candidate,
} from '../lib/site/search-query.ts';

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

type SortOrder = 'lien-quan' | 'moi-nhat' | 'cu-nhat';
const FILTER_NAMES = Object.keys(FILTER_LABELS) as (keyof typeof FILTER_LABELS)[];
/** URL parameter of each Pagefind filter (hyphens read better in an address). */
const PARAM: Record<string, string> = { nam: 'nam', nguon: 'nguon', loai: 'loai', van_ban: 'van-ban', can_bo: 'can-bo' };
const PAGE = 10;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const options = root.querySelector<HTMLDetailsElement>('[data-options]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const base = root.dataset.base ?? '/';

let pagefind: Pagefind | undefined;
/** Bumped by every new search, so a slow earlier search cannot overwrite a newer one. */
let generation = 0;
/** Yields the next results of the current search, in display order. */
let nextBatch: (() => Promise<PagefindData[]>) | undefined;
/** Number of pages the current search found. */
let total = 0;

async function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, so the bundler leaves Pagefind's own module alone.
  const url = `${base}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ baseUrl: base, excerptLength: 28 });
  await pf.init();
  return pf;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

/**
 * Pagefind's excerpt is HTML with <mark>. Rebuild it from text nodes and marks
 * only (parsed in an inert <template>), so nothing else can reach the page.
 */
function excerptNodes(html: string): Node[] {
  const t = document.createElement('template');
  t.innerHTML = html;
  const out: Node[] = [];
  for (const n of t.content.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') out.push(el('mark', {}, n.textContent ?? ''));
    else out.push(document.createTextNode(n.textContent ?? ''));
  }
  return out;
}

function renderResult(d: PagefindData): HTMLLIElement {
  // Only links inside this site: Pagefind builds them from our own paths.
  const url = d.url.startsWith(base) ? d.url : base;
  const meta = el('span', { className: 'meta' }, d.meta.date ?? '');
  if (d.meta.publisher) meta.append(` · ${d.meta.publisher}`);
  return el(
    'li',
    {},
    el('a', { className: 'title', href: url }, d.meta.title ?? url),
    meta,
    el('p', { className: 'excerpt' }, ...excerptNodes(d.excerpt)),
  );
}

function readState(): { q: string; filters: Record<string, string>; sort: SortOrder } {
  const p = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const v = p.get(PARAM[name]!);
    if (v) filters[name] = v;
  }
  const s = p.get('sap-xep');
  const sort: SortOrder = s === 'moi-nhat' || s === 'cu-nhat' ? s : 'lien-quan';
  return { q: p.get('q') ?? '', filters, sort };
}

function formState(): { q: string; filters: Record<string, string>; sort: SortOrder } {
  const filters: Record<string, string> = {};
  for (const sel of filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    if (sel.value) filters[sel.dataset.filter!] = sel.value;
  }
  const sortSel = filterBox.querySelector<HTMLSelectElement>('select[name="sap-xep"]');
  const s = sortSel?.value;
  return { q: input.value.trim(), filters, sort: s === 'moi-nhat' || s === 'cu-nhat' ? s : 'lien-quan' };
}

function writeUrl(state: ReturnType<typeof formState>): void {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const [name, v] of Object.entries(state.filters)) p.set(PARAM[name]!, v);
  if (state.sort !== 'lien-quan') p.set('sap-xep', state.sort);
  const qs = p.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

/** The sort menu, which needs nothing from the index; filter menus come later (loadFilterMenus). */
function renderOptions(selected: Record<string, string>, sort: SortOrder): void {
  const sortSel = el('select', { id: 'sap-xep', name: 'sap-xep' });
  for (const [value, label] of [
    ['lien-quan', 'Phù hợp nhất'],
    ['moi-nhat', 'Mới nhất'],
    ['cu-nhat', 'Cũ nhất'],
  ] as const) {
    sortSel.append(el('option', { value, selected: sort === value }, label));
  }
  filterBox.replaceChildren(el('div', { className: 'search-filters-pending' }), el('div', {}, el('label', { htmlFor: 'sap-xep' }, 'Sắp xếp'), sortSel));
  options.hidden = false;
  // Closed unless in use: its menus cost the index's whole filter data
  // (about 170 kB gzip at 10,000 articles), loaded when a reader opens it.
  options.open = Object.keys(selected).length > 0 || sort !== 'lien-quan';
}

let filterMenus: Promise<void> | undefined;

/** Filter menus from the index itself, with counts; values sorted as Vietnamese. Loaded once. */
function loadFilterMenus(pf: Pagefind, selected: Record<string, string>): Promise<void> {
  filterMenus ??= (async () => {
    const pending = filterBox.querySelector<HTMLElement>('.search-filters-pending')!;
    pending.textContent = 'Đang tải bộ lọc…';
    let all: Awaited<ReturnType<Pagefind['filters']>>;
    try {
      all = await pf.filters();
    } catch {
      // Offline or a missing file: say so, and try again the next time the box opens.
      pending.textContent = 'Chưa tải được bộ lọc. Hãy đóng rồi mở lại mục này.';
      filterMenus = undefined;
      return;
    }
    const collator = new Intl.Collator('vi', { numeric: true });
    const menus: HTMLElement[] = [];
    for (const name of FILTER_NAMES) {
      const values = Object.entries(all[name] ?? {});
      if (values.length === 0) continue;
      values.sort(([a], [b]) => (name === 'nam' ? b.localeCompare(a) : collator.compare(a, b)));
      const id = `loc-${name}`;
      const sel = el('select', { id, name: PARAM[name]! });
      sel.dataset.filter = name;
      sel.append(el('option', { value: '' }, 'Tất cả'));
      for (const [value, n] of values) sel.append(el('option', { value, selected: selected[name] === value }, `${value} (${n})`));
      menus.push(el('div', {}, el('label', { htmlFor: id }, FILTER_LABELS[name]), sel));
    }
    pending.replaceWith(...menus);
  })();
  return filterMenus;
}

/** Relevance: candidates merged over all variants, each window ranked by match tier. */
function relevanceBatches(q: string, candidates: Candidate<PagefindResult>[]) {
  let offset = 0;
  return async () => {
    const window = candidates.slice(offset, offset + PAGE);
    offset += window.length;
    const loaded = await Promise.all(
      window.map(async (c) => {
        const d = await c.result.data();
        return { d, tier: matchTier(q, `${d.meta.title ?? ''} . ${d.content}`) };
      }),
    );
    return rankWindow(loaded).map((x) => x.d);
  };
}

/**
 * Date order over several variant searches, each already sorted by Pagefind:
 * merge the lists lazily, loading a result's data only when it reaches the
 * head of its list.
 */
function dateBatches(lists: PagefindResult[][], order: 'asc' | 'desc') {
  const cursors = lists.map(() => 0);
  const heads = new Map<number, PagefindData>();
  const seen = new Set<string>();
  const key = (d: PagefindData) => d.meta.sortdate ?? '';
  return async () => {
    const out: PagefindData[] = [];
    while (out.length < PAGE) {
      for (let i = 0; i < lists.length; i++) {
        while (!heads.has(i) && cursors[i]! < lists[i]!.length) {
          const r = lists[i]![cursors[i]!]!;
          cursors[i]!++;
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          heads.set(i, await r.data());
        }
      }
      if (heads.size === 0) break;
      let pick = -1;
      for (const [i, d] of heads) {
        const best = pick < 0 ? undefined : heads.get(pick)!;
        if (!best || (order === 'desc' ? key(d) > key(best) : key(d) < key(best))) pick = i;
      }
      out.push(heads.get(pick)!);
      heads.delete(pick);
    }
    return out;
  };
}

async function runSearch(state: ReturnType<typeof formState>): Promise<void> {
  const pf = pagefind!;
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  nextBatch = undefined;
  total = 0;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    status.textContent = 'Nhập từ khóa, hoặc chọn một bộ lọc.';
    root.dataset.done = String(Number(root.dataset.done ?? 0) + 1);
    return;
  }
  status.textContent = 'Đang tìm…';
  const sort = state.sort === 'lien-quan' ? undefined : { date: state.sort === 'moi-nhat' ? ('desc' as const) : ('asc' as const) };
  const plan = state.q ? planSearches(state.q) : [];
  const searches = state.q
    ? await Promise.all(plan.map((s) => pf.search(s.term, { filters: state.filters, ...(sort ? { sort } : {}) })))
    : [await pf.search(null, { filters: state.filters, sort: sort ?? { date: 'desc' } })];
  if (mine !== generation) return;
  const lists = searches.map((s) => s?.results ?? []);
  if (state.q && !sort) {
    const candidates = mergeCandidates(plan, lists);
    total = candidates.length;
    nextBatch = relevanceBatches(state.q, candidates);
  } else {
    // Phrase hits are a subset of the word hits of the same variant: merge word searches only.
    const wordLists = state.q ? lists.filter((_, i) => !plan[i]!.phrase) : lists;
    total = new Set(wordLists.flatMap((l) => l.map((r) => r.id))).size;
    nextBatch = dateBatches(wordLists, sort?.date ?? 'desc');
  }
  const variants = state.q ? queryVariants(state.q.replace(/["“”]/g, ' ')) : [];
  const also = variants.length > 1 ? `, tính cả cách viết có chữ đ (${variants.slice(1, 4).map((v) => `“${v}”`).join(', ')}${variants.length > 4 ? '…' : ''})` : '';
  status.textContent = total === 0 ? `Không tìm thấy bài nào${also}.` : `Tìm thấy ${total} bài${also}.`;
  await showMore(mine);
}

async function showMore(mine: number): Promise<void> {
  if (!nextBatch) return;
  more.disabled = true;
  const batch = await nextBatch();
  if (mine !== generation) return;
  list.append(...batch.map(renderResult));
  more.disabled = false;
  more.hidden = list.children.length >= total || batch.length === 0;
  // A counter of finished searches: lets tests (and anyone scripting the page) wait for results.
  root.dataset.done = String(Number(root.dataset.done ?? 0) + 1);
}

async function start(): Promise<void> {
  const state = readState();
  input.value = state.q;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Nếu bạn đang chạy trang ở máy mình, hãy chạy "npm run build" rồi "npm run preview".';
    root.dataset.done = 'loi';
    return;
  }
  renderOptions(state.filters, state.sort);
  const pf = pagefind;
  if (Object.keys(state.filters).length > 0) await loadFilterMenus(pf, state.filters);
  else if (options.open) void loadFilterMenus(pf, state.filters);
  options.addEventListener('toggle', () => {
    if (options.open) void loadFilterMenus(pf, formState().filters);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = formState();
    writeUrl(s);
    void runSearch(s);
  });
  filterBox.addEventListener('change', () => {
    const s = formState();
    writeUrl(s);
    void runSearch(s);
  });
  more.addEventListener('click', () => void showMore(generation));
  await runSearch(formState());
}

void start();
