import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTotp, groupedSecret, newTotpSecret, totpNow, totpUri } from './totp.ts';

test('a current code is accepted once; the same step is refused afterwards (replay)', async () => {
  const secret = newTotpSecret();
  const code = await totpNow(secret);
  const step = await checkTotp(secret, code, null);
  assert.equal(typeof step, 'number');
  assert.equal(await checkTotp(secret, code, step), null);
});

test('codes from one step of drift pass, older ones and wrong ones fail', async () => {
  const secret = newTotpSecret();
  const now = Math.floor(Date.now() / 1000);
  assert.notEqual(await checkTotp(secret, await totpNow(secret, now - 30), null, now), null);
  assert.equal(await checkTotp(secret, await totpNow(secret, now - 120), null, now), null);
  const window = await Promise.all([-30, 0, 30].map((d) => totpNow(secret, now + d)));
  const wrong = ['000000', '111111', '222222', '333333'].find((c) => !window.includes(c))!;
  assert.equal(await checkTotp(secret, wrong, null, now), null);
  assert.equal(await checkTotp(secret, 'abc', null), null);
  assert.equal(await checkTotp('not base32!', '123456', null), null);
});

test('the enrolment URI names the issuer and account; the secret is shown in groups', () => {
  const uri = totpUri('ana@example.org', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  assert.match(uri, /^otpauth:\/\/totp\/Ventanilla:ana%40example\.org\?/);
  assert.match(uri, /issuer=Ventanilla/);
  assert.equal(groupedSecret('ABCDEFGH'), 'ABCD EFGH');
});
