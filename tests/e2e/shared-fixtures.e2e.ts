// The shared fixture pages (../shared/fixtures/pages) against their expectations (../shared/fixtures/expected).
// A fresh clone without ../shared skips this file and says so.
import { describe, it } from 'vitest';
import { describeFixtures } from './harness/fixture-suite';
import { sharedFixtures } from './harness/fixtures';
import { REPO_ROOT, SHARED_FIXTURES } from './harness/paths';
import path from 'node:path';

if (SHARED_FIXTURES) {
  describe('shared fixtures (../shared/fixtures)', () => {
    describeFixtures(sharedFixtures());
  });
} else {
  const where = path.resolve(REPO_ROOT, '../shared/fixtures');
  console.warn(`[e2e] Shared fixtures are absent (no ${where}/expected and /pages): skipping the shared-fixture suite.`);
  describe.skip(`shared fixtures: absent (${where} not found)`, () => {
    it('needs ../shared beside the checkout', () => {});
  });
}
