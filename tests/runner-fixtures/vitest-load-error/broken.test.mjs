// Fails to load: the module it imports does not exist.
import { missing } from './no-such-module.mjs';
import { expect, it } from 'vitest';

it('never runs', () => {
  expect(missing).toBeDefined();
});
