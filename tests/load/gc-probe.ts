/**
 * Preloaded into the bot process by the load harness (with --expose-gc): on SIGUSR2, a full garbage
 * collection, then the heap still in use as one JSON line on stderr. Live heap after a full GC is
 * what a leak grows; RSS also moves with the collector's rhythm, so it alone cannot tell.
 */
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  process.stderr.write(
    `${JSON.stringify({ level: 'probe', msg: 'heap after gc', heapUsedMb: m.heapUsed / 2 ** 20, rssMb: m.rss / 2 ** 20 })}\n`,
  );
});
