/**
 * Not an assertion (speed belongs to `npm run bench`): the slowest single call per property, printed
 * with PROPERTY_VERBOSE=1, so a pathological input (a 6000-character query, a regex blow-up) shows up.
 */
export class Slowest {
  private worst = new Map<string, { ms: number; input: string }>();
  time<T>(label: string, input: unknown, f: () => T): T {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      const ms = performance.now() - t0;
      const w = this.worst.get(label);
      if (!w || ms > w.ms) this.worst.set(label, { ms, input: JSON.stringify(input)?.slice(0, 120) ?? String(input) });
    }
  }
  report(): void {
    if (!process.env.PROPERTY_VERBOSE) return;
    for (const [label, { ms, input }] of [...this.worst].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`slowest ${label}: ${ms.toFixed(1)} ms for ${input}`);
  }
}

/** Generous per-test timeouts that grow with PROPERTY_RUNS (a long local run must not time out). */
export const propertyTimeout = (runs: number) => Math.max(60_000, runs * 50);
