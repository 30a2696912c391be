// events.quickAdd: an event from one line of text ("Lunch with Bob tomorrow at noon"). The
// date and time are read with chrono (as a person in the calendar's zone means them, "today"
// being the emulator clock's today there); what is left is the title. A time without an end
// lasts the user's default event length (settings: defaultEventLength); a date without a
// time makes an all-day event, and text without either an all-day event today. The event is
// then inserted like any other (ids, etag, notifications by sendUpdates).

import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { errors } from './api-error.js';
import type { EventResource } from './event-store.js';
import { insertEvent, type EventContext } from './event-writes.js';
import { settingsOf } from './settings.js';

export function quickAddEvent(ctx: EventContext): EventResource {
  const text = ctx.query.get('text');
  if (text === null || text.trim() === '') throw errors.required('Missing text.', 'text');
  const zone = ctx.calendar.timeZone;
  const now = DateTime.fromMillis(ctx.world.clock.now(), { zone });
  // chrono reads dates in the process's local time: hand it the calendar's wall clock.
  const reference = new Date(now.year, now.month - 1, now.day, now.hour, now.minute);
  const found = chrono.parse(text, reference, { forwardDate: true })[0];
  const summary = found
    ? tidy(`${text.slice(0, found.index)} ${text.slice(found.index + found.text.length)}`)
    : text.trim();
  const wall = (c: chrono.ParsedComponents) =>
    DateTime.fromObject(
      {
        year: c.get('year') ?? now.year,
        month: c.get('month') ?? now.month,
        day: c.get('day') ?? now.day,
        hour: c.get('hour') ?? 0,
        minute: c.get('minute') ?? 0,
      },
      { zone },
    );
  let times: Pick<EventResource, 'start' | 'end'>;
  if (found && found.start.isCertain('hour')) {
    const start = wall(found.start);
    const minutes = Number(settingsOf(ctx.world, ctx.user).get('defaultEventLength')?.value ?? 60);
    const end = found.end ? wall(found.end) : start.plus({ minutes });
    times = {
      start: { dateTime: start.toISO({ suppressMilliseconds: true }) },
      end: {
        dateTime: (end > start ? end : start.plus({ minutes })).toISO({
          suppressMilliseconds: true,
        }),
      },
    };
  } else {
    const day = found ? wall(found.start) : now;
    times = {
      start: { date: day.toISODate() },
      end: { date: day.plus({ days: 1 }).toISODate() },
    };
  }
  return insertEvent(ctx, { summary: summary || text.trim(), ...times });
}

/** The title once the date is cut out: no doubled spaces, no dangling "on"/"at"/"from". */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(on|at|from|for|by)$/i, '')
    .replace(/[\s,;:-]+$/, '');
}
