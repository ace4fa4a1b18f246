import { search, suggestionFor } from './pagefind.ts';
import { countResults, resultParts } from './render-result.ts';

const SHOWN = 8;
// Short: Pagefind answers in milliseconds, and an older answer never replaces a newer one.
const DELAY_MS = 40;

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The header search as a combobox (WAI-ARIA APG "list autocomplete"): results appear as the
 * reader types, arrow keys move through them, Enter opens one, Escape closes the list, and a
 * live region says how many were found. Without JavaScript the form goes to /otsing/.
 */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const popup = form.querySelector<HTMLElement>('.search-popup');
  const list = popup?.querySelector<HTMLUListElement>('[role="listbox"]');
  const more = popup?.querySelector<HTMLAnchorElement>('.search-more a');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!input || !popup || !list || !more || !status) return;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const openOption = (option: HTMLLIElement | undefined) => {
    if (option?.dataset['href']) window.location.assign(option.dataset['href']);
  };

  const setActive = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, at) => option.setAttribute('aria-selected', String(at === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = (isOpen: boolean) => {
    popup.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };

  const update = async () => {
    const query = input.value.trim();
    const current = ++generation;
    if (!query) {
      open(false);
      status.textContent = '';
      delete list.dataset.query;
      return;
    }
    let hits;
    try {
      hits = await search(query);
    } catch {
      if (current !== generation) return;
      list.replaceChildren();
      open(false);
      status.textContent = 'Otsing ei ole praegu kasutatav. Vajuta Enter, et avada otsingulehte.';
      return;
    }
    const shown = await Promise.all(hits.slice(0, SHOWN).map((hit) => hit.data()));
    if (current !== generation) return;
    list.replaceChildren(
      ...shown.map((data, index) => {
        // An option holds no link (a link inside an option is a nested control): choosing one,
        // by click or Enter, opens its page.
        const option = document.createElement('li');
        option.id = `${list.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['href'] = data.url;
        const { type, title, excerpt } = resultParts(data);
        option.append(type, ' ', title, excerpt);
        return option;
      }),
    );
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.textContent = hits.length > SHOWN ? `Kõik ${countResults(hits.length)}` : 'Otsingulehele';
    open(true);
    setActive(-1);
    status.textContent = hits.length === 0 ? 'Tulemusi ei leitud.' : `${countResults(hits.length)}. Liigu nooleklahvidega, ava Enteriga.`;
    if (hits.length === 0) {
      list.replaceChildren(Object.assign(document.createElement('li'), { className: 'search-empty', textContent: 'Tulemusi ei leitud.' }));
      const suggested = await suggestionFor(query).catch(() => undefined);
      if (current !== generation) return;
      if (suggested) {
        // The offer is an option like a result: Enter or a click searches for it on the search page.
        const option = Object.assign(document.createElement('li'), { id: `${list.id}-0`, className: 'search-suggestion', textContent: `Kas mõtlesid „${suggested}“?` });
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['href'] = `${form.action}?q=${encodeURIComponent(suggested)}`;
        list.append(option);
        status.textContent = `Tulemusi ei leitud. Kas mõtlesid „${suggested}“?`;
      }
    }
    // Which query the list answers: results of a slower, older query never replace newer ones.
    list.dataset.query = query;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) return;
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? active + 1 : active < 0 ? -1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      openOption(options()[active]);
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        open(false);
      } else {
        input.value = '';
      }
    }
  });
  // Keep the focus in the box while a result is pressed, or the list would close before the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => openOption((event.target as Element).closest<HTMLLIElement>('[role="option"]') ?? undefined));
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount > 0) open(true);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  // Keyboard shortcut: "/" anywhere outside a text field, or Ctrl+K / ⌘K.
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
