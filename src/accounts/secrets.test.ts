import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, hashToken, randomToken, verifyPassword } from './secrets.ts';

test('passwords are hashed with argon2id and verified', async () => {
  const h = await hashPassword('correct horse battery');
  assert.match(h, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(h, 'correct horse battery'), true);
  assert.equal(await verifyPassword(h, 'correct horse batterY'), false);
  assert.equal(await verifyPassword(null, 'anything'), false);
  assert.equal(await verifyPassword('not a hash', 'anything'), false);
});

test('tokens are random and stored only as their hash', () => {
  const a = randomToken();
  assert.notEqual(a, randomToken());
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(hashToken(a), hashToken(a));
  assert.notEqual(hashToken(a), a);
});
