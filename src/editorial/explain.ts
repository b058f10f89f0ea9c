/**
 * Turns a refused change (EditorialError) into what a screen shows: messages
 * on the fields that caused them, a summary linking to each, and a sentence
 * about the whole form — in the reader's language.
 */
import { pathKey, type Path } from './document.ts';
import type { EditorialError } from './commands/context.ts';
import type { EditorialMessages } from './locales/index.ts';
import { issueText, labelOf, type Problem } from './views/fields.ts';

export interface Explained {
  errors: Record<string, string>;
  problems: Problem[];
  formError: string;
}

/**
 * `fields`: the names of the form's inputs (a schema error on one of them is shown there);
 * `toField`: maps a document path to the form's (removed rows shift indexes);
 * `fallback`: the input other errors link to (the JSON textarea).
 */
export function explain(m: EditorialMessages, e: EditorialError, o: { fields?: Set<string>; toField?: (p: Path) => Path; fallback?: string } = {}): Explained {
  const errors: Record<string, string> = {};
  const problems: Problem[] = [];
  switch (e.key) {
    case 'invalidDocument':
      for (const issue of e.data.issues ?? []) {
        const path = o.toField ? o.toField(issue.path) : issue.path;
        const key = pathKey(path);
        const field = [key, `${key}.max`, `${key}.es`, `${key}.0.kind`].find((k) => o.fields?.has(k));
        const text = issueText(m, { ...issue, path });
        if (field) errors[field] ??= text;
        else if (o.fallback) errors[o.fallback] ??= text;
        problems.push({ ...((field ?? o.fallback) ? { field: field ?? o.fallback } : {}), text });
      }
      return { errors, problems, formError: m.errors.invalidDocument };
    case 'catalogueProblems':
      return { errors, problems: (e.data.problems ?? []).map((text) => ({ text })), formError: m.errors.references };
    case 'translationsMissing':
      return { errors, problems: (e.data.gaps ?? []).map((g) => ({ text: `${labelOf(m, g.path)}: ${m.edit.missing(g.missing.map((l) => m.edit[l]).join(' / '))}` })), formError: m.errors.translationsMissing };
    case 'rebaseConflicts':
      return { errors, problems: (e.data.paths ?? []).map((p) => ({ text: p.length ? labelOf(m, p) : m.errors.documentRoot })), formError: m.errors.rebaseConflicts };
    case 'conflict':
      return { errors, problems, formError: m.errors.conflict(String(e.data.currentVersion ?? '')) };
    default:
      return { errors, problems, formError: m.errors[e.key] };
  }
}
