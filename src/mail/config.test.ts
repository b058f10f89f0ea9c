import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../config.ts';
import { transportFromConfig } from './transport.ts';

test('staff settings: defaults, and a bad value names its variable', () => {
  const c = loadConfig({});
  assert.equal(c.SMTP_URL, undefined);
  assert.equal(c.SESSION_IDLE_MINUTES, 30);
  assert.equal(c.SESSION_ABSOLUTE_HOURS, 12);
  assert.equal(c.LOGIN_MAX_FAILURES, 5);
  assert.equal(c.LOGIN_LOCKOUT_MINUTES, 15);
  assert.equal(c.AUTH_RATE_LIMIT_PER_MINUTE, 20);
  assert.throws(() => loadConfig({ SMTP_URL: 'http://mail' }), /SMTP_URL/);
  assert.throws(() => loadConfig({ SESSION_IDLE_MINUTES: '0' }), /SESSION_IDLE_MINUTES/);
  assert.equal(loadConfig({ SMTP_URL: '' }).SMTP_URL, undefined);
});

test('mail goes to SMTP when SMTP_URL is set, else to DATA_DIR/outbox', () => {
  assert.equal(transportFromConfig(loadConfig({})).name, 'file');
  const smtp = transportFromConfig(loadConfig({ SMTP_URL: 'smtp://user:pass@127.0.0.1:2525' }));
  assert.equal(smtp.name, 'smtp');
  smtp.close?.();
});
