/** Renders snippet segments with the matched words in <mark>, escaped. */
import { html, type SafeHtml } from '../../web/html.ts';
import type { Segment } from '../snippet.ts';

export const marked = (segments: Segment[]): SafeHtml => html`${segments.map((s) => (s.hit ? html`<mark>${s.text}</mark>` : s.text))}`;
