import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox: the Firefox build installed as a temporary add-on over WebDriver BiDi
// (tests/e2e-firefox, files named *.e2e.ts). One browser per file, files one after another.
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
