// The editor's rules for Google's special event types: the label each shows, which fields are
// read-only (what Google refuses to change for that type) and why, that a birthday is edited
// as a whole series, and that a problem in a read-only field never blocks a save.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../src-preload/model/event';
import {
  lockedProblem,
  typeRules,
  workingPlace,
  type LockableField,
} from '../../../src-renderer/calendar/model/event-types';
import { occurrenceLabel } from '../../../src-renderer/calendar/model/display-dates';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import { updateEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { allDay, freshDb, range, timed } from './fixtures';

const EVERY: LockableField[] = [
  'summary',
  'startDate',
  'endDate',
  'times',
  'allDay',
  'timeZone',
  'repeat',
  'location',
  'meet',
  'description',
  'guests',
  'showAs',
  'visibility',
];
const lockedOf = (event: Partial<CalendarEvent>) =>
  EVERY.filter((f) => typeRules(event as CalendarEvent).locked.has(f));
const editableOf = (event: Partial<CalendarEvent>) =>
  EVERY.filter((f) => !typeRules(event as CalendarEvent).locked.has(f));

const birthday = { eventType: 'birthday', birthdayProperties: { type: 'birthday' } };

describe('labels', () => {
  it('names each type as Google Calendar does, with the place of a working location', () => {
    const label = (event: Partial<CalendarEvent>) => typeRules(event as CalendarEvent).label;
    expect(label(birthday)).toBe('Birthday');
    expect(
      label({
        eventType: 'birthday',
        birthdayProperties: { type: 'anniversary', contact: 'people/c1' },
      }),
    ).toBe('Anniversary');
    expect(
      label({
        eventType: 'birthday',
        birthdayProperties: { type: 'custom', customTypeName: 'Name day', contact: 'people/c1' },
      }),
    ).toBe('Name day');
    expect(label({ eventType: 'focusTime' })).toBe('Focus time');
    expect(label({ eventType: 'outOfOffice' })).toBe('Out of office');
    expect(label({ eventType: 'fromGmail' })).toBe('From Gmail');
    expect(
      label({
        eventType: 'workingLocation',
        workingLocationProperties: { type: 'homeOffice', homeOffice: {} },
      }),
    ).toBe('Working location: Home');
    expect(
      label({
        eventType: 'workingLocation',
        workingLocationProperties: {
          type: 'officeLocation',
          officeLocation: { label: 'HQ, floor 3' },
        },
      }),
    ).toBe('Working location: HQ, floor 3');
    expect(
      workingPlace({
        eventType: 'workingLocation',
        workingLocationProperties: { type: 'customLocation', customLocation: { label: 'Café' } },
      }),
    ).toBe('Café');
    expect(label({ eventType: 'default' })).toBeNull();
    expect(label({})).toBeNull();
  });

  it('are part of the accessible name on the grid, after the title', () => {
    const event = allDay('grace12345', '2030-03-15', '2030-03-16', birthday);
    const name = occurrenceLabel(
      {
        key: event.id,
        event,
        instanceId: event.id,
        title: 'Grace',
        allDay: true,
        start: '2030-03-15',
        end: '2030-03-16',
        color: '#000',
      },
      'Europe/Berlin',
    );
    expect(name).toMatch(/^Grace, Birthday, .*all day$/);
  });
});

describe('read-only fields', () => {
  it('leave an ordinary event fully editable', () => {
    expect(lockedOf({ eventType: 'default' })).toEqual([]);
    expect(typeRules(undefined)).toMatchObject({ label: null, reason: null, wholeSeries: false });
  });

  it('keep a birthday one all-day date a year: title, date, reminders and colour change, nothing else', () => {
    expect(editableOf(birthday)).toEqual(['summary', 'startDate']);
    expect(typeRules(birthday as CalendarEvent)).toMatchObject({
      wholeSeries: true,
      reason: expect.stringMatching(/only its title, date, reminders and colour/),
    });
  });

  it("keep the name and date of a birthday from Google Contacts or the user's own account", () => {
    for (const birthdayProperties of [
      { type: 'birthday', contact: 'people/c12345' },
      { type: 'self' },
      { type: 'anniversary', contact: 'people/c9' },
    ]) {
      const rules = typeRules({ eventType: 'birthday', birthdayProperties } as CalendarEvent);
      expect(EVERY.filter((f) => !rules.locked.has(f))).toEqual([]);
      expect(rules.reason).toMatch(
        birthdayProperties.type === 'self' ? /your Google Account/ : /Google Contacts/,
      );
    }
  });

  it('keep focus time and out of office timed, busy and without guests or video calls', () => {
    for (const eventType of ['focusTime', 'outOfOffice']) {
      expect(lockedOf({ eventType }), eventType).toEqual(['allDay', 'meet', 'guests', 'showAs']);
      expect(typeRules({ eventType } as CalendarEvent).reason).toMatch(/guests/);
    }
  });

  it('keep a working location public, free and without guests, and an all-day one to one day', () => {
    const props = { workingLocationProperties: { type: 'homeOffice' } };
    expect(
      lockedOf({
        eventType: 'workingLocation',
        ...props,
        start: { dateTime: '2030-03-18T08:00:00Z' },
      }),
    ).toEqual(['allDay', 'meet', 'guests', 'showAs', 'visibility']);
    expect(
      lockedOf({ eventType: 'workingLocation', ...props, start: { date: '2030-03-18' } }),
    ).toEqual(['endDate', 'allDay', 'meet', 'guests', 'showAs', 'visibility']);
  });

  it('let an event from Gmail change only its guests, reminders, colour, busy/free and visibility', () => {
    expect(editableOf({ eventType: 'fromGmail' })).toEqual(['guests', 'showAs', 'visibility']);
  });

  it('never let a problem in a read-only field block a save', () => {
    const gmail = typeRules({ eventType: 'fromGmail' } as CalendarEvent);
    expect(lockedProblem(gmail, { field: 'summary', message: 'Add a title.' })).toBe(true);
    expect(lockedProblem(gmail, { field: 'guests', message: 'x is not an email address.' })).toBe(
      false,
    );
    expect(lockedProblem(gmail, { field: 'reminders', message: 'At most 5.' })).toBe(false);
    expect(lockedProblem(typeRules(undefined), { field: 'summary', message: 'Add a title.' })).toBe(
      false,
    );
  });
});

describe('saving', () => {
  it("changes a birthday's colour for the whole series and keeps its type, properties and rule", async () => {
    const db = freshDb();
    const master = allDay('grace12345', '1990-03-15', '1990-03-16', {
      ...birthday,
      summary: 'Grace',
      recurrence: ['RRULE:FREQ=YEARLY'],
      visibility: 'private',
      transparency: 'transparent',
    });
    await db.events.add(master);
    const [occ] = await loadOccurrences(db, range('2030-03-01T00:00:00Z', '2030-04-01T00:00:00Z'));
    expect(occ?.seriesId).toBe(master.id);
    const draft = { ...draftFromOccurrence(occ!, 'Europe/Berlin'), colorId: '4' };
    await updateEvent(db, occ!, draft, 'all');
    const saved = await db.events.get(master.id);
    expect(saved).toMatchObject({
      colorId: '4',
      eventType: 'birthday',
      birthdayProperties: { type: 'birthday' },
      recurrence: ['RRULE:FREQ=YEARLY'],
      start: { date: '1990-03-15' },
      visibility: 'private',
      transparency: 'transparent',
    });
    expect(saved?.dirty).toEqual(['colorId']);
    expect(await db.events.count()).toBe(1);
  });

  it('saves an event from Gmail whose title Google left empty', async () => {
    const db = freshDb();
    await db.events.add(
      timed('gmail12345', '2030-03-20T07:00', '2030-03-20T09:00', 'UTC', {
        eventType: 'fromGmail',
        summary: '',
      }),
    );
    const [occ] = await loadOccurrences(db, range('2030-03-20T00:00:00Z', '2030-03-21T00:00:00Z'));
    await updateEvent(db, occ!, { ...draftFromOccurrence(occ!, 'UTC'), colorId: '2' }, 'all');
    expect((await db.events.get('gmail12345'))?.colorId).toBe('2');
  });
});
