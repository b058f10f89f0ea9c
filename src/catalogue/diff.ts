/**
 * Readable differences between two versions of a procedure, in one language:
 * "Step 2 · Cost: Free → MXN 3,000". Each field is rendered to text the way the
 * public page shows it, then compared, so the history speaks the page's words.
 */
import type { Locale } from '../i18n/locale.ts';
import { formatMXN, messages } from '../i18n/messages.ts';
import type { Cost, Duration, LegalRef, Procedure, Step } from './schema.ts';

export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

type Laws = (id: string) => string;

const dur = (locale: Locale, d: Duration | undefined) => {
  if (!d) return '';
  const n = d.min === d.max ? `${d.max}` : `${d.min}–${d.max}`;
  return messages(locale).units[d.unit](n);
};

function costText(locale: Locale, c: Cost): string {
  const t = messages(locale);
  switch (c.kind) {
    case 'free':
      return t.cost.free;
    case 'fixed':
      return `${c.concept[locale]}: ${formatMXN(c.amountMXN, locale)}${c.year ? ` (${c.year})` : ''}`;
    case 'variable':
      return `${c.concept[locale]}: ${c.formula[locale]}${c.minMXN !== null || c.maxMXN !== null ? ` (${c.minMXN !== null ? formatMXN(c.minMXN, locale) : '…'}–${c.maxMXN !== null ? formatMXN(c.maxMXN, locale) : '…'})` : ''}`;
  }
}

const refs = (list: LegalRef[] | undefined, laws: Laws) => (list ?? []).map((r) => `${laws(r.law)}${r.article ? ` art. ${r.article}` : ''}`).join('; ');

function stepFields(locale: Locale, s: Step, laws: Laws): Record<string, string> {
  const t = messages(locale);
  const tf = s.timeframe;
  return {
    title: s.title[locale],
    description: s.description?.[locale] ?? '',
    channel: `${t.channel[s.channel.kind]}${s.channel.url ? ` ${s.channel.url}` : ''}`,
    office: s.office ?? '',
    requirements: s.requirements.map((r) => r.name[locale]).join('; '),
    costs: s.costs.map((c) => costText(locale, c)).join('; '),
    waiting: dur(locale, tf.waiting),
    untilNextStep: dur(locale, tf.untilNextStep),
    legalDeadline: tf.legalDeadline ? dur(locale, { min: tf.legalDeadline.days, max: tf.legalDeadline.days, unit: tf.legalDeadline.unit }) : '',
    tacitApproval: t.tacit[tf.tacitApproval],
    legalBasis: refs(s.legalBasis, laws),
    recourse: s.recourse?.[locale] ?? '',
  };
}

function procedureFields(locale: Locale, p: Procedure, laws: Laws): Record<string, string> {
  const t = messages(locale);
  const out: Record<string, string> = {
    [t.history.fields.title]: p.title[locale],
    [t.history.fields.summary]: p.summary[locale],
    [t.procedure.whoNeedsIt]: p.whoNeedsIt[locale],
    [t.procedure.authority]: p.authority,
    [t.procedure.level]: t.level[p.level],
    [t.procedure.phase]: t.phase[p.phase],
    [t.procedure.officialCode]: p.officialCode?.code ?? '',
    [t.procedure.officialSite]: p.officialUrl ?? '',
    [t.procedure.outputs]: p.outputs.map((o) => o[locale]).join('; '),
    [t.procedure.prerequisites]: p.prerequisites.join(', '),
    [t.procedure.legalBasis]: refs(p.legalBasis, laws),
    [t.procedure.caveats]: p.caveats.map((c) => c[locale]).join('; '),
    [t.procedure.variesByState]: p.variesByState?.[locale] ?? '',
    [t.procedure.sources]: p.sources.map((s) => s.url).join(' '),
  };
  const labels = t.history.stepFields;
  p.steps.forEach((s, i) => {
    for (const [k, v] of Object.entries(stepFields(locale, s, laws))) out[`${t.procedure.step(i + 1)} · ${labels[k as keyof typeof labels]}`] = v;
  });
  return out;
}

/** The changes from `before` to `after`, in field order of `after` (removed fields last). */
export function diffProcedures(before: Procedure, after: Procedure, locale: Locale, laws: Laws): Change[] {
  const a = procedureFields(locale, before, laws);
  const b = procedureFields(locale, after, laws);
  const changes: Change[] = [];
  for (const [field, v] of Object.entries(b)) if ((a[field] ?? '') !== v) changes.push({ field, before: a[field] || null, after: v || null });
  for (const [field, v] of Object.entries(a)) if (!(field in b) && v) changes.push({ field, before: v, after: null });
  return changes;
}
