/**
 * Progressive enhancement only: every page works without this script.
 * Behaviour attaches through data-module attributes (as in govuk-frontend).
 */
import { searchSuggest } from './search-suggest.ts';
import { chat } from './chat.ts';
import { feedback } from './feedback.ts';

const modules: Record<string, (el: HTMLElement) => void> = {
  'search-suggest': searchSuggest,
  chat,
  feedback,
  // A print button is useless without JS, so it is rendered hidden and revealed here.
  print(el) {
    el.hidden = false;
    el.addEventListener('click', () => window.print());
  },
};

for (const el of document.querySelectorAll<HTMLElement>('[data-module]')) {
  for (const name of (el.dataset.module ?? '').split(/\s+/)) modules[name]?.(el);
}
