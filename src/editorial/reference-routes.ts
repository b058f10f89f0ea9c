/**
 * Staff screens for reference content: the list of sector guides, authorities,
 * offices and laws, and their edit screens (document-routes.ts). Federal editors draft;
 * a reviewer who did not write the draft publishes (the policy's `reference`
 * rules; an office is governed as part of its authority).
 */
import type { FastifyInstance } from 'fastify';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, staffView } from '../accounts/view.ts';
import { ID_PATTERN } from '../catalogue/schema.ts';
import { allow, may } from './commands/context.ts';
import { documentEditRoutes } from './document-routes.ts';
import { REFERENCE_KINDS, type ReferenceKind } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { openDraftsByEntity } from './queries.ts';
import { referencePage, type ReferenceRow } from './views/reference-page.ts';
import { certificationMessages } from '../certifications/locales/index.ts';

export async function referenceRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  app.get('/staff/reference', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const who = req.staff!.actor;
    allow(who, 'read', { type: 'authority' });
    const t = editorialMessages(v.locale).reference;
    const view = d.catalogue.current;
    const [sectors, authorities, offices, laws, certifications] = await Promise.all((['sector', 'authority', 'office', 'law', 'certification'] as const).map((k) => openDraftsByEntity(d.db, k)));
    const row = (k: ReferenceKind, doc: Record<string, unknown>, id: string, detail: string, info: string, unverified = false): ReferenceRow => {
      const kind = REFERENCE_KINDS[k];
      return { id, name: kind.nameOf(doc, v.locale), detail, info, unverified, editHref: may(who, 'draft', kind.resource(doc)) ? kind.editPath(id) : null, draft: { sector: sectors, authority: authorities, office: offices, law: laws, certification: certifications }[k]!.get(id) };
    };
    const rows: Record<ReferenceKind, ReferenceRow[]> = {
      sector: view.sectorList().map((s) => row('sector', s, s.slug, s.slug, t.classes(s.scian.length, s.procedures.length))),
      authority: [...view.authorities.values()].map((a) => row('authority', a, a.id, '', a.id)),
      office: [...view.offices.values()].map((o) =>
        row('office', o, o.id, view.authorities.get(o.authority)?.acronym ?? o.authority, [o.address, o.phone, o.email].filter(Boolean).join(' · ') || '—', o.unverified === true),
      ),
      law: [...view.laws.values()].map((l) => row('law', l, l.id, '', `${l.id} · ${t.articles(l.articles.length)}`, l.lastReformUnverified === true)),
      certification: [...view.certifications.values()].map((x) => row('certification', x, x.id, x.id, certificationMessages(v.locale).fields[x.field], x.agreement.status === 'unconfirmed')),
    };
    return html200(reply).send(referencePage(v, editorialMessages(v.locale), rows).value);
  });

  for (const kind of Object.values(REFERENCE_KINDS)) documentEditRoutes(app, d, kind, ID_PATTERN);
}
