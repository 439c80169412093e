// The project's own fixture pages against their expectations (tests/fixtures/pages/<name>/{source.html,expected.json}).
import { describe } from 'vitest';
import { describeFixtures } from './harness/fixture-suite';
import { ownFixtures } from './harness/fixtures';

describe('own fixtures (tests/fixtures/pages)', () => {
  describeFixtures(ownFixtures());
});
