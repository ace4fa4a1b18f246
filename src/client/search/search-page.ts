import { availableFilters, knownVersions, search, suggestionFor, type Filters } from './pagefind.ts';
import { countResults, resultParts } from './render-result.ts';

/** Estonian names of the filters, in the order they are offered. */
const FACETS: readonly { key: string; legend: string }[] = [
  { key: 'tüüp', legend: 'Kirje liik' },
  { key: 'asutus', legend: 'Asutus' },
  { key: 'staatus', legend: 'Staatus' },
];

/**
 * The search page: the query from ?q=, results with excerpts, and filters by kind of entry,
 * organisation and status. The query and filters live in the URL, so a search can be shared.
 */
export async function enhanceSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const facets = root.querySelector<HTMLElement>('.search-facets');
  const results = root.querySelector<HTMLOListElement>('.search-results');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const noScript = root.querySelector<HTMLElement>('.search-needs-script');
  if (!form || !input || !facets || !results || !status) return;
  if (noScript) noScript.hidden = true;
  // The filters are open beside the results on a wide screen, folded above them on a phone.
  const filters = root.querySelector<HTMLDetailsElement>('details.search-filters');
  if (filters) filters.open = window.matchMedia('(min-width: 50rem)').matches;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  // Other published versions are searched only when the reader asks for them.
  const scopeBox = form.querySelector<HTMLInputElement>('input[name="versioonid"]');
  if (scopeBox && knownVersions().length > 1) {
    scopeBox.closest('label')!.hidden = false;
    scopeBox.checked = params.get('versioonid') === 'koik';
  }
  const versionShown = document.documentElement.dataset['version'];

  let available: Record<string, Record<string, number>>;
  try {
    available = await availableFilters();
  } catch {
    status.textContent = 'Otsing ei ole praegu kasutatav: otsinguindeksit ei õnnestunud laadida.';
    return;
  }
  facets.replaceChildren(
    ...FACETS.filter(({ key }) => Object.keys(available[key] ?? {}).length > 0).map(({ key, legend }) => {
      const fieldset = document.createElement('fieldset');
      const caption = document.createElement('legend');
      caption.textContent = legend;
      fieldset.append(caption);
      for (const value of Object.keys(available[key]!).sort((a, b) => a.localeCompare(b, 'et'))) {
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value });
        box.checked = params.getAll(key).includes(value);
        label.append(box, ` ${value}`);
        fieldset.append(label);
      }
      return fieldset;
    }),
  );

  const chosenFilters = (): Filters => {
    const chosen: Filters = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  };

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const query = input.value.trim();
    const filters = chosenFilters();
    const allVersions = scopeBox?.checked === true;
    const url = new URL(window.location.href);
    url.search = new URLSearchParams([['q', query], ...(allVersions ? [['versioonid', 'koik']] : []), ...Object.entries(filters).flatMap(([key, values]) => values.map((value) => [key, value]))]).toString();
    window.history.replaceState(null, '', url);
    if (!query) {
      results.replaceChildren();
      status.textContent = 'Kirjuta otsingusõna.';
      return;
    }
    const hits = await search(query, filters, allVersions ? 'all' : 'this');
    const data = await Promise.all(hits.slice(0, 50).map((hit) => hit.data()));
    if (current !== generation) return;
    results.replaceChildren(
      ...data.map((item) => {
        const row = document.createElement('li');
        const { type, title, excerpt } = resultParts(item);
        const link = Object.assign(document.createElement('a'), { href: item.url });
        link.append(type, ' ', title);
        const version = item.filters['versioon']?.[0];
        if (version && version !== versionShown) {
          const badge = Object.assign(document.createElement('span'), { className: 'result-version', textContent: `versioon ${version}` });
          link.append(' ', badge);
        }
        row.append(link, excerpt);
        return row;
      }),
    );
    status.textContent = hits.length === 0 ? `Päringule „${query}“ tulemusi ei leitud.` : `Päringule „${query}“ ${countResults(hits.length)}${hits.length > 50 ? ', näidatakse 50 esimest' : ''}.`;
    if (hits.length === 0) {
      const suggested = await suggestionFor(query);
      if (current !== generation || !suggested) return;
      const link = Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(suggested)}`, textContent: suggested });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = suggested;
        void run();
      });
      const offer = Object.assign(document.createElement('li'), { className: 'search-suggestion' });
      offer.append('Kas mõtlesid „', link, '“?');
      results.replaceChildren(offer);
      status.textContent = `Päringule „${query}“ tulemusi ei leitud. Kas mõtlesid „${suggested}“?`;
    }
  };

  scopeBox?.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  facets.addEventListener('change', () => void run());
  await run();
}
