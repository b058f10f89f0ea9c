/**
 * A supplier's self-registration form, checked field by field (errors are message keys the form
 * shows in the visitor's language), and turned into a pending, unverified directory entry.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { scianCodeSet } from '../catalogue/scian.ts';
import type { Locale } from '../i18n/locale.ts';
import { CAPABILITY_KEYS, CERTIFICATION_KEYS, DIRECTORY_SECTORS, ENTRY_TYPES, STATE_CODE, type Certification, type DirectoryEntry } from './schema.ts';

export type { FormValues } from '../accounts/forms.ts';
import type { FormValues } from '../accounts/forms.ts';
export type ErrorKey = 'name' | 'type' | 'state' | 'municipality' | 'website' | 'email' | 'publicEmail' | 'phone' | 'scian' | 'sectors' | 'capabilities' | 'certifications' | 'evidence' | 'description' | 'exportExperience';
export type FieldErrors = Record<string, { key: ErrorKey; code?: string }>;

const one = (v: string | string[] | undefined) => String(Array.isArray(v) ? (v.at(-1) ?? '') : (v ?? '')).trim();
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((x) => String(x).trim()).filter(Boolean);
const url = z.url({ protocol: /^https?$/ });
const email = z.email();

/** The id of a new entry: the name made kebab-case, and a random tail so two registrations never collide. */
export function entryIdFor(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'proveedor';
  return `${base}-${randomBytes(3).toString('hex')}`;
}

export function parseRegistration(v: FormValues, locale: Locale): { ok: true; doc: DirectoryEntry; email: string } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = one(v.name);
  if (!name || name.length > 200) errors.name = { key: 'name' };
  const type = one(v.type) || 'supplier';
  if (!(ENTRY_TYPES as readonly string[]).includes(type)) errors.type = { key: 'type' };
  const state = one(v.state);
  if (!STATE_CODE.test(state)) errors.state = { key: 'state' };
  const municipality = one(v.municipality);
  if (municipality.length > 120) errors.municipality = { key: 'municipality' };
  const website = one(v.website);
  if (!url.safeParse(website).success) errors.website = { key: 'website' };
  const mail = one(v.email);
  if (!email.safeParse(mail).success || mail.length > 254) errors.email = { key: 'email' };
  const publicEmail = one(v.publicEmail);
  if (publicEmail && (!email.safeParse(publicEmail).success || publicEmail.length > 254)) errors.publicEmail = { key: 'publicEmail' };
  const phone = one(v.phone);
  if (phone && (phone.length < 5 || phone.length > 40)) errors.phone = { key: 'phone' };
  const codes = one(v.scian).split(/[\s,;]+/).filter(Boolean);
  const known = scianCodeSet();
  if (codes.length > 20 || codes.some((c) => !/^\d{6}$/.test(c) || !known.has(c))) errors.scian = { key: 'scian' };
  const sectors = many(v.sectors);
  if (sectors.some((s) => !(DIRECTORY_SECTORS as readonly string[]).includes(s))) errors.sectors = { key: 'sectors' };
  const capabilities = many(v.capabilities);
  if (capabilities.some((s) => !(CAPABILITY_KEYS as readonly string[]).includes(s))) errors.capabilities = { key: 'capabilities' };
  const certifications = many(v.certifications);
  if (certifications.some((s) => !(CERTIFICATION_KEYS as readonly string[]).includes(s))) errors.certifications = { key: 'certifications' };
  const certs: { code: Certification; evidence?: string }[] = [];
  for (const code of CERTIFICATION_KEYS) {
    if (!certifications.includes(code)) continue;
    const evidence = one(v[`evidence.${code}`]);
    if (evidence && !url.safeParse(evidence).success) errors[`evidence.${code}`] = { key: 'evidence', code };
    certs.push({ code, ...(evidence ? { evidence } : {}) });
  }
  const description = one(v.description);
  if (description.length > 1000) errors.description = { key: 'description' };
  const exportExperience = one(v.exportExperience);
  if (exportExperience.length > 1000) errors.exportExperience = { key: 'exportExperience' };
  if (Object.keys(errors).length) return { ok: false, errors };
  // The text is in the visitor's language; the other is a translation gap the editor fills before publishing.
  const text = (s: string) => (locale === 'es' ? { es: s, en: '' } : { es: '', en: s });
  const doc = {
    id: entryIdFor(name),
    type: type as DirectoryEntry['type'],
    name,
    ...(description ? { description: text(description) } : {}),
    state,
    ...(municipality ? { municipality } : {}),
    scian: [...new Set(codes)],
    sectors: [...new Set(sectors)] as DirectoryEntry['sectors'],
    capabilities: [...new Set(capabilities)] as DirectoryEntry['capabilities'],
    certifications: certs,
    ...(exportExperience ? { exportExperience: text(exportExperience) } : {}),
    contact: { ...(publicEmail ? { email: publicEmail } : {}), ...(phone ? { phone } : {}) },
    website,
    sources: [{ title: locale === 'es' ? `Sitio web de ${name}` : `${name} website`, url: website }],
    verification: { status: 'unverified' as const },
  } as DirectoryEntry;
  return { ok: true, doc, email: mail };
}
