import { expect, test } from '@playwright/test';

test('first passes', () => {
  expect(1 + 1).toBe(2);
});

test('second passes', () => {
  expect('a'.repeat(2)).toBe('aa');
});
