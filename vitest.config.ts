import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the CPUs: one worker on a 2-CPU machine, leaving a CPU
    // idle whenever no test file has a child process running. Two at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker runs its test files one after another in the same module graph instead of a fresh
    // process each: src/ is imported and tests/helpers.ts's testDeps() (the dataset, validated and
    // indexed) built once per worker rather than once per file, which was most of the suite's time.
    // So a test must leave no state behind: fake timers restored (afterEach useRealTimers), servers and
    // child processes closed in afterAll, no module-level state of src/ changed.
    isolate: false,
  },
});
