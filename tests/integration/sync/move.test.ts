// Moving an event to another calendar, through the renderer's own write and the real engine
// against the emulator: between two Google calendars with events.move (same id; the event
// shows in its new calendar at once; edits made meanwhile follow it; a concurrent pull of
// either calendar neither brings it back nor doubles it; a refused move puts it back), and
// between the calendar kept here and Google as a create on one side and a delete on the other.
// (A repeating series: series-move.test.ts.)
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { createLocalCalendar } from '../../../src-renderer/db/calendar-writes';
import { recordChange, undoChange } from '../../../src-renderer/db/undoable-writes';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';
import { updateEvent } from '../../../src-renderer/db/event-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';

let w: MoveWorld;
let work: string;
beforeEach(async () => {
  w = await moveWorld();
  ({ work } = w);
});
afterEach(() => w.close());

const guests = (d: EventDraft) => {
  d.attendees = [{ email: 'carol@example.org', responseStatus: 'needsAction' }];
};
const mail = async () => (await w.notifications()).map((n) => `${n.kind}:${n.to}`).sort();

test('an event moved to another Google calendar shows there at once and moves on Google with events.move, keeping its id', async () => {
  const id = await w.createLocal('Planning', '2030-03-01T09:00Z', '2030-03-01T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  // Here at once, before any sync; the move waits in the outbox of the calendar Google has it in.
  expect(await w.local(id)).toMatchObject({ calendarId: work, movingFrom: w.email });
  expect(await w.db.outbox.toArray()).toMatchObject([{ calendarId: w.email, op: 'move' }]);
  // Changed again before the sync: the change follows it to its new calendar.
  await w.editLocal(id, (d) => (d.location = 'Room 4'));
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect(await w.moveCalls()).toHaveLength(1);
  expect(await w.onGoogleIn(work, id)).toMatchObject({ summary: 'Planning', location: 'Room 4' });
  expect((await w.onGoogleIn(w.email, id))?.status ?? 'gone').not.toBe('confirmed');
  const local = await w.local(id);
  expect(local).toMatchObject({ calendarId: work, location: 'Room 4', dirty: [] });
  expect(local?.movingFrom).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
  // Later syncs of both calendars leave one copy, in Work.
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await w.db.events.toArray()).filter((e) => e.summary === 'Planning')).toMatchObject([
    { id, calendarId: work, status: 'confirmed' },
  ]);
});

