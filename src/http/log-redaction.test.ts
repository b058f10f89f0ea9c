import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactUrl } from './log-redaction.ts';

test('token-bearing paths and parameters are redacted in logged URLs', () => {
  assert.equal(redactUrl('/staff/invitations/abc123'), '/staff/invitations/[redacted]');
  assert.equal(redactUrl('/staff/password/reset/abc123?lang=en'), '/staff/password/reset/[redacted]?lang=en');
  assert.equal(redactUrl('/es/seguimiento?t=secret&x=1'), '/es/seguimiento?t=[redacted]&x=1');
  assert.equal(redactUrl('/api/v1/requests/track?token=secret'), '/api/v1/requests/track?token=[redacted]');
});

test('URLs that can carry no token are logged as they are', () => {
  for (const url of ['/es/tramites/rnie-registration', '/en/', '/assets/app.css', '/api/v1/procedures?sector=11', '/staff/cases?status=open']) {
    assert.equal(redactUrl(url), url);
  }
});
