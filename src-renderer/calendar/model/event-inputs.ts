// The occurrences of a range as FullCalendar's event inputs: colours with readable text on
// them, what a drag may change (nothing on a read-only calendar or someone else's event, with
// the reason; a birthday its date, never its length), the special type's label, and the "+N more" entries of a crowded day column.
import type { EventInput } from '@fullcalendar/core';
import type { Occurrence } from './types';
import type { TimeGridMore } from './time-grid-thinning';
import { typeRules } from './event-types';

export function toEventInputs(
  occurrences: readonly Occurrence[],
  refusal: (occ: Occurrence) => string | null,
  zone: string,
): EventInput[] {
  return occurrences.map((occ): EventInput => {
    // Why it cannot move at all (a read-only calendar, someone else's event): said on hover.
    const fixed = refusal(occ);
    const writable = !fixed;
    const rules = typeRules(occ.event);
    return {
      // The id changes with every write, so FullCalendar mounts a fresh element and the
      // accessible name set in eventDidMount never goes stale. The record's id is part of it:
      // a generated instance and the exception that replaces it share the key, and a new
      // exception's version and time can equal its master's (same millisecond, version 1).
      // Whether it can move is part of it too, so its tooltip follows a calendar unticked.
      id: `${occ.key}|${occ.event.id}|${occ.event.localVersion}|${occ.event.updatedAt}|${fixed ? 'fixed' : ''}`,
      title: occ.title || '(No title)',
      start: occ.start,
      end: occ.end,
      allDay: occ.allDay,
      backgroundColor: occ.color,
      borderColor: occ.color,
      textColor: readableTextOn(occ.color),
      // A drag changes only what the type lets change: a birthday's date, never its length.
      startEditable: writable && !rules.locked.has('startDate'),
      durationEditable: writable && !rules.locked.has('endDate'),
      classNames: [
        ...(occ.event.status === 'tentative' ? ['tentative'] : []),
        ...(fixed ? ['fixed-event'] : []),
      ],
      // The zone travels with the event because eventDidMount runs before this component's
      // effects, so a ref updated there would still hold the previous zone.
      extendedProps: {
        occurrence: occ,
        zone,
        typeLabel: rules.label,
        allDayFixed: rules.locked.has('allDay'),
        fixed,
      },
    };
  });
}

/** "+N more" in a day column: over the hidden events' times, beside the ones shown. */
export function toTimeGridMoreInput(more: TimeGridMore): EventInput {
  return {
    id: `more|${more.date}|${more.startMs}`,
    title: `+${more.hidden} more`,
    start: new Date(more.startMs).toISOString(),
    end: new Date(more.endMs).toISOString(),
    allDay: false,
    editable: false,
    classNames: ['almanac-more'],
    extendedProps: { more },
  };
}

// ---------------------------------------------------------------------------------------

const textColors = new Map<string, string>();

/** Black or white, whichever reads better on the event's colour (Google's palette has both). */
export function readableTextOn(color: string): string {
  let cached = textColors.get(color);
  if (cached) return cached;
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return '#ffffff';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  cached = luminance > 0.6 ? '#1f1f1f' : '#ffffff';
  textColors.set(color, cached);
  return cached;
}