test('an edit on Google before the move went up is merged by the pull of the old calendar, which does not bring the event back there; the move goes next', async () => {
  const id = await w.createLocal('Review', '2030-03-02T09:00Z', '2030-03-02T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { description: 'Agenda from Google' },
  });
  await w.engine.syncAll();
  // The move met the newer version (412) and waits; the pull merged Google's edit into it.
  expect(await w.local(id)).toMatchObject({
    calendarId: work,
    movingFrom: w.email,
    description: 'Agenda from Google',
  });
  expect((await w.log()).some((l) => l.code === 'move-postponed')).toBe(true);
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({ description: 'Agenda from Google' });
  expect(await w.local(id)).toMatchObject({ calendarId: work });
  expect((await w.local(id))?.movingFrom).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('a full resync of the new calendar before the move went up keeps the moved event', async () => {
  const id = await w.createLocal('Offsite', '2030-03-03T09:00Z', '2030-03-03T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  // The move cannot reach Google this time; Work is read again from scratch meanwhile.
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events/${id}/move` },
      respond: { status: 503 },
      times: 20,
    },
  ]);
  await w.db.syncState.update(work, { syncToken: undefined });
  await w.engine.syncAll();
  expect(await w.local(id)).toMatchObject({ calendarId: work, movingFrom: w.email });
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({ summary: 'Offsite' });
  expect((await w.db.events.toArray()).filter((e) => e.summary === 'Offsite')).toHaveLength(1);
});

test('a move whose answer was lost is found in the new calendar: nothing is refused, the edit made meanwhile follows', async () => {
  const id = await w.createLocal('Kickoff', '2030-03-11T09:00Z', '2030-03-11T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.editLocal(id, (d) => (d.location = 'Hall'));
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events/${id}/move` },
      drop: 'after-apply',
      times: 1,
    },
  ]);
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({ summary: 'Kickoff', location: 'Hall' });
  expect((await w.log()).filter((l) => l.code === 'refused')).toEqual([]);
  expect((await w.db.events.toArray()).filter((e) => e.summary === 'Kickoff')).toMatchObject([
    { id, calendarId: work, location: 'Hall' },
  ]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('a move Google refuses puts the event back in the calendar Google has it in, with a line in plain words', async () => {
  const id = await w.createLocal('Board', '2030-03-04T09:00Z', '2030-03-04T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events/${id}/move` },
      respond: { status: 403, reason: 'forbidden' },
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.refused).toBe(1);
  const local = await w.local(id);
  expect(local).toMatchObject({ calendarId: w.email, summary: 'Board' });
  expect(local?.movingFrom).toBeUndefined();
  expect(await w.onGoogleIn(work, id)).toBeNull();
  const line = (await w.log()).find((l) => l.code === 'refused');
  expect(line?.message).toMatch(
    /“Board” could not be moved to another calendar: .*back in the calendar Google has it in/,
  );
  expect(await w.db.outbox.count()).toBe(0);
});

test('a move of an event deleted on Google meanwhile removes it here, keeping it in the log for Restore', async () => {
  const id = await w.createLocal('Gone', '2030-03-05T09:00Z', '2030-03-05T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.engine.syncAll();
  expect(await w.local(id)).toBeUndefined();
  const line = (await w.log()).find((l) => l.code === 'refused');
  expect(line?.detail).toMatchObject({ op: 'move', newEvent: { summary: 'Gone' } });
  expect(await w.onGoogleIn(work, id)).toBeNull();
});

test('a move of an event deleted on Google meanwhile and changed here restores it where Google had it, with the change', async () => {
  const id = await w.createLocal('Kept', '2030-03-05T09:00Z', '2030-03-05T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.editLocal(id, (d) => (d.location = 'Room 9'));
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({
    location: 'Room 9',
    status: 'confirmed',
  });
  expect(await w.onGoogleIn(work, id)).toBeNull();
  expect(await w.local(id)).toMatchObject({ calendarId: w.email, location: 'Room 9', dirty: [] });
  expect((await w.log()).map((l) => l.code)).toContain('restored');
  expect(await w.db.outbox.count()).toBe(0);
});

test('undo moves it back: before the sync nothing goes to Google, after it the event moves back', async () => {
  const id = await w.createLocal('Standup', '2030-03-06T09:00Z', '2030-03-06T10:00Z');
  await w.engine.syncAll();
  const first = await recordChange(w.db, () => moveToCalendar(w.db, id, work));
  await undoChange(w.db, first);
  expect(await w.local(id)).toMatchObject({ calendarId: w.email });
  await w.clearRequests();
  await w.engine.syncAll();
  expect(await w.moveCalls()).toHaveLength(0);
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed' });

  // After the move reached Google, Google keeps the id in the calendar it left (cancelled)
  // and takes nothing back under it: the undo is a copy back there, the moved one deleted.
  const second = await recordChange(w.db, () => moveToCalendar(w.db, id, work));
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({ status: 'confirmed' });
  await undoChange(w.db, second);
  const back = (await w.db.events.toArray()).filter(
    (e) => e.summary === 'Standup' && e.status !== 'cancelled',
  );
  expect(back).toMatchObject([{ calendarId: w.email, status: 'confirmed' }]);
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, back[0]?.id as string)).toMatchObject({
    summary: 'Standup',
    status: 'confirmed',
  });
  expect((await w.onGoogleIn(work, id))?.status).toBe('cancelled');
  expect(await w.db.outbox.count()).toBe(0);
});

test('deleting an event whose move has not gone up deletes it where Google has it', async () => {
  const id = await w.createLocal('Dropped', '2030-03-07T09:00Z', '2030-03-07T10:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.deleteLocal(id);
  await w.engine.syncAll();
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
  expect(await w.onGoogleIn(work, id)).toBeNull();
  expect(await w.local(id)).toBeUndefined();
  expect(await w.db.outbox.count()).toBe(0);
});

test('from the calendar kept here to Google: a new event there (invitations as chosen), the local one gone', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const id = await w.createLocal('Dentist', '2030-03-08T09:00Z', '2030-03-08T10:00Z', (d) => {
    d.calendarId = mine;
    d.location = 'Main St 1';
  });
  // Guests exist only on Google; a local event can still hold them (an imported invitation).
  await w.db.events.update(id, {
    attendees: [{ email: 'carol@example.org', responseStatus: 'needsAction' }],
  });
  const newId = await moveToCalendar(w.db, id, w.email, 'all');
  expect(newId).not.toBe(id);
  expect(await w.local(id)).toBeUndefined();
  expect(await w.local(newId)).toMatchObject({ calendarId: w.email, location: 'Main St 1' });
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, newId)).toMatchObject({
    summary: 'Dentist',
    location: 'Main St 1',
  });
  expect(await mail()).toEqual(['invitation:carol@example.org']);
});

test('from Google to the calendar kept here: a new event here, deleted on Google (cancellations as chosen)', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const id = await w.createLocal('Lunch', '2030-03-09T11:00Z', '2030-03-09T12:00Z', guests, 'none');
  await w.engine.syncAll();
  const newId = await moveToCalendar(w.db, id, mine, 'all');
  expect(await w.local(newId)).toMatchObject({
    calendarId: mine,
    summary: 'Lunch',
    attendees: [{ email: 'carol@example.org' }],
  });
  expect((await w.local(newId))?.google).toBeUndefined();
  await w.engine.syncAll();
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
  expect(await w.local(id)).toBeUndefined();
  expect(await mail()).toEqual(['cancellation:carol@example.org']);
  expect(await w.db.events.where('calendarId').equals(mine).count()).toBe(1);
});

