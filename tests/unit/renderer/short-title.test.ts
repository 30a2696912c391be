// The toolbar's title in a narrow window: short month names, and one year for a week across two.
import { expect, test } from 'vitest';
import { shortTitle } from '../../../src-renderer/calendar/Toolbar';

test('month names are cut to three letters; a week across two years keeps only the last year', () => {
  expect(shortTitle('December 2026')).toBe('Dec 2026');
  expect(shortTitle('December 4, 2026')).toBe('Dec 4, 2026');
  expect(shortTitle('Nov 30 – Dec 6, 2026')).toBe('Nov 30 – Dec 6, 2026');
  expect(shortTitle('Dec 28, 2026 – Jan 3, 2027')).toBe('Dec 28 – Jan 3, 2027');
  expect(shortTitle('December 28, 2026 – January 3, 2027')).toBe('Dec 28 – Jan 3, 2027');
});
