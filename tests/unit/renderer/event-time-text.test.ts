// The time written on event chips: FullCalendar hands over the wall clock of the calendar's
// zone (as a UTC marker); chips show it in 24-hour time, a range joined by the locale's
// separator, and midnight as 00:00.
import { describe, expect, it, vi } from 'vitest';
import type { VerboseFormattingArg } from '@fullcalendar/core/internal';
import { eventTimeText, slotLabelText } from '../../../src-renderer/calendar/model/event-time-text';
import type { DateFormats } from '../../../src-preload/date-formats';

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
  it('asks the formats for each time of day once, whatever the date', () => {
    // A busy week writes the same few hours hundreds of times; building the text is the cost.
    const time = vi.fn((ms: number) => `t${ms}`);
    const label = slotLabelText({ time } as unknown as DateFormats);
    for (const day of ['2026-03-10', '2026-03-11', '1969-07-20'])
      expect(label(arg(`${day}T08:00:00Z`))).toBe('t28800000');
    expect(label(arg('2026-03-10T09:00:00Z'))).toBe('t32400000');
    expect(time).toHaveBeenCalledTimes(2);
  });
});
