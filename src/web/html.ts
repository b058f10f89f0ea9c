/**
 * A tiny HTML templating core: `html` tagged templates escape every
 * interpolated value unless it is already SafeHtml. Output is escaped by
 * default, so forgetting is safe; `raw()` is the single, greppable exception.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export type Html = SafeHtml | string | number | null | undefined | false | Html[];

function render(v: Html): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Html[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks trusted markup (our own constants, serialised JSON-LD) as safe. */
export const raw = (s: string): SafeHtml => new SafeHtml(s);

/** JSON for a <script type="application/ld+json"> block: `<` escaped so it cannot close the tag. */
export const jsonForScript = (data: unknown): SafeHtml => raw(JSON.stringify(data).replace(/</g, '\\u003c'));
