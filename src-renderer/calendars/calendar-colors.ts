// The colours a calendar can take, with the names Google Calendar's own screens give them.
// Google stores a calendar's colour as any hex value, so these are offered, not enforced.

export interface CalendarColor {
  name: string;
  value: string;
}

export const CALENDAR_COLORS: readonly CalendarColor[] = [
  { name: 'Tomato', value: '#d50000' },
  { name: 'Flamingo', value: '#e67c73' },
  { name: 'Tangerine', value: '#f4511e' },
  { name: 'Banana', value: '#f6bf26' },
  { name: 'Sage', value: '#33b679' },
  { name: 'Basil', value: '#0b8043' },
  { name: 'Peacock', value: '#039be5' },
  { name: 'Blueberry', value: '#3f51b5' },
  { name: 'Lavender', value: '#7986cb' },
  { name: 'Grape', value: '#8e24aa' },
  { name: 'Graphite', value: '#616161' },
  { name: 'Cocoa', value: '#795548' },
];

const PEACOCK = '#039be5';

/** The colour a new calendar starts with: the first one no calendar uses yet. */
export function unusedColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return CALENDAR_COLORS.find((c) => !taken.has(c.value))?.value ?? PEACOCK;
}
