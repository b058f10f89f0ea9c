/**
 * Who may do what, declared once per entity and action as a table: for each
 * action, the roles that grant it and, where a role is scoped, the condition
 * on the resource. Routes and API handlers call `authorize` (server-side, for
 * every request); views call `can` only to hide what would be refused anyway.
 *
 * Roles add up (an account may hold several) and grant nothing implicitly: an
 * admin manages accounts and reads the audit trail, and edits content only if
 * also given the editor role (separation of duties).
 */
import { HttpError } from '../http/errors.ts';
import type { Role } from './schema.ts';

export interface Actor {
  id: string;
  roles: readonly Role[];
  /** INEGI codes; meaningful for the state-officer role only. */
  states: readonly string[];
  /** Desk teams (src/desk) the account belongs to; meaningful for advisors. */
  teams?: readonly string[];
}

type Level = 'federal' | 'state' | 'municipal';
/** Content whose reach is a level and a set of states ([] = every state). */
interface Scoped {
  level: Level;
  states: readonly string[];
}

export type Resource =
  | ({ type: 'procedure'; authorId?: string | null } & Scoped)
  | { type: 'state-page'; code: string; authorId?: string | null }
  | { type: 'sector'; authorId?: string | null }
  | { type: 'authority'; authorId?: string | null }
  | { type: 'law'; authorId?: string | null }
  | { type: 'certification'; authorId?: string | null }
  | ({ type: 'error-report' } & Scoped)
  | { type: 'case'; state: string | null; team?: string | null }
  | { type: 'chat'; state: string | null }
  | { type: 'desk-routing' }
  | { type: 'page-feedback' }
  | { type: 'account'; id?: string }
  | { type: 'audit' };

export type EntityType = Resource['type'];
type Of<T extends EntityType> = Extract<Resource, { type: T }>;
/** A role grants an action outright (true) or when the condition on the resource holds. */
type Grant<R> = true | ((actor: Actor, resource: R) => boolean);
type Rule<R> = Partial<Record<Role, Grant<R>>>;

// Scope conditions for state officers. Federal content is nobody's state: readable, never editable.
const overlaps = (a: Actor, r: Scoped) => r.level === 'federal' || r.states.length === 0 || r.states.some((s) => a.states.includes(s));
const within = (a: Actor, r: Scoped) => r.level !== 'federal' && r.states.length > 0 && r.states.every((s) => a.states.includes(s));
const ownState = (a: Actor, r: { state: string | null }) => r.state !== null && a.states.includes(r.state);
// A desk team's cases are its members' (other advisors do not read them); the general queue is every advisor's.
const teamOf = (a: Actor, r: { team?: string | null }) => !r.team || (a.teams ?? []).includes(r.team);
// Review is a second pair of eyes: never the draft's author.
const notAuthor = (a: Actor, r: { authorId?: string | null }) => !r.authorId || r.authorId !== a.id;
const self = (a: Actor, r: { id?: string }) => r.id === a.id;

/** Reference content (sectors, authorities, laws): federal editors draft, reviewers publish. */
const reference = <R extends { authorId?: string | null }>() => ({
  read: { editor: true, reviewer: true, advisor: true, 'state-officer': true } as Rule<R>,
  draft: { editor: true } as Rule<R>,
  review: { reviewer: notAuthor } as Rule<R>,
  publish: { reviewer: notAuthor } as Rule<R>,
});

export const POLICY = {
  procedure: {
    read: { editor: true, reviewer: true, advisor: true, 'state-officer': overlaps },
    draft: { editor: true, 'state-officer': within },
    review: { reviewer: notAuthor },
    publish: { reviewer: notAuthor },
  },
  'state-page': {
    read: { editor: true, reviewer: true, advisor: true, 'state-officer': true },
    draft: { editor: true, 'state-officer': (a, r) => a.states.includes(r.code) },
    review: { reviewer: notAuthor },
    publish: { reviewer: notAuthor },
  },
  sector: reference<Of<'sector'>>(),
  authority: reference<Of<'authority'>>(),
  law: reference<Of<'law'>>(),
  // The US ↔ Mexico certification glossary (src/certifications): reference content like the rest.
  certification: reference<Of<'certification'>>(),
  'error-report': {
    // A report carries the reporter's e-mail: a state officer reads only those about their own
    // state's procedures (the ones they resolve), by id as in lists (issue 9, finding 7).
    read: { editor: true, reviewer: true, 'state-officer': within },
    resolve: { editor: true, reviewer: true, 'state-officer': within },
  },
  case: {
    read: { advisor: teamOf, 'state-officer': ownState },
    reply: { advisor: teamOf, 'state-officer': ownState },
    close: { advisor: teamOf, 'state-officer': ownState },
    assign: { advisor: teamOf },
  },
  // "Was this page useful?" answers and comments (src/feedback): anonymous, read by the content team.
  'page-feedback': {
    read: { editor: true, reviewer: true },
  },
  'desk-routing': {
    read: { admin: true },
    manage: { admin: true },
  },
  chat: {
    read: { advisor: true, 'state-officer': ownState },
    reply: { advisor: true, 'state-officer': ownState },
  },
  account: {
    list: { admin: true },
    read: { admin: true },
    invite: { admin: true },
    'change-access': { admin: true },
    disable: { admin: true },
    'reset-two-factor': { admin: true },
    'update-self': { admin: self, editor: self, reviewer: self, advisor: self, 'state-officer': self },
  },
  audit: {
    read: { admin: true },
  },
} satisfies { [T in EntityType]: Record<string, Rule<Of<T>>> };

export type ActionOf<T extends EntityType> = keyof (typeof POLICY)[T] & string;

export function can<T extends EntityType>(actor: Actor | null | undefined, action: ActionOf<T>, resource: Of<T>): boolean {
  if (!actor) return false;
  const rule = (POLICY[resource.type] as Record<string, Rule<Of<T>>>)[action];
  if (!rule) return false;
  return actor.roles.some((role) => {
    const grant = rule[role];
    return grant === true || (typeof grant === 'function' && grant(actor, resource));
  });
}

/**
 * Throws unless allowed. `hide` answers 404 instead of 403, for records whose
 * very existence is out of the actor's scope (another state's case).
 */
export function authorize<T extends EntityType>(actor: Actor | null | undefined, action: ActionOf<T>, resource: Of<T>, opts: { hide?: boolean } = {}): void {
  if (can(actor, action, resource)) return;
  if (!actor) throw new HttpError(401, 'unauthenticated', 'sign in first');
  if (opts.hide) throw new HttpError(404, 'not_found', `${resource.type} not found`);
  throw new HttpError(403, 'forbidden', `not allowed to ${action} ${resource.type}`);
}

/** Every (entity, action) pair the policy knows: the role-matrix test walks it. */
export function policyActions(): { type: EntityType; action: string }[] {
  return Object.entries(POLICY).flatMap(([type, actions]) => Object.keys(actions).map((action) => ({ type: type as EntityType, action })));
}
