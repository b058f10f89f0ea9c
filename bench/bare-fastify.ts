/**
 * The bare-Fastify baseline: one process serving saved bytes from memory, no hooks, no logger.
 * What the framework itself costs on this machine; Ventanilla's overhead is measured against it.
 * Usage: node --import tsx bench/bare-fastify.ts <port> <file> <content-type>
 */
import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';

const [port, file, type] = process.argv.slice(2) as [string, string, string];
const body = await readFile(file);
const app = Fastify({ logger: false });
app.get('/page', (_req, reply) => reply.type(type).send(body));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
