import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation of 220 operations, Prism start-up, tsc and Chromium runs take seconds each on a
    // 2-core machine, more when suites run side by side; these are hang guards, not performance limits.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Suites that spawn tsc or the CLIs compete for two cores; keep the worker count small.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
