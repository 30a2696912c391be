// Which of Google's calls a calendar change takes: the calendar itself for what everyone
// sees (an owner's rename, the zone), the account's list entry for its own view (colour,
// reminders, a non-owner's name); nothing when nothing changed; a zone only for the owner.
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../src-preload/model/event';
import type { CalendarDetails } from '../../../src-preload/model/calendar-details';
import { planCalendarCreate, planCalendarUpdate } from '../../../src-main/sync/calendar-write-plan';

const OWNED: Calendar = {
  id: 'team@group.calendar.google.com',
  summary: 'Team',
  color: '#039be5',
  accessRole: 'owner',
  timeZone: 'Europe/Berlin',
  account: 'alice@example.com',
  syncEnabled: true,
  defaultReminders: [{ method: 'popup', minutes: 10 }],
};
const SAME: CalendarDetails = {
  summary: 'Team',
  color: '#039BE5',
  timeZone: 'Europe/Berlin',
  defaultReminders: [{ method: 'popup', minutes: 10 }],
};
const SHARED: Calendar = { ...OWNED, accessRole: 'writer' };

describe('planCalendarUpdate', () => {
  it.each<[string, Calendar, Partial<CalendarDetails>, unknown]>([
    ['nothing changed', OWNED, {}, { ok: true }],
    [
      'owner renames',
      OWNED,
      { summary: ' Team A ' },
      { ok: true, calendarPatch: { summary: 'Team A' } },
    ],
    [
      'writer renames for themselves',
      SHARED,
      { summary: 'Mine' },
      { ok: true, listPatch: { summaryOverride: 'Mine' } },
    ],
    [
      'owner moves the zone',
      OWNED,
      { timeZone: 'Asia/Tokyo' },
      { ok: true, calendarPatch: { timeZone: 'Asia/Tokyo' } },
    ],
    [
      'writer cannot move the zone',
      SHARED,
      { timeZone: 'Asia/Tokyo' },
      {
        ok: false,
        why: {
          id: 'zoneOwnerOnly',
          values: { calendar: 'Team' },
          text: 'Only the owner of “Team” can change its time zone.',
        },
      },
    ],
    [
      'recolour, as RGB with readable text',
      SHARED,
      { color: '#F6BF26' },
      { ok: true, listPatch: { backgroundColor: '#f6bf26', foregroundColor: '#1d1d1d' } },
    ],
    [
      'dark colour, white text',
      OWNED,
      { color: '#3f51b5' },
      { ok: true, listPatch: { backgroundColor: '#3f51b5', foregroundColor: '#ffffff' } },
    ],
    [
      'reminders',
      OWNED,
      { defaultReminders: [] },
      { ok: true, listPatch: { defaultReminders: [] } },
    ],
    [
      'the same reminders in another order are no change',
      {
        ...OWNED,
        defaultReminders: [
          { method: 'popup', minutes: 10 },
          { method: 'email', minutes: 60 },
        ],
      },
      {
        defaultReminders: [
          { method: 'email', minutes: 60 },
          { method: 'popup', minutes: 10 },
        ],
      },
      { ok: true },
    ],
  ])('%s', (_name, calendar, change, plan) => {
    expect(planCalendarUpdate(calendar, { ...SAME, ...change })).toEqual(plan);
  });
});

it('a new calendar: its name and zone in the insert, colour and reminders in its list entry', () => {
  expect(planCalendarCreate({ ...SAME, summary: ' Climbing ', defaultReminders: [] })).toEqual({
    insert: { summary: 'Climbing', timeZone: 'Europe/Berlin' },
    listPatch: { backgroundColor: '#039be5', foregroundColor: '#ffffff', defaultReminders: [] },
  });
});
