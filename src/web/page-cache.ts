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
      // Refresh recency: Map keeps insertion order, so re-insert moves it to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses++;
    const out = render();
    const body = Buffer.isBuffer(out) ? out : Buffer.from(out);
    const entry: CachedBody = { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
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
