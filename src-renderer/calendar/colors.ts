// Event colours: Google's event palette (colorId '1'..'11', with the names Google Calendar
// shows) and the rule for which colour an occurrence is drawn in. Values are those Google's
// colors.get returns for the event palette, so a colour picked here looks the same there.
import type { Calendar, CalendarEvent } from '../../src-preload/contract';

export const EVENT_COLORS: Record<string, { name: string; background: string }> = {
  '1': { name: 'Lavender', background: '#a4bdfc' },
  '2': { name: 'Sage', background: '#7ae7bf' },
  '3': { name: 'Grape', background: '#dbadff' },
  '4': { name: 'Flamingo', background: '#ff887c' },
  '5': { name: 'Banana', background: '#fbd75b' },
  '6': { name: 'Tangerine', background: '#ffb878' },
  '7': { name: 'Peacock', background: '#46d6db' },
  '8': { name: 'Graphite', background: '#e1e1e1' },
  '9': { name: 'Blueberry', background: '#5484ed' },
  '10': { name: 'Basil', background: '#51b749' },
  '11': { name: 'Tomato', background: '#dc2127' },
};

/** Used when neither the event nor its calendar says anything. */
export const FALLBACK_COLOR = '#4986e7';

/** The event's own colour if it has a known colorId, else its calendar's. */
export function occurrenceColor(event: CalendarEvent, calendar?: Calendar): string {
  const own = event.colorId ? EVENT_COLORS[event.colorId] : undefined;
  return own?.background ?? calendar?.color ?? FALLBACK_COLOR;
}
