/**
 * Where the server's logs go: standard output through an asynchronous, buffered pino destination.
 * Writing each request's line synchronously cost ~40 % of the cached page's throughput (issue 9,
 * measured with wrk in bench/http.bench.ts); buffered, lines leave in writes of at least 32 KB (about
 * 110 request lines) off the request path: each asynchronous write wakes a thread of libuv's pool,
 * and on a busy machine that wake-up takes the core from the event loop (profiled: ~13 µs of wall
 * time per request with 4–8 KB writes; ADR 030), so the fewer the better; and at least every
 * 250 ms so a quiet server's lines still show promptly. At most one write is in flight; lines that
 * arrive meanwhile wait in the buffer, which is never truncated (no line is dropped under load). The buffer is
 * flushed synchronously when the process exits (any exit, including process.exit after an
 * uncaught error); only a SIGKILL can lose its last quarter-second of lines.
 */
import pino from 'pino';

export function asyncStdout(): pino.DestinationStream {
  const dest = pino.destination({ dest: 1, sync: false, minLength: 32 * 1024, maxWrite: 64 * 1024 });
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
