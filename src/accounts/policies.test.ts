/**
 * The role matrix: every role × every protected action, allowed and denied,
 * written out as a table a reviewer can read. A new action in POLICY without a
 * row here fails the "every action is covered" test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { authorize, can, policyActions, type Actor, type Resource } from './policies.ts';
import { ROLES, type Role } from './schema.ts';
import { HttpError } from '../http/errors.ts';

const ME = 'acct-me';
const OTHER = 'acct-other';
const actor = (role: Role, states: string[] = role === 'state-officer' ? ['14'] : []): Actor => ({ id: ME, roles: [role], states });

// Samples: content in the state officer's state (14, Jalisco), authored by someone else.
const federalProc: Resource = { type: 'procedure', level: 'federal', states: [], authorId: OTHER };
const jaliscoProc: Resource = { type: 'procedure', level: 'state', states: ['14'], authorId: OTHER };
const nuevoLeonProc: Resource = { type: 'procedure', level: 'municipal', states: ['19'], authorId: OTHER };

type Row = [label: string, type: Resource['type'], action: string, resource: Resource, allowed: Role[]];
const A: Role = 'admin', E: Role = 'editor', R: Role = 'reviewer', V: Role = 'advisor', S: Role = 'state-officer';

const MATRIX: Row[] = [
  ['read a federal procedure (staff view)', 'procedure', 'read', federalProc, [E, R, V, S]],
  ['draft/edit a federal procedure', 'procedure', 'draft', federalProc, [E]],
  ['draft/edit a procedure of their own state', 'procedure', 'draft', jaliscoProc, [E, S]],
  ['review a procedure draft', 'procedure', 'review', jaliscoProc, [R]],
  ['publish a procedure', 'procedure', 'publish', federalProc, [R]],
  ['read a state page', 'state-page', 'read', { type: 'state-page', code: '14' }, [E, R, V, S]],
  ['edit their own state page', 'state-page', 'draft', { type: 'state-page', code: '14' }, [E, S]],
  ['review a state page', 'state-page', 'review', { type: 'state-page', code: '14', authorId: OTHER }, [R]],
  ['publish a state page', 'state-page', 'publish', { type: 'state-page', code: '14', authorId: OTHER }, [R]],
  ['read a sector', 'sector', 'read', { type: 'sector' }, [E, R, V, S]],
  ['draft a sector', 'sector', 'draft', { type: 'sector' }, [E]],
  ['review a sector', 'sector', 'review', { type: 'sector', authorId: OTHER }, [R]],
  ['publish a sector', 'sector', 'publish', { type: 'sector', authorId: OTHER }, [R]],
  ['read an authority', 'authority', 'read', { type: 'authority' }, [E, R, V, S]],
  ['draft an authority', 'authority', 'draft', { type: 'authority' }, [E]],
  ['review an authority', 'authority', 'review', { type: 'authority', authorId: OTHER }, [R]],
  ['publish an authority', 'authority', 'publish', { type: 'authority', authorId: OTHER }, [R]],
  ['read a law', 'law', 'read', { type: 'law' }, [E, R, V, S]],
  ['draft a law', 'law', 'draft', { type: 'law' }, [E]],
  ['review a law', 'law', 'review', { type: 'law', authorId: OTHER }, [R]],
  ['publish a law', 'law', 'publish', { type: 'law', authorId: OTHER }, [R]],
  ['read a certification pair', 'certification', 'read', { type: 'certification' }, [E, R, V, S]],
  ['draft a certification pair', 'certification', 'draft', { type: 'certification' }, [E]],
  ['review a certification pair', 'certification', 'review', { type: 'certification', authorId: OTHER }, [R]],
  ['publish a certification pair', 'certification', 'publish', { type: 'certification', authorId: OTHER }, [R]],
  ['read an error report on their state', 'error-report', 'read', { type: 'error-report', level: 'state', states: ['14'] }, [E, R, S]],
  ['resolve an error report on their state', 'error-report', 'resolve', { type: 'error-report', level: 'state', states: ['14'] }, [E, R, S]],
  ['read a case of their state', 'case', 'read', { type: 'case', state: '14' }, [V, S]],
  ['reply to a case of their state', 'case', 'reply', { type: 'case', state: '14' }, [V, S]],
  ['close a case of their state', 'case', 'close', { type: 'case', state: '14' }, [V, S]],
  ['assign a case', 'case', 'assign', { type: 'case', state: '14' }, [V]],
  ['read a case of a desk team they are not in', 'case', 'read', { type: 'case', state: null, team: 'energy' }, []],
  ['see and change the desk routing rules', 'desk-routing', 'manage', { type: 'desk-routing' }, [A]],
  ['read the desk routing rules', 'desk-routing', 'read', { type: 'desk-routing' }, [A]],
  ['read the public’s page feedback', 'page-feedback', 'read', { type: 'page-feedback' }, [E, R]],
  ['read a chat of their state', 'chat', 'read', { type: 'chat', state: '14' }, [V, S]],
  ['reply to a chat of their state', 'chat', 'reply', { type: 'chat', state: '14' }, [V, S]],
  ['list users', 'account', 'list', { type: 'account' }, [A]],
  ['read a user', 'account', 'read', { type: 'account', id: OTHER }, [A]],
  ['invite a user', 'account', 'invite', { type: 'account' }, [A]],
  ['change roles and states', 'account', 'change-access', { type: 'account', id: OTHER }, [A]],
  ['disable a user', 'account', 'disable', { type: 'account', id: OTHER }, [A]],
  ['reset a user’s two-factor', 'account', 'reset-two-factor', { type: 'account', id: OTHER }, [A]],
  ['update their own account', 'account', 'update-self', { type: 'account', id: ME }, [A, E, R, V, S]],
  ['read the audit trail', 'audit', 'read', { type: 'audit' }, [A]],
];

describe('role matrix', () => {
  for (const [label, , action, resource, allowed] of MATRIX) {
    for (const role of ROLES) {
      const expected = allowed.includes(role);
      test(`${role} ${expected ? 'may' : 'may not'} ${label}`, () => {
        assert.equal(can(actor(role), action as never, resource as never), expected);
      });
    }
  }

  test('every action in the policy has a row in the matrix', () => {
    const covered = new Set(MATRIX.map(([, type, action]) => `${type}:${action}`));
    const missing = policyActions().filter((p) => !covered.has(`${p.type}:${p.action}`));
    assert.deepEqual(missing, []);
  });

  test('no role at all, or no actor, is allowed nothing', () => {
    for (const [, , action, resource] of MATRIX) {
      assert.equal(can({ id: ME, roles: [], states: [] }, action as never, resource as never), false);
      assert.equal(can(null, action as never, resource as never), false);
    }
  });
});

describe('state officers are scoped to their states', () => {
  const jalisco = actor('state-officer', ['14']);
  test('another state’s content can be neither read nor changed', () => {
    assert.equal(can(jalisco, 'read', nuevoLeonProc), false);
    assert.equal(can(jalisco, 'draft', nuevoLeonProc), false);
    assert.equal(can(jalisco, 'draft', { type: 'state-page', code: '19' }), false);
    assert.equal(can(jalisco, 'read', { type: 'case', state: '19' }), false);
    assert.equal(can(jalisco, 'read', { type: 'case', state: null }), false, 'an unassigned case belongs to the federal desk');
    assert.equal(can(jalisco, 'resolve', { type: 'error-report', level: 'municipal', states: ['19'] }), false);
  });
  test('a procedure shared with a state outside their scope is readable but not editable', () => {
    const shared: Resource = { type: 'procedure', level: 'state', states: ['14', '19'] };
    assert.equal(can(jalisco, 'read', shared), true);
    assert.equal(can(jalisco, 'draft', shared), false);
    assert.equal(can(actor('state-officer', ['14', '19']), 'draft', shared), true);
  });
  test('a procedure that applies in every state is not one state’s to edit', () => {
    assert.equal(can(jalisco, 'draft', { type: 'procedure', level: 'state', states: [] }), false);
  });
  test('the 404 form hides records outside the scope; the 403 form says no', () => {
    assert.throws(() => authorize(jalisco, 'read', { type: 'case', state: '19' }, { hide: true }), (e: HttpError) => e.statusCode === 404);
    assert.throws(() => authorize(jalisco, 'draft', nuevoLeonProc), (e: HttpError) => e.statusCode === 403);
    assert.throws(() => authorize(null, 'read', { type: 'audit' }), (e: HttpError) => e.statusCode === 401);
  });
});

describe('review needs a second person and roles add up', () => {
  test('a reviewer cannot review or publish their own draft', () => {
    const mine: Resource = { type: 'procedure', level: 'federal', states: [], authorId: ME };
    assert.equal(can(actor('reviewer'), 'review', mine), false);
    assert.equal(can(actor('reviewer'), 'publish', mine), false);
  });
  test('an account holding several roles gets the union of their grants', () => {
    const both: Actor = { id: ME, roles: ['admin', 'editor'], states: [] };
    assert.equal(can(both, 'draft', federalProc), true);
    assert.equal(can(both, 'read', { type: 'audit' }), true);
    assert.equal(can(both, 'publish', federalProc), false);
  });
  test('update-self applies only to one’s own account', () => {
    assert.equal(can(actor('editor'), 'update-self', { type: 'account', id: OTHER }), false);
  });
});
