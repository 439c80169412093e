// The project's own fixture pages (tests/fixtures/pages) against their expectations (tests/fixtures/expected).
import { describe } from 'vitest';
import { describeFixtures } from './harness/fixture-suite';
import { ownFixtures } from './harness/fixtures';

describe('own fixtures (tests/fixtures)', () => {
  describeFixtures(ownFixtures());
});
