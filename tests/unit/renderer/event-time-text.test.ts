// The time written on event chips: FullCalendar hands over the wall clock of the calendar's
// zone (as a UTC marker); chips show it in 24-hour time, a range joined by the locale's
// separator, and midnight as 00:00.
import { describe, expect, it } from 'vitest';
import type { VerboseFormattingArg } from '@fullcalendar/core/internal';
import { eventTimeText } from '../../../src-renderer/calendar/model/event-time-text';

function arg(start: string, end?: string): VerboseFormattingArg {
  const info = (iso: string) => ({ marker: new Date(iso) }) as VerboseFormattingArg['start'];
  return {
    date: info(start),
    start: info(start),
    end: end ? info(end) : undefined,
    timeZone: 'Europe/Berlin',
    localeCodes: ['en'],
    defaultSeparator: ' - ',
  } as VerboseFormattingArg;
}

describe('eventTimeText', () => {
  it('writes a start alone in 24-hour time', () => {
    expect(eventTimeText(arg('2026-03-10T14:05:00Z'))).toBe('14:05');
  });
  it('writes a range with the separator FullCalendar gives', () => {
    expect(eventTimeText(arg('2026-03-10T08:00:00Z', '2026-03-10T09:30:00Z'))).toBe(
      '08:00 - 09:30',
    );
  });
  it('writes midnight as 00:00, not 24:00', () => {
    expect(eventTimeText(arg('2026-03-10T23:00:00Z', '2026-03-11T00:00:00Z'))).toBe(
      '23:00 - 00:00',
    );
  });
  it('writes the same time of day on any date, before 1970 too', () => {
    expect(eventTimeText(arg('2026-03-10T20:17:00Z'))).toBe('20:17');
    expect(eventTimeText(arg('1969-07-20T20:17:00Z', '1969-07-21T02:56:00Z'))).toBe(
      '20:17 - 02:56',
    );
    expect(eventTimeText(arg('1969-07-21T02:56:00Z'))).toBe('02:56');
  });
});
