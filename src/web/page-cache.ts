/**
 * Rendered public responses, cached per catalogue revision: rendering costs far
 * more than serving bytes (STACK-NOTES), and the catalogue changes rarely.
 * Compressed variants are made once per entry, on first demand, never per request.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface CachedBody {
  body: Buffer;
  type: string;
  etag: string;
  gzip?: Buffer;
  br?: Buffer;
  /** Looked up since the eviction sweep last passed it (second-chance eviction, below). */
  recent?: boolean;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  /** Lookups since start, read by /metrics. */
  hits = 0;
  misses = 0;
  constructor(private readonly maxEntries = 2000) {}

  /** Returns the cached body for key, rendering and storing it on a miss. */
  get(key: string, type: string, render: () => string | Buffer): CachedBody {
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      // Second chance (CLOCK) instead of moving the entry to the end of the Map: a flag per hit,
      // where the delete and re-insert hashed the key twice more on every cached page (issue 9).
      hit.recent = true;
      return hit;
    }
    this.misses++;
    const out = render();
    const body = Buffer.isBuffer(out) ? out : Buffer.from(out);
    const entry: CachedBody = { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
    // Room is made before the new entry goes in: it must not be the first unused entry the sweep meets.
    if (this.entries.size >= this.maxEntries) this.evictOne();
    this.entries.set(key, entry);
    return entry;
  }

  /** Evicts the oldest entry not looked up since the sweep last passed it; looked-up ones move to the end. */
  private evictOne(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.recent) return;
      entry.recent = false;
      this.entries.set(key, entry);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Sends a cached body with ETag revalidation and a precompressed encoding when accepted. */
export function sendCached(req: FastifyRequest, reply: FastifyReply, entry: CachedBody, status = 200): FastifyReply {
  reply.header('ETag', entry.etag).header('Vary', 'Accept-Encoding').header('Cache-Control', 'public, max-age=0, must-revalidate');
  reply.type(entry.type);
  if (status === 200 && req.headers['if-none-match'] === entry.etag) return reply.code(304).send();
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (entry.body.length > 1024 && /\bbr\b/.test(accept)) {
    entry.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
    return reply.code(status).header('Content-Encoding', 'br').send(entry.br);
  }
  if (entry.body.length > 1024 && /\bgzip\b/.test(accept)) {
    entry.gzip ??= gzipSync(entry.body, { level: 6 });
    return reply.code(status).header('Content-Encoding', 'gzip').send(entry.gzip);
  }
  return reply.code(status).send(entry.body);
}
