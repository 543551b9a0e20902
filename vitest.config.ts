import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation, Prism start-up and tsc runs take seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Suites that spawn tsc or the CLIs compete for two cores; keep the worker count small.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
