/**
 * The structured procedure form (texts, and per step its costs and response
 * time) as flat field names that are the document's own paths
 * (`steps.0.costs.1.amountMXN`), so a schema error lands on the field that
 * caused it. `applyFields` overlays posted fields on the server's copy of the
 * document; every field not on the form is kept as it was.
 */
import type { FormValues } from '../accounts/forms.ts';
import type { Cost, Procedure } from '../catalogue/schema.ts';
import type { Issue, Path } from './document.ts';
import type { Reason } from './schema.ts';

export const TEXT_FIELDS = ['title', 'summary', 'whoNeedsIt'] as const;
export const COST_KINDS = ['free', 'fixed', 'variable'] as const;
export const UNITS = ['business-days', 'calendar-days', 'hours'] as const;
export const TACIT = ['positive', 'negative', 'none', 'unknown'] as const;

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The form's values for a document (and the reason), as the page first shows them. */
export function valuesOf(doc: Doc, reason: Reason, revision: number | null): FormValues {
  const v: FormValues = { 'reason.es': reason.es, 'reason.en': reason.en, revision: revision === null ? '' : String(revision) };
  for (const f of TEXT_FIELDS) for (const l of ['es', 'en']) v[`${f}.${l}`] = str(doc[f]?.[l]);
  (doc.steps as Doc[] | undefined)?.forEach((s, i) => {
    const w = s.timeframe?.waiting ?? {};
    Object.assign(v, { [`steps.${i}.timeframe.waiting.min`]: str(w.min), [`steps.${i}.timeframe.waiting.max`]: str(w.max), [`steps.${i}.timeframe.waiting.unit`]: str(w.unit), [`steps.${i}.timeframe.tacitApproval`]: str(s.timeframe?.tacitApproval) });
    (s.costs as Doc[]).forEach((c, j) => {
      const p = `steps.${i}.costs.${j}`;
      Object.assign(v, {
        [`${p}.kind`]: str(c.kind),
        [`${p}.concept.es`]: str(c.concept?.es),
        [`${p}.concept.en`]: str(c.concept?.en),
        [`${p}.formula.es`]: str(c.formula?.es),
        [`${p}.formula.en`]: str(c.formula?.en),
        [`${p}.amountMXN`]: str(c.amountMXN),
        [`${p}.minMXN`]: str(c.minMXN),
        [`${p}.maxMXN`]: str(c.maxMXN),
        [`${p}.year`]: str(c.year),
      });
      if (c.unverified) v[`${p}.unverified`] = 'on';
    });
    v[`steps.${i}.costs.${(s.costs as Doc[]).length}.kind`] = '';
  });
  return v;
}

/** How many cost rows the form has for step i (the trailing "add a cost" row included). */
export function costRows(values: FormValues, i: number): number {
  let n = 0;
  while (values[`steps.${i}.costs.${n}.kind`] !== undefined) n++;
  return n;
}

export interface FieldError {
  key: Issue['key'] | 'number' | 'integer';
  detail?: string;
}

export interface Applied {
  doc: Doc;
  reason: Reason;
  /** Errors found while reading the fields (numbers), by field name. */
  errors: Record<string, FieldError>;
  /** Document path → form field path, where removed cost rows shifted the indexes. */
  toField(path: Path): Path;
}

const one = (values: FormValues, k: string): string => {
  const v = values[k];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};

/** Overlays the posted fields on `base` (the draft's or the published document). */
export function applyFields(base: Doc, values: FormValues): Applied {
  const doc: Doc = structuredClone(base);
  const errors: Record<string, FieldError> = {};
  const get = (k: string) => one(values, k);
  const num = (k: string, opts: { optional?: boolean; integer?: boolean } = {}): number | null | string => {
    const raw = get(k).replace(/[,\s]/g, '');
    if (raw === '') {
      if (!opts.optional) errors[k] = { key: 'required' };
      return null;
    }
    const n = Number(raw);
    if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n)) errors[k] = { key: 'number' };
    else if (opts.integer && !Number.isInteger(n)) errors[k] = { key: 'integer' };
    return errors[k] ? raw : n;
  };
  const pair = (k: string) => ({ es: get(`${k}.es`), en: get(`${k}.en`) });

  for (const f of TEXT_FIELDS) if (values[`${f}.es`] !== undefined) doc[f] = pair(f);
  const shifts = new Map<number, number[]>();
  (doc.steps as Doc[] | undefined)?.forEach((step, i) => {
    const p = `steps.${i}.timeframe`;
    if (values[`${p}.waiting.min`] === undefined) return; // a step the form did not show
    step.timeframe = { ...step.timeframe, waiting: { min: num(`${p}.waiting.min`), max: num(`${p}.waiting.max`), unit: get(`${p}.waiting.unit`) }, tacitApproval: get(`${p}.tacitApproval`) };
    const before = (base.steps?.[i]?.costs ?? []) as Doc[];
    const costs: Doc[] = [];
    const formIndex: number[] = [];
    for (let j = 0; j < costRows(values, i); j++) {
      const c = `steps.${i}.costs.${j}`;
      const kind = get(`${c}.kind`);
      if (kind === '' || get(`${c}.remove`) === 'on') continue;
      const old = before[j]?.kind === kind ? before[j]! : {};
      // Legal bases and notes are not on the form: they stay with a cost of the same kind.
      const kept = { ...(old.legalBasis ? { legalBasis: old.legalBasis } : {}), ...(old.note ? { note: old.note } : {}) };
      const year = num(`${c}.year`, { optional: true, integer: true });
      const common = { ...(year !== null ? { year } : {}), ...(get(`${c}.unverified`) === 'on' ? { unverified: true } : {}) };
      let cost: Doc;
      if (kind === 'fixed') cost = { kind, concept: pair(`${c}.concept`), amountMXN: num(`${c}.amountMXN`), ...common, ...kept };
      else if (kind === 'variable') cost = { kind, concept: pair(`${c}.concept`), formula: pair(`${c}.formula`), minMXN: num(`${c}.minMXN`, { optional: true }), maxMXN: num(`${c}.maxMXN`, { optional: true }), ...common, ...kept };
      else cost = { kind, ...(common.unverified ? { unverified: true } : {}), ...kept };
      costs.push(cost as Cost);
      formIndex.push(j);
    }
    step.costs = costs;
    shifts.set(i, formIndex);
  });
  const toField = (path: Path): Path => {
    if (path[0] === 'steps' && path[2] === 'costs' && typeof path[1] === 'number' && typeof path[3] === 'number') {
      const j = shifts.get(path[1])?.[path[3]];
      if (j !== undefined) return ['steps', path[1], 'costs', j, ...path.slice(4)];
    }
    return path;
  };
  return { doc: doc as Procedure, reason: pair('reason'), errors, toField };
}
