/**
 * The search page in the browser: loads Pagefind from the site's bundle (Pagefind picks
 * the index of the page's `<html lang>`), keeps the query and filters in the URL, and
 * renders results as a list of headed links, announcing the count politely.
 */
import { facetsOf, queryOf, searchQueryString, type FacetSelection } from '../lib/search/facets.ts';
import { chosenFacets, restoreFacets } from './facet-selects.ts';

/** The parts of Pagefind's browser API this page uses (pagefind.js ships no types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string | null,
    options: { filters: FacetSelection },
    timeoutMs?: number,
  ): Promise<{ results: Result[] } | null>;
}
interface Result {
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Labels {
  count: string;
  none: string;
  prompt: string;
  sections: string;
  fromToolkit: string;
  printActivity: string;
  minutes: string;
  kinds: Record<string, string>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;
const SUB_RESULTS = 3;

const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, value);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Pagefind's excerpt marks matches with <mark>; only text and those marks are kept, whatever else it holds. */
function excerpt(html: string, className = ''): HTMLParagraphElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const paragraph = element('p', className);
  for (const node of template.content.childNodes)
    paragraph.append(node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : (node.textContent ?? ''));
  return paragraph;
}

function resultItem(data: ResultData, labels: Labels, locale: string): HTMLLIElement {
  const item = element('li');
  const heading = element('h2', 'text-xl font-bold');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const kind = data.filters.kind?.[0] ?? '';
  const minutes = Number(data.meta.minutes);
  const details = [
    labels.kinds[kind] ?? '',
    data.meta.audience ?? '',
    Number.isFinite(minutes) && minutes > 0
      ? fill(labels.minutes, 'n', new Intl.NumberFormat(locale).format(minutes))
      : '',
    data.meta.toolkit ? fill(labels.fromToolkit, 'toolkit', data.meta.toolkit) : '',
  ].filter(Boolean);
  item.append(heading, element('p', 'text-sm text-muted', details.join(' · ')), excerpt(data.excerpt, 'mt-1'));
  const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, SUB_RESULTS);
  if (sections.length > 0) {
    const list = element('ul', 'mt-2 grid gap-1 border-s-2 border-gray-300 ps-4 text-sm');
    list.setAttribute('aria-label', labels.sections);
    for (const sub of sections) {
      const entry = element('li');
      const subLink = element('a', 'font-semibold', sub.title);
      subLink.href = sub.url;
      entry.append(subLink, excerpt(sub.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  if (data.meta.pdf) {
    // Opens the PDF at the activity's named destination, so it is not a download.
    const pdf = element('a', 'mt-1 inline-block text-sm', labels.printActivity);
    pdf.href = data.meta.pdf;
    pdf.type = 'application/pdf';
    item.append(pdf);
  }
  return item;
}

/** Starts the search page; does nothing on pages without the search panel (e.g. in `astro dev`). */
export async function startSearch(): Promise<void> {
  const panel = document.querySelector<HTMLElement>('[data-search]');
  if (!panel) return;
  const labels = JSON.parse(panel.dataset.labels ?? '{}') as Labels;
  const locale = document.documentElement.lang;
  const form = panel.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const selects = [...form.querySelectorAll('select')];
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${panel.dataset.search}pagefind.js`)) as Pagefind;
    // On the page rather than in Pagefind's worker, which would add 12 KB (gzip) of its own code to the first search:
    // a small index searches in milliseconds, and the bytes are what a cheap phone on a slow connection waits for.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
  } catch {
    document.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');
    return;
  }
  document.querySelector<HTMLElement>('[data-search-browse]')?.setAttribute('hidden', '');
  panel.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = queryOf(params);
  restoreFacets(selects, facetsOf(params));

  let pending: Result[] = [];
  let latest = 0; // the newest search; older ones stop rendering when it starts
  const showMore = async (generation: number, focus: boolean) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== latest) return;
    const items = data.map((result) => resultItem(result, labels, locale));
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const statusText = (query: string, filters: FacetSelection, found: number) => {
    if (!query && Object.keys(filters).length === 0) return labels.prompt;
    return found > 0 ? fill(labels.count, 'count', new Intl.NumberFormat(locale).format(found)) : labels.none;
  };

  const run = async (delay: number) => {
    const generation = ++latest;
    const query = input.value.trim();
    const filters = chosenFacets(selects);
    const search = searchQueryString(query, filters);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    const response =
      query || Object.keys(filters).length > 0
        ? await pagefind.debouncedSearch(query || null, { filters }, delay)
        : { results: [] };
    if (!response || generation !== latest) return;
    list.replaceChildren();
    pending = response.results;
    await showMore(generation, false);
    if (generation !== latest) return;
    status.textContent = statusText(query, filters, response.results.length);
  };

  input.addEventListener('input', () => void run(TYPING_DELAY_MS));
  for (const select of selects) select.addEventListener('change', () => void run(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  more.addEventListener('click', () => void showMore(latest, true));
  await run(0);
}