test('what cannot move says why: a guest copy', async () => {
  const series = await w.createLocal('Weekly', '2030-03-10T09:00Z', '2030-03-10T10:00Z', (d) => {
    d.repeat = { freq: 'WEEKLY', interval: 1, byDay: ['SU'], end: { type: 'never' } };
  });
  await w.db.events.update(series, { organizer: { email: 'zed@example.org', self: false } });
  await expect(moveToCalendar(w.db, series, work)).rejects.toThrow(/organizer/);
});

// A move Google refuses (here: moving an event back to a calendar it left, which the emulator
// refuses as an id that calendar has already had) puts the event back where Google has it; an
// edit made after the move, before the sync, is not part of the refusal and reaches Google.
test('a refused move keeps the edit made after it: the event goes back where Google has it, with the edit sent there', async () => {
  const id = await w.createLocal('Local 0', '2030-03-04T06:00Z', '2030-03-04T07:00Z');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  await w.editLocal(id, (d) => (d.summary = 'S5'));
  const report = await w.engine.syncAll();
  expect(report.refused).toBe(1);
  await w.engine.syncAll();
  const there = (await w.remote.events.get({ calendarId: work, eventId: id })).data;
  expect(there).toMatchObject({ summary: 'S5', status: 'confirmed' });
  expect(await w.local(id)).toMatchObject({ calendarId: work, summary: 'S5', dirty: [] });
  expect(await w.db.outbox.count()).toBe(0);
});

test('an event deleted here after its move back reached Google with every answer lost is deleted on Google, where the move took it', async () => {
  const id = await w.createLocal('Retro', '2030-03-12T09:00Z', '2030-03-12T10:00Z', (d) => {
    d.calendarId = work;
  });
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  // Google moves it, but no answer to the move comes back, and the calendar it went to is
  // not read before the delete here (as when the app is killed right after the move).
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${work}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  await w.db.calendars.update(w.email, { syncEnabled: false });
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  await w.db.calendars.update(w.email, { syncEnabled: true });
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed' });
  await w.deleteLocal(id);
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
  expect((await w.db.events.toArray()).filter((e) => e.status !== 'cancelled')).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('a series moved to the calendar kept here and back before the sync, while Google changed it, stays one series on Google with that change and the occurrence changed meanwhile', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const id = await w.createLocal('Standup', '2030-03-11T08:00Z', '2030-03-11T08:15Z', (d) => {
    d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
  });
  await w.engine.syncAll();
  const copy = await moveToCalendar(w.db, id, mine);
  // Its Wednesday renamed while it is here.
  const [wednesday] = await loadOccurrences(w.db, {
    start: new Date('2030-03-13T00:00Z'),
    end: new Date('2030-03-14T00:00Z'),
  });
  if (!wednesday) throw new Error('no occurrence on Wednesday');
  const draft = draftFromOccurrence(wednesday, 'Europe/Berlin');
  draft.summary = 'Standup (demo)';
  await updateEvent(w.db, wednesday, draft, 'this');
  // Moved back before any sync: the series comes back as itself, not as a new series.
  expect(await moveToCalendar(w.db, copy, w.email)).toBe(id);
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { description: 'Agenda in the doc' },
  });
  await w.engine.syncAll();
  await w.engine.syncAll();
  const onGoogle = (await w.remote.events.list({ calendarId: w.email })).data.items ?? [];
  expect(onGoogle.filter((e) => e.summary === 'Standup' && e.status !== 'cancelled')).toMatchObject(
    [{ id, description: 'Agenda in the doc', recurrence: ['RRULE:FREQ=DAILY;COUNT=5'] }],
  );
  expect(await w.local(id)).toMatchObject({
    calendarId: w.email,
    description: 'Agenda in the doc',
  });
  const renamed = await w.remote.events.get({
    calendarId: w.email,
    eventId: `${id}_20300313T080000Z`,
  });
  expect(renamed.data).toMatchObject({ summary: 'Standup (demo)', recurringEventId: id });
  expect(await w.db.events.where('calendarId').equals(mine).count()).toBe(0);
  expect(await w.db.outbox.count()).toBe(0);
});

test('an event moved to the calendar kept here and on to another calendar of its account before the sync, while Google changed it, is one event moved there on Google', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: 'Europe/Berlin',
    defaultReminders: [],
  });
  const id = await w.createLocal('Review', '2030-03-14T09:00Z', '2030-03-14T10:00Z');
  await w.engine.syncAll();
  const copy = await moveToCalendar(w.db, id, mine);
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { description: 'Notes from Google' },
  });
  // On to Work: the original comes back and Google moves it, rather than a new event there.
  expect(await moveToCalendar(w.db, copy, work)).toBe(id);
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({
    summary: 'Review',
    description: 'Notes from Google',
    status: 'confirmed',
  });
  expect((await w.onGoogleIn(w.email, id))?.status ?? 'gone').not.toBe('confirmed');
  const live = (await w.db.events.toArray()).filter((e) => e.status !== 'cancelled');
  expect(live).toMatchObject([{ id, calendarId: work, description: 'Notes from Google' }]);
  expect(await w.db.outbox.count()).toBe(0);
});
