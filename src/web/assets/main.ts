/**
 * Progressive enhancement only: every page works without this script.
 * Behaviour attaches through data-module attributes (as in govuk-frontend).
 */
import { searchSuggest } from './search-suggest.ts';
import { chat } from './chat.ts';
import { feedback } from './feedback.ts';
import { ask } from './ask.ts';

const modules: Record<string, (el: HTMLElement) => void> = {
  'search-suggest': searchSuggest,
  chat,
  feedback,
  ask,
  // A print button is useless without JS, so it is rendered hidden and revealed here.
  print(el) {
    el.hidden = false;
    el.addEventListener('click', () => window.print());
  },
  // The header menu (a <details>): wide screens show it whole through CSS where the browser can style a
  // disclosure's content; older browsers get it opened here on wide screens, folded again on narrow ones.
  menu(el) {
    if (CSS.supports('selector(::details-content)')) return;
    const wide = window.matchMedia('(min-width: 60rem)');
    const sync = () => ((el as HTMLDetailsElement).open = wide.matches);
    sync();
    wide.addEventListener('change', sync);
  },
};

for (const el of document.querySelectorAll<HTMLElement>('[data-module]')) {
  for (const name of (el.dataset.module ?? '').split(/\s+/)) modules[name]?.(el);
}
