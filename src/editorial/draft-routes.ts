/**
 * One draft's screen and its actions (submit, bring up to date, withdraw,
 * request changes, approve and publish), and the reviewers' queue. After a publication the
 * catalogue is reloaded here and announced to other processes, so public
 * pages, caches and search show it at once.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formValues } from '../accounts/forms.ts';
import { permission } from '../accounts/access.ts';
import type { StaffRouteDeps } from '../backoffice/plugin.ts';
import { html200, pickNotice, staffView } from '../accounts/view.ts';
import { HttpError } from '../http/errors.ts';
import { isLocale } from '../i18n/locale.ts';
import { approveDraft } from './commands/approve-draft.ts';
import { EditorialError, loadDraft } from './commands/context.ts';
import { rebaseDraft } from './commands/rebase-draft.ts';
import { requestChanges } from './commands/request-changes.ts';
import { submitDraft } from './commands/submit-draft.ts';
import { withdrawDraft } from './commands/withdraw-draft.ts';
import { explain } from './explain.ts';
import { announcePublication, editorialCtx, parseFilters } from './http.ts';
import { KINDS } from './kinds.ts';
import { editorialMessages } from './locales/index.ts';
import { draftFacts } from './presenters.ts';
import { listSubmitted } from './queries.ts';
import { ApproveForm, CommentForm, ReviewQuery } from './schema.ts';
import { draftPage, type DraftModel } from './views/draft-page.ts';
import { errorText } from './views/fields.ts';
import { reviewsPage } from './views/list-pages.ts';

type Id = { Params: { id: string } };
type Extra = Partial<Pick<DraftModel, 'problems' | 'formError' | 'comment' | 'notice'>>;

export async function draftRoutes(app: FastifyInstance, d: StaffRouteDeps): Promise<void> {
  /** Renders the draft screen (after an action: with its error) for whoever may read the document. */
  async function render(req: FastifyRequest<Id>, reply: FastifyReply, status: number, extra: Extra = {}) {
    const v = staffView(req, reply, d.assets);
    const m = editorialMessages(v.locale);
    const { draft, kind, current } = await loadDraft(d.db, KINDS, req.staff!.actor, req.params.id, { lock: false });
    const diff = (req.query as Record<string, unknown>).diff;
    const facts = draftFacts({ draft, kind, current, view: d.catalogue.current, who: req.staff!.actor, locale: v.locale, m, ...(isLocale(diff) ? { diffLocale: diff } : {}) });
    return html200(reply, status).send(draftPage(v, m, { draft, ...facts, ...extra }).value);
  }

  app.get<Id>('/staff/drafts/:id', { config: { access: 'signed-in' } }, async (req, reply) => {
    const m = editorialMessages(staffView(req, reply, d.assets).locale);
    const n = pickNotice(req.query, m.draft.notices);
    return render(req, reply, 200, n ? { notice: n } : {});
  });

  /** Runs an action; an EditorialError re-renders the screen with the reason, in the reader's language. */
  async function act(req: FastifyRequest<Id>, reply: FastifyReply, run: () => Promise<unknown>, done: keyof ReturnType<typeof editorialMessages>['draft']['notices']) {
    try {
      await run();
    } catch (e) {
      if (!(e instanceof EditorialError)) throw e;
      const m = editorialMessages(staffView(req, reply, d.assets).locale);
      const x = explain(m, e);
      return render(req, reply, e.status, { problems: x.problems, formError: x.formError });
    }
    return reply.redirect(`/staff/drafts/${req.params.id}?notice=${done}`, 303);
  }

  app.post<Id>('/staff/drafts/:id/submit', { config: { access: 'signed-in' } }, (req, reply) =>
    act(req, reply, () => submitDraft(d.db, editorialCtx(req), d.catalogue.current, req.params.id), 'submitted'),
  );

  app.post<Id>('/staff/drafts/:id/rebase', { config: { access: 'signed-in' } }, (req, reply) =>
    act(req, reply, () => rebaseDraft(d.db, editorialCtx(req), d.catalogue.current, req.params.id), 'rebased'),
  );

  app.post<Id>('/staff/drafts/:id/withdraw', { config: { access: 'signed-in' } }, (req, reply) =>
    act(req, reply, () => withdrawDraft(d.db, editorialCtx(req), req.params.id), 'withdrawn'),
  );

  app.post<Id>('/staff/drafts/:id/request-changes', { config: { access: permission('review', { type: 'procedure', level: 'federal', states: [] }) } }, async (req, reply) => {
    const form = CommentForm.safeParse(formValues(req.body));
    if (!form.success) {
      const m = editorialMessages(staffView(req, reply, d.assets).locale);
      const text = errorText(m, m.draft.comment, { key: form.error.issues[0]!.message === 'tooLong' ? 'tooBig' : 'required', detail: '4000' });
      return render(req, reply, 400, { comment: { values: formValues(req.body), errors: { comment: text } }, problems: [{ field: 'comment', text }] });
    }
    return act(req, reply, () => requestChanges(d.db, editorialCtx(req), { draftId: req.params.id, comment: form.data.comment }), 'changesRequested');
  });

  app.post<Id>('/staff/drafts/:id/approve', { config: { access: permission('publish', { type: 'procedure', level: 'federal', states: [] }) } }, async (req, reply) => {
    const form = ApproveForm.safeParse(formValues(req.body));
    if (!form.success) throw new HttpError(400, 'invalid_parameter', 'revision must be a positive integer', 'revision');
    return act(req, reply, async () => {
      const published = await approveDraft(d.db, editorialCtx(req), d.catalogue.current, { draftId: req.params.id, revision: form.data.revision });
      await announcePublication(d.catalogue, published.revision, req.log);
    }, 'published');
  });

  app.get('/staff/reviews', { config: { access: permission('publish', { type: 'procedure', level: 'federal', states: [] }) } }, async (req, reply) => {
    const v = staffView(req, reply, d.assets);
    const m = editorialMessages(v.locale);
    const { query } = parseFilters(m, ReviewQuery, req.query);
    const { items, hasNext } = await listSubmitted(d.db, query.page);
    const view = d.catalogue.current;
    const rows = items.map((draft) => {
      const p = draft.entityType === 'procedure' ? view.procedure(draft.entityId) : undefined;
      const name = KINDS[draft.entityType].nameOf(draft.doc, v.locale);
      const conflict = p ? (view.lastUpdated(p)?.version ?? 1) !== draft.baseVersion : false;
      return { draft, name, conflict };
    });
    return html200(reply).send(reviewsPage(v, m, { items: rows, page: query.page, hasNext }).value);
  });
}
