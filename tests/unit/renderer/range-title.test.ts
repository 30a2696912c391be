// The toolbar's title forms, longest first: as written, short month names, one year for a
// range across two, the months alone.
import { expect, test } from 'vitest';
import { titleForms } from '../../../src-renderer/calendar/range-title';

test('month names are cut to three letters, a week across two years keeps only the last year, and last comes the months alone', () => {
  expect(titleForms('December 2026')).toEqual(['December 2026', 'Dec 2026']);
  expect(titleForms('May 2026')).toEqual(['May 2026']);
  expect(titleForms('Dec 4, 2026')).toEqual(['Dec 4, 2026']);
  expect(titleForms('Jun 8 – 14, 2026')).toEqual(['Jun 8 – 14, 2026', 'Jun 2026']);
  expect(titleForms('Nov 30 – Dec 6, 2026')).toEqual(['Nov 30 – Dec 6, 2026', 'Nov – Dec 2026']);
  expect(titleForms('Dec 28, 2026 – Jan 3, 2027')).toEqual([
    'Dec 28, 2026 – Jan 3, 2027',
    'Dec 28 – Jan 3, 2027',
    'Dec – Jan 2027',
  ]);
  expect(titleForms('December 28, 2026 – January 3, 2027')).toEqual([
    'December 28, 2026 – January 3, 2027',
    'Dec 28, 2026 – Jan 3, 2027',
    'Dec 28 – Jan 3, 2027',
    'Dec – Jan 2027',
  ]);
});
