import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and DOM tests. End-to-end tests load the built extension in a real browser and have their own
// config (vitest.e2e.config.ts), so they are excluded here.
export default defineConfig({
  // WxtVitest brings WXT's aliases and a fake `browser`; it doesn't apply wxt.config.ts's vite
  // plugins, so Preact's JSX setup is added here too.
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**'],
    globals: true,
  },
});
