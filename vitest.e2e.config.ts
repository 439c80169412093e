import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (tests/e2e, files named *.e2e.ts so the unit
// run never picks them up). One browser per file, files one after another.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
