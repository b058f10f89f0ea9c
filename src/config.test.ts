import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';

test('defaults serve on localhost:3000 with PGlite in ./data', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.DATA_DIR, './data');
  assert.equal(c.DATABASE_URL, undefined);
  assert.equal(c.PUBLIC_URL, 'http://localhost:3000');
});

test('a bad value stops the boot and names the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL/);
});

test('TRUST_PROXY takes proxy addresses/networks or a hop count, and refuses "true"', () => {
  assert.equal(loadConfig({}).TRUST_PROXY, false);
  assert.equal(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY, false);
  assert.equal(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY, 1);
  assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8' }).TRUST_PROXY, ['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
  assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY: true would trust any client/);
  assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY: not an IP address or CIDR network: 10.0.0.0\/33/);
  assert.throws(() => loadConfig({ TRUST_PROXY: 'proxy.local' }), /TRUST_PROXY/);
  assert.throws(() => loadConfig({ TRUST_PROXY: '99' }), /TRUST_PROXY: a hop count/);
});

test('METRICS_ALLOW takes addresses/networks like TRUST_PROXY; METRICS_TOKEN needs 16 characters', () => {
  assert.deepEqual(loadConfig({}).METRICS_ALLOW, []);
  assert.equal(loadConfig({}).METRICS_TOKEN, undefined);
  assert.deepEqual(loadConfig({ METRICS_ALLOW: '127.0.0.1, 10.0.0.0/8' }).METRICS_ALLOW, ['127.0.0.1', '10.0.0.0/8']);
  assert.throws(() => loadConfig({ METRICS_ALLOW: '10.0.0.0/33' }), /METRICS_ALLOW: not an IP address or CIDR network: 10.0.0.0\/33/);
  assert.throws(() => loadConfig({ METRICS_TOKEN: 'short' }), /METRICS_TOKEN: at least 16 characters/);
  assert.equal(loadConfig({ METRICS_TOKEN: 'x'.repeat(16) }).METRICS_TOKEN, 'x'.repeat(16));
});
