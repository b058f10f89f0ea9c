/**
 * Who may read /metrics: a client address in METRICS_ALLOW (the address Fastify resolved, so
 * TRUST_PROXY applies as for every per-IP limit) or a request bearing METRICS_TOKEN. Anyone else
 * gets the ordinary 404, so the endpoint's existence is not revealed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

export interface MetricsAccessConfig {
  METRICS_ALLOW: string[];
  METRICS_TOKEN?: string | undefined;
}

export function metricsAccess(config: MetricsAccessConfig): (ip: string, authorization: string | undefined) => boolean {
  const allow = new BlockList();
  for (const entry of config.METRICS_ALLOW) {
    const [addr, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) allow.addAddress(addr, family);
    else allow.addSubnet(addr, Number(prefix), family);
  }
  // Compared as hashes: equal lengths for timingSafeEqual, and no early exit on the first wrong byte.
  const token = config.METRICS_TOKEN ? digest(config.METRICS_TOKEN) : null;
  return (ip, authorization) => {
    if (token && authorization?.startsWith('Bearer ') && timingSafeEqual(digest(authorization.slice(7).trim()), token)) return true;
    return config.METRICS_ALLOW.length > 0 && addressAllowed(allow, ip);
  };
}

function addressAllowed(allow: BlockList, ip: string): boolean {
  // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d.
  const v4 = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(v4);
  if (!family) return false;
  return allow.check(v4, family === 6 ? 'ipv6' : 'ipv4');
}

const digest = (s: string) => createHash('sha256').update(s).digest();
