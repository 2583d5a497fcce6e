import { errorFields, type Logger } from './log.js';

/** What a serving mode offers to a graceful stop: how much is in flight, and a way to finish it. */
export interface Stoppable {
  inFlight(): number;
  stop(): Promise<void>;
}

/**
 * SIGINT/SIGTERM → finish what is in flight, then exit 0; should a request hang, exit anyway after
 * `graceMs`. Shared by the gateway and the HTTP endpoint so both stop the same way.
 */
export function stopOnSignals(log: Logger, target: Stoppable, graceMs = 10_000): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal, in_flight: target.inFlight() });
    setTimeout(() => process.exit(0), graceMs).unref();
    void target.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error('error while stopping', { error: errorFields(err) });
        process.exit(0);
      },
    );
  };
  // `on`, not `once`: a second signal (a wrapper relaying it, an impatient Ctrl-C) must not kill
  // the process with the default action while the answers in flight are being finished.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
