// Google's colour palettes (colors.get): the values real responses carry, which the emulator
// starts with. Tests replace entries through the admin API (POST /__admin/colors) to check
// that a client draws Google's colours from colors.get rather than from a copy of its own.

export interface ColorDefinition {
  background: string;
  foreground: string;
}

export interface Palettes {
  /** When the palettes last changed; real responses say "2012-02-14T00:00:00.000Z". */
  updated: string;
  calendar: Record<string, ColorDefinition>;
  event: Record<string, ColorDefinition>;
}

export function defaultPalettes(): Palettes {
  return {
    updated: '2012-02-14T00:00:00.000Z',
    calendar: Object.fromEntries(
      CALENDAR.map((background, i) => [String(i + 1), { background, foreground: '#1d1d1d' }]),
    ),
    event: Object.fromEntries(
      EVENT.map((background, i) => [String(i + 1), { background, foreground: '#1d1d1d' }]),
    ),
  };
}

/** The body of GET colors. */
export function colorsResource(palettes: Palettes): Record<string, unknown> {
  return {
    kind: 'calendar#colors',
    updated: palettes.updated,
    calendar: palettes.calendar,
    event: palettes.event,
  };
}

/** A calendar-list entry's colours, from the calendar palette. */
export function calendarColor(palettes: Palettes, colorId: string): ColorDefinition {
  return palettes.calendar[colorId] ?? { background: '#9fc6e7', foreground: '#1d1d1d' };
}

const EVENT = [
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
];
const CALENDAR = [
  '#ac725e',
  '#d06b64',
  '#f83a22',
  '#fa573c',
  '#ff7537',
  '#ffad46',
  '#42d692',
  '#16a765',
  '#7bd148',
  '#b3dc6c',
  '#fbe983',
  '#fad165',
  '#92e1c0',
  '#9fe1e7',
  '#9fc6e7',
  '#4986e7',
  '#9a9cff',
  '#b99aff',
  '#c2c2c2',
  '#cabdbf',
  '#cca6ac',
  '#f691b2',
  '#cd74e6',
  '#a47ae2',
];
