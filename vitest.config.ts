import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files run on their own, after all the others, in a fresh process as before: their checks hold
 * the bot (a child process and a watchdog thread) to wall-clock deadlines — deferred within 3 s, 200
 * interactions answered before SIGTERM — which a second worker starting child processes beside them
 * made miss on a 2-CPU machine.
 */
const ALONE = ['tests/e2e/service.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ALONE],
          // Vitest's default is one worker fewer than the CPUs: one on a 2-CPU machine, leaving a CPU
          // idle whenever no test file has a child process running. Two at least.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // A worker runs its test files one after another in the same module graph instead of a fresh
          // process each: src/ is imported and tests/helpers.ts's testDeps() (the dataset, validated and
          // indexed) built once per worker rather than once per file, which was most of the suite's
          // time. So a test must leave no state behind: fake timers restored (afterEach useRealTimers),
          // servers and child processes closed in afterAll, no module-level state of src/ changed.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: ALONE, maxWorkers: 1, isolate: true, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
