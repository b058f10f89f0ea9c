/**
 * A background job of the server: run soon after start, then every `everyMs`; errors are reported,
 * never thrown into the server; `stop()` waits for a run in progress (shutdown).
 */
export function periodic(run: () => Promise<unknown>, o: { firstMs: number; everyMs: number; onError: (err: unknown) => void }): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = run().catch(o.onError);
  };
  const first = setTimeout(tick, o.firstMs);
  const timer = setInterval(tick, o.everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
