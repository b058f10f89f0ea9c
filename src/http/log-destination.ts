/**
 * Where the server's logs go: standard output through an asynchronous, buffered pino destination.
 * Writing each request's line synchronously cost ~40 % of the cached page's throughput (issue 9,
 * measured with wrk in bench/http.bench.ts); buffered, lines leave in writes of at least 8 KB (about
 * 30 request lines: one write, and one wake-up of libuv's thread pool, per 30 requests rather than
 * per 13 with 4 KB; measured in docs/decisions/030) off the request path, and at least every
 * 250 ms so a quiet server's lines still show promptly. At most one write is in flight; lines that
 * arrive meanwhile wait in the buffer, which is never truncated (no line is dropped under load). The buffer is
 * flushed synchronously when the process exits (any exit, including process.exit after an
 * uncaught error); only a SIGKILL can lose its last quarter-second of lines.
 */
import pino from 'pino';

export function asyncStdout(): pino.DestinationStream {
  const dest = pino.destination({ dest: 1, sync: false, minLength: 8192 });
  setInterval(() => {
    try {
      dest.flush();
    } catch {
      /* a write is in flight: the next tick flushes */
    }
  }, 250).unref();
  process.on('exit', () => {
    try {
      dest.flushSync();
    } catch {
      /* nothing left to flush, or stdout is gone */
    }
  });
  return dest;
}
