import { describe, expect, it } from 'vitest';
import { formatReport, runLoad } from './harness.js';

// The CI-sized load run: the real bot process against the fake Discord, a few hundred mixed
// commands, autocompletes and clicks. Not a speed test: it asserts what users would notice —
// every interaction answered, none after Discord's 3 s — and that every payload was valid.
describe('a few hundred interactions through the fake gateway', () => {
  it('every one answered, none after 3 s, every payload valid, the bot stops cleanly', async () => {
    const report = await runLoad({
      count: 300,
      rates: [100, 200],
      soak: { rate: 200, steps: 1 },
      maxInFlight: 300,
      validate: true,
      lostAfterMs: 5000,
      maxSeconds: 60,
      seed: 7,
    });
    const table = formatReport(report);
    expect(report.total.sent, table).toBe(300);
    expect(report.total.lost, table).toBe(0);
    expect(report.total.answered, table).toBe(300);
    expect(report.total.late, table).toBe(0);
    expect(
      report.steps.reduce((n, s) => n + s.mentions, 0),
      'mentions are in the mix',
    ).toBeGreaterThan(0);
    expect(report.total.max, table).toBeLessThan(3000);
    expect(report.violations, table).toEqual([]);
    expect(report.botWarnings, table).toEqual([]);
    expect(report.botExitCode, table).toBe(0);
  }, 90_000);
});
