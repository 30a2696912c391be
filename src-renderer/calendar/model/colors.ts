// Event colours: the palette events are drawn in and offered in — Google's, as the sync engine
// last read it from colors.get, or until then (never connected) a built-in copy of Google's
// values — with the names Google Calendar shows for each colorId, and the rule for which
// colour an occurrence is drawn in.
import type { Calendar, CalendarEvent, EventPalette } from '../../../src-preload/model/event';

/** One colour as the editor offers it. */
export interface EventColor {
  id: string;
  name: string;
  background: string;
}

/** The names Google Calendar's own screens give the event colours; colors.get gives values only. */
export const EVENT_COLOR_NAMES: Readonly<Record<string, string>> = {
  '1': 'Lavender',
  '2': 'Sage',
  '3': 'Grape',
  '4': 'Flamingo',
  '5': 'Banana',
  '6': 'Tangerine',
  '7': 'Peacock',
  '8': 'Graphite',
  '9': 'Blueberry',
  '10': 'Basil',
  '11': 'Tomato',
};

/** Google's event palette as colors.get returns it (unchanged since 2012), for when none is stored. */
export const BUILT_IN_PALETTE: EventPalette = {
  colors: Object.fromEntries(
    [
      '#a4bdfc',
      '#7ae7bf',
      '#dbadff',
      '#ff887c',
      '#fbd75b',
      '#ffb878',
      '#46d6db',
      '#e1e1e1',
      '#5484ed',
      '#51b749',
      '#dc2127',
    ].map((background, i) => [String(i + 1), { background, foreground: '#1d1d1d' }]),
  ),
};

/** Used when neither the event nor its calendar says anything. */
export const FALLBACK_COLOR = '#4986e7';

/** The colours to offer, in Google's order: the stored palette's, else the built-in ones. */
export function eventColors(stored: EventPalette | null | undefined): EventColor[] {
  const palette = stored ?? BUILT_IN_PALETTE;
  return Object.entries(palette.colors)
    .sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b))
    .map(([id, color]) => ({
      id,
      name: EVENT_COLOR_NAMES[id] ?? `Colour ${id}`,
      background: color.background,
    }));
}

/** The event's own colour if the palette knows its colorId, else its calendar's. */
export function occurrenceColor(
  event: CalendarEvent,
  calendar?: Calendar,
  stored?: EventPalette | null,
): string {
  return paletteColor(event.colorId, stored) ?? calendar?.color ?? FALLBACK_COLOR;
}

/** What a colorId looks like in the stored palette (else the built-in one); undefined when it names none. */
export function paletteColor(
  colorId: string | undefined,
  stored: EventPalette | null | undefined,
): string | undefined {
  return colorId ? (stored ?? BUILT_IN_PALETTE).colors[colorId]?.background : undefined;
}
