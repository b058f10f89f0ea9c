/**
 * Suggestions as you type in the header search box, following the WAI-ARIA
 * combobox pattern (list autocomplete, no automatic selection): the input is
 * the combobox, suggestions are options of a listbox, the active option is
 * aria-activedescendant (focus stays in the input), a polite live region
 * announces how many suggestions there are. Keys: Down/Up move through the
 * options (Down opens the list), Enter opens the active suggestion (or
 * submits the search when none is active), Escape closes the list, then
 * clears the box. Without JavaScript the form still submits to the results page.
 */
interface Suggestion {
  type: string;
  id: string;
  title: string;
  url: string;
}

const DEBOUNCE_MS = 120;
const MIN_CHARS = 2;

export function searchSuggest(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || !(form instanceof HTMLFormElement)) return;
  const d = form.dataset;
  const types = JSON.parse(d.types ?? '{}') as Record<string, string>;
  const listId = `${input.id}-listbox`;

  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', d.msgLabel ?? '');
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  form.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const announce = (n: number) => {
    status.textContent = n === 0 ? (d.msgNone ?? '') : n === 1 ? (d.msgOne ?? '') : (d.msgMany ?? '').replace('{n}', String(n));
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', `${listId}-${i}`);
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (!items.length) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  /**
   * Shows the suggestions for q. An option the user moved to since their last
   * keystroke (the list they saw was for the same text) stays active if still offered.
   */
  const render = (q: string, next: Suggestion[]) => {
    const was = active >= 0 ? items[active]?.url : undefined;
    items = next;
    // What the list is for: a late answer for an earlier prefix is told apart (tests wait on it).
    list.dataset.query = q;
    list.replaceChildren(
      ...items.map((s, i) => {
        const li = document.createElement('li');
        li.id = `${listId}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const type = document.createElement('span');
        type.className = 'suggestion-type';
        type.textContent = types[s.type] ?? s.type;
        li.append(type, document.createTextNode(` ${s.title}`));
        // mousedown, not click: it fires before the input loses focus and closes the list.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          window.location.assign(s.url);
        });
        return li;
      }),
    );
    if (items.length) open();
    else close();
    setActive(was === undefined ? -1 : items.findIndex((s) => s.url === was));
    announce(items.length);
  };

  const fetchSuggestions = async (q: string) => {
    inflight?.abort();
    const ctrl = (inflight = new AbortController());
    try {
      const url = `${d.suggestUrl}?${new URLSearchParams({ q, lang: d.lang ?? 'es' })}`;
      const r = await fetch(url, { signal: ctrl.signal, headers: { accept: 'application/json' } });
      if (!r.ok) return render(q, []);
      const body = (await r.json()) as { items: Suggestion[] };
      if (ctrl === inflight && input.value.trim() === q) render(q, body.items);
    } catch {
      // Aborted by a newer keystroke, or offline: the form still works.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Typing returns to the text: Enter now means "search for this" until the user moves to an option again.
    setActive(-1);
    const q = input.value.trim();
    if (q.length < MIN_CHARS) {
      inflight?.abort();
      items = [];
      list.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    timer = setTimeout(() => void fetchSuggestions(q), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      if (list.hidden) open();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : items.length - 1) : (active + step + items.length) % items.length);
    } else if (e.key === 'Enter') {
      const chosen = !list.hidden && active >= 0 ? items[active] : undefined;
      if (chosen) {
        e.preventDefault();
        window.location.assign(chosen.url);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        close();
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        items = [];
        list.replaceChildren();
        status.textContent = '';
      }
    }
  });
  input.addEventListener('blur', close);
}
