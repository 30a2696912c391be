// Calendar discovery's decisions without a server: a calendarList entry as a calendar here
// (the primary syncs by default, the user's tick is kept), and Google's event colours.
import { expect, test } from 'vitest';
import { calendarOf, eventPaletteOf } from '../../../src-main/sync/calendar-discovery';

test('the primary calendar syncs by default; others wait for the tick, which a later read keeps', () => {
  const primary = calendarOf(
    { id: 'me@x', summary: 'Me', accessRole: 'owner', primary: true, timeZone: 'Europe/Berlin' },
    'me@x',
    undefined,
  );
  expect(primary).toMatchObject({
    syncEnabled: true,
    primary: true,
    account: 'me@x',
    timeZone: 'Europe/Berlin',
  });
  const shared = {
    id: 'team@x',
    summary: 'Team',
    summaryOverride: 'Our team',
    accessRole: 'reader',
  };
  expect(calendarOf(shared, 'me@x', undefined)).toMatchObject({
    summary: 'Our team',
    syncEnabled: false,
    accessRole: 'reader',
  });
  const ticked = calendarOf(shared, 'me@x', {
    ...calendarOf(shared, 'me@x', undefined),
    syncEnabled: true,
    color: '#123456',
  });
  expect(ticked).toMatchObject({ syncEnabled: true, color: '#123456' });
  expect(calendarOf({ id: 'x@x' }, 'me@x', undefined)).toMatchObject({
    summary: 'x@x',
    accessRole: 'reader',
  });
});

test("Google's event colours: entries with a usable background, a readable foreground, null when none", () => {
  const palette = eventPaletteOf({
    updated: '2030-01-01T00:00:00Z',
    event: {
      '1': { background: '#a4bdfc', foreground: '#1d1d1d' },
      '2': { background: '#7ae7bf', foreground: 'not a colour' },
      '3': { background: 'red' },
    },
  });
  expect(palette).toEqual({
    updated: '2030-01-01T00:00:00Z',
    colors: {
      '1': { background: '#a4bdfc', foreground: '#1d1d1d' },
      '2': { background: '#7ae7bf', foreground: '#1d1d1d' },
    },
  });
  expect(eventPaletteOf({ event: {} })).toBeNull();
});
