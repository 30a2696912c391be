// The event chips on the grid, as FullCalendar hands them to us: what a chip shows, how it
// is announced to a screen reader, which drops it allows, and reading the occurrence (or the
// "+N more" entry) and the span back out of it. Special events (a birthday, focus time…)
// carry their label on the chip and move only as Google lets their type move. Pure functions
// of the chip, so the grid gives FullCalendar stable callbacks.
import type { AllowFunc, EventApi, EventContentArg, EventMountArg } from '@fullcalendar/core';
import { Fragment } from '@fullcalendar/core/preact';
import { addDays, occurrenceLabel } from './model/display-dates';
import type { MoreEntry } from './model/month-thinning';
import type { Occurrence } from './model/types';
import type { Span } from './CalendarView';
import { FULLCALENDAR_VIEWS } from './fullcalendar-views';
import { activeLocale } from '../i18n/active-locale';

/**
 * Plain text for "+N more" entries; a timed chip of the day and week grids as two lines (see
 * timeGridChip); a special event's chip as FullCalendar draws chips, with its label before
 * the title; `true` keeps FullCalendar's own rendering for the others.
 */
export function renderEventContent(arg: EventContentArg, createElement: CreateElement) {
  const more = moreOf(arg.event);
  // Drawn by FullCalendar's own (Preact) renderer, which FullCalendar hands over: as HTML
  // each "+N more" went through the HTML parser, and as a React element through a portal.
  if (more)
    return createElement('span', { className: 'almanac-more-text' }, `+${more.hidden} more`);
  const label = arg.event.extendedProps.typeLabel as string | null | undefined;
  if (!arg.event.allDay && TIME_GRIDS.has(arg.view.type))
    return timeGridChip(arg, label, createElement);
  if (!label) return true;
  const title = (
    <span className="fc-event-title">
      <span className="event-type-badge">{label}</span> {arg.event.title}
    </span>
  );
  if (arg.view.type === FULLCALENDAR_VIEWS.agenda) return title;
  return (
    <div className="fc-event-main-frame">
      {arg.timeText && <div className="fc-event-time">{arg.timeText}</div>}
      <div className="fc-event-title-container">{title}</div>
    </div>
  );
}

/** The views whose timed chips are drawn by timeGridChip. */
const TIME_GRIDS = new Set([FULLCALENDAR_VIEWS.week, FULLCALENDAR_VIEWS.day]);

/**
 * A timed chip of the day and week grids: its time and its title straight inside the chip's
 * content box, where FullCalendar's own puts them in a column of flex boxes, the title in a
 * container of its own and kept in view by `position: sticky` (grid.css lays the two out).
 * A week of a busy month draws a couple of hundred chips at once, and each element and each
 * sticky box of theirs is styled and laid out before the week shows (month to week, three
 * runs alternated with the branch's base at load 5-14: 179, 171, 235 → 127, 167, 214 ms).
 */
function timeGridChip(arg: EventContentArg, label: string | null | undefined, h: CreateElement) {
  const title = label
    ? h(
        'div',
        { className: 'fc-event-title' },
        h('span', { className: 'event-type-badge' }, label),
        ' ',
        arg.event.title,
      )
    : h('div', { className: 'fc-event-title' }, arg.event.title);
  if (!arg.timeText) return title;
  return h(Fragment, null, h('div', { className: 'fc-event-time' }, arg.timeText), title);
}

/** FullCalendar's own element factory (Preact's), as it passes it to a content function. */
type CreateElement = (
  type: string | typeof Fragment,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

/** Every chip is a button for the keyboard and screen readers, named by what it is. */
export function eventDidMount(info: EventMountArg) {
  const more = moreOf(info.event);
  if (more) {
    info.el.setAttribute('role', 'button');
    info.el.setAttribute('aria-label', `${info.event.title}, ${more.date}`);
    return;
  }
  const occurrence = occurrenceOf(info.event);
  const fixed = info.event.extendedProps.fixed as string | null | undefined;
  if (fixed) info.el.title = fixedTooltip(fixed);
  // In the list view the row is a table row; its title link is the interactive part.
  const target = info.el.querySelector<HTMLElement>('.fc-list-event-title a') ?? info.el;
  target.setAttribute('role', 'button');
  if (!target.hasAttribute('tabindex')) target.tabIndex = 0;
  target.setAttribute(
    'aria-label',
    occurrence
      ? occurrenceLabel(occurrence, info.event.extendedProps.zone as string)
      : info.event.title,
  );
}

/** The tooltip of a chip that cannot move: why, and that a click still opens it. */
export function fixedTooltip(fixed: string): string {
  return activeLocale().t('grid.fixed', { reason: fixed });
}

/** A drop that would turn an event all-day (or timed) when its type forbids it is refused. */
export const allowDrop: AllowFunc = (span, moving) =>
  !(moving?.extendedProps.allDayFixed && span.allDay !== moving.allDay);

export function moreOf(event: EventApi): MoreEntry | undefined {
  return event.extendedProps.more as MoreEntry | undefined;
}

export function occurrenceOf(event: EventApi): Occurrence | undefined {
  return event.extendedProps.occurrence as Occurrence | undefined;
}

/** Where a dragged or resized chip ended up, in Occurrence format. */
export function spanOf(event: EventApi): Span {
  if (event.allDay) {
    const start = event.startStr.slice(0, 10);
    return {
      start,
      end: event.endStr ? event.endStr.slice(0, 10) : addDays(start, 1),
      allDay: true,
    };
  }
  const start = event.start ?? new Date();
  const end = event.end ?? new Date(start.getTime() + 60 * 60_000);
  return { start: start.toISOString(), end: end.toISOString(), allDay: false };
}
