// Fails to load: the module it imports does not exist.
import { test } from '@playwright/test';
import { missing } from './no-such-module.mjs';

test('never runs', () => {
  test.expect(missing).toBeDefined();
});
