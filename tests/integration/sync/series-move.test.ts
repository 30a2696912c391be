// Moving a repeating series to another calendar, through the renderer's own writes and the real
// engine against the emulator. Between two Google calendars of the account Google moves the
// master with events.move and its exceptions go with it; here the master and its exceptions
// (and their pending edits) move at once, survive a pull of either calendar, go back when
// Google refuses, and come back on undo. Between the calendar kept here and Google the series
// is created on one side with its exceptions and deleted on the other.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { createLocalCalendar } from '../../../src-renderer/db/calendar-writes';
import { deleteEvent, updateEvent } from '../../../src-renderer/db/event-writes';
import { recordChange, undoChange } from '../../../src-renderer/db/undoable-writes';
import { loadOccurrences } from '../../../src-renderer/db/queries';
import { draftFromOccurrence } from '../../../src-renderer/calendar/model/drafts';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';

let w: MoveWorld;
let work: string;
beforeEach(async () => {
  w = await moveWorld();
  ({ work } = w);
});
afterEach(() => w.close());

const ZONE = 'Europe/Berlin';
const TUESDAY = '_20300702T070000Z';
const WEDNESDAY = '_20300703T070000Z';
const THURSDAY = '_20300704T070000Z';

/** A daily series of five, Monday 1 July 2030 on. */
const dailySeries = (summary: string, change?: (d: EventDraft) => void) =>
  w.createLocal(summary, '2030-07-01T07:00Z', '2030-07-01T07:30Z', (d) => {
    d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
    change?.(d);
  });

/** The series' occurrence on `day` (YYYY-MM-DD), as a view hands it to the editor. */
async function occurrenceOn(seriesId: string, day: string) {
  const all = await loadOccurrences(w.db, {
    start: new Date(`${day}T00:00:00Z`),
    end: new Date(`${day}T23:59:59Z`),
  });
  const occ = all.find((o) => o.seriesId === seriesId);
  if (!occ) throw new Error(`no occurrence of ${seriesId} on ${day}`);
  return occ;
}

async function editOccurrence(seriesId: string, day: string, change: (d: EventDraft) => void) {
  const occ = await occurrenceOn(seriesId, day);
  const draft = draftFromOccurrence(occ, ZONE);
  change(draft);
  await updateEvent(w.db, occ, draft, 'this');
}

/** "This and following" from the series' occurrence on `day`, as the editor saves it. */
async function editFollowing(seriesId: string, day: string, change: (d: EventDraft) => void) {
  const occ = await occurrenceOn(seriesId, day);
  const draft = draftFromOccurrence(occ, ZONE);
  change(draft);
  await updateEvent(w.db, occ, draft, 'following');
}

const ofSeries = async (id: string) =>
  (await w.db.events.toArray()).filter((e) => e.id === id || e.recurringEventId === id);

/** A series synced with Google: Tuesday changed there already, Wednesday changed and Thursday deleted here since. */
async function seriesWithExceptions(summary: string): Promise<string> {
  const id = await dailySeries(summary);
  await w.engine.syncAll();
  await editOccurrence(id, '2030-07-02', (d) => (d.location = 'Kitchen'));
  await w.engine.syncAll();
  await editOccurrence(id, '2030-07-03', (d) => (d.summary = `${summary} (long)`));
  await deleteEvent(w.db, await occurrenceOn(id, '2030-07-04'), 'this');
  return id;
}

test('a series moved to another Google calendar moves there at once, with its exceptions and their pending edits, and on Google with one events.move', async () => {
  const id = await seriesWithExceptions('Standup');
  // Chosen from one of its occurrences: the whole series moves.
  expect(await moveToCalendar(w.db, `${id}${TUESDAY}`, work)).toBe(id);
  const here = await ofSeries(id);
  expect(here).toHaveLength(4);
  for (const record of here)
    expect(record).toMatchObject({ calendarId: work, movingFrom: w.email });
  await w.clearRequests();
  const report = await w.engine.syncAll();
  expect(report.ok).toBe(true);
  expect(await w.moveCalls()).toHaveLength(1);
  expect(await w.onGoogleIn(work, id)).toMatchObject({ summary: 'Standup', status: 'confirmed' });
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ location: 'Kitchen' });
  expect(await w.onGoogleIn(work, `${id}${WEDNESDAY}`)).toMatchObject({
    summary: 'Standup (long)',
    status: 'confirmed',
  });
  expect((await w.onGoogleIn(work, `${id}${THURSDAY}`))?.status).toBe('cancelled');
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
  for (const record of await ofSeries(id)) {
    expect(record.calendarId).toBe(work);
    expect(record.movingFrom).toBeUndefined();
    expect(record.dirty ?? []).toEqual([]);
  }
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.log()).filter((l) => l.level === 'error')).toEqual([]);
  // Later syncs of both calendars leave one series, in Work.
  await w.engine.syncAll();
  const after = await ofSeries(id);
  expect(after).toHaveLength(4);
  expect(new Set(after.map((e) => e.calendarId))).toEqual(new Set([work]));
});

test('an occurrence changed on Google before the move went up comes to the series’ new calendar; the move goes next', async () => {
  const id = await dailySeries('Review');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  // Someone edits Friday and the series on Google first: the move meets the newer series (412).
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}_20300705T070000Z`,
    requestBody: { location: 'Roof' },
  });
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: id,
    requestBody: { description: 'Agenda' },
  });
  await w.engine.syncAll();
  expect(await w.local(id)).toMatchObject({
    calendarId: work,
    movingFrom: w.email,
    description: 'Agenda',
  });
  expect(await w.local(`${id}_20300705T070000Z`)).toMatchObject({
    calendarId: work,
    movingFrom: w.email,
    location: 'Roof',
  });
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, id)).toMatchObject({ description: 'Agenda' });
  expect(await w.onGoogleIn(work, `${id}_20300705T070000Z`)).toMatchObject({ location: 'Roof' });
  for (const record of await ofSeries(id)) {
    expect(record).toMatchObject({ calendarId: work, status: 'confirmed' });
    expect(record.movingFrom).toBeUndefined();
  }
  expect(await w.db.outbox.count()).toBe(0);
});

test('a series move Google refuses puts the master and its exceptions back, their edits kept and sent there', async () => {
  const id = await seriesWithExceptions('Board');
  await moveToCalendar(w.db, id, work);
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events/${id}/move` },
      respond: { status: 403, reason: 'forbidden' },
    },
  ]);
  const report = await w.engine.syncAll();
  expect(report.refused).toBe(1);
  for (const record of await ofSeries(id)) {
    expect(record.calendarId).toBe(w.email);
    expect(record.movingFrom).toBeUndefined();
  }
  expect((await w.log()).find((l) => l.code === 'refused')?.message).toMatch(
    /“Board” could not be moved to another calendar: .*back in the calendar Google has it in/,
  );
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, `${id}${WEDNESDAY}`)).toMatchObject({
    summary: 'Board (long)',
  });
  expect((await w.onGoogleIn(w.email, `${id}${THURSDAY}`))?.status).toBe('cancelled');
  expect(await w.onGoogleIn(work, id)).toBeNull();
  expect(await w.db.outbox.count()).toBe(0);
});

test('undo moves a series back: before the sync nothing moves on Google; after it, a copy of the series goes back', async () => {
  const id = await seriesWithExceptions('Sprint');
  await w.engine.syncAll();
  const first = await recordChange(w.db, () => moveToCalendar(w.db, id, work));
  await undoChange(w.db, first);
  for (const record of await ofSeries(id)) {
    expect(record.calendarId).toBe(w.email);
    expect(record.movingFrom).toBeUndefined();
  }
  await w.clearRequests();
  await w.engine.syncAll();
  expect(await w.moveCalls()).toHaveLength(0);
  expect(await w.db.outbox.count()).toBe(0);

  const second = await recordChange(w.db, () => moveToCalendar(w.db, id, work));
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ location: 'Kitchen' });
  await undoChange(w.db, second);
  await w.engine.syncAll();
  const masters = (await w.db.events.toArray()).filter(
    (e) => e.summary === 'Sprint' && e.kind === 'master' && e.status !== 'cancelled',
  );
  expect(masters).toMatchObject([{ calendarId: w.email }]);
  const back = masters[0]!.id;
  expect(back).not.toBe(id);
  expect(await w.onGoogleIn(w.email, `${back}${TUESDAY}`)).toMatchObject({ location: 'Kitchen' });
  expect((await w.onGoogleIn(w.email, `${back}${THURSDAY}`))?.status).toBe('cancelled');
  expect((await w.onGoogleIn(work, id))?.status).toBe('cancelled');
  expect(await w.db.outbox.count()).toBe(0);
});

test('between the calendar kept here and Google: the series with its exceptions is created on one side and deleted on the other', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: ZONE,
    defaultReminders: [],
  });
  const id = await seriesWithExceptions('Yoga');
  await w.engine.syncAll();
  const local = await moveToCalendar(w.db, id, mine, 'none');
  expect(local).not.toBe(id);
  const copied = await ofSeries(local);
  expect(copied.map((e) => e.id.slice(local.length)).sort()).toEqual(
    ['', TUESDAY, WEDNESDAY, THURSDAY].sort(),
  );
  expect(await w.local(`${local}${TUESDAY}`)).toMatchObject({
    calendarId: mine,
    location: 'Kitchen',
  });
  expect(await w.local(`${local}${THURSDAY}`)).toMatchObject({ status: 'cancelled' });
  await w.engine.syncAll();
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
  const alive = (list: { status: string }[]) => list.filter((e) => e.status !== 'cancelled');
  expect(alive(await ofSeries(id))).toEqual([]);

  // And back to Google: a new series there, its changed and deleted occurrences as exceptions.
  const again = await moveToCalendar(w.db, local, w.email, 'none');
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, again)).toMatchObject({
    summary: 'Yoga',
    status: 'confirmed',
  });
  expect(await w.onGoogleIn(w.email, `${again}${TUESDAY}`)).toMatchObject({ location: 'Kitchen' });
  expect(await w.onGoogleIn(w.email, `${again}${WEDNESDAY}`)).toMatchObject({
    summary: 'Yoga (long)',
  });
  expect((await w.onGoogleIn(w.email, `${again}${THURSDAY}`))?.status).toBe('cancelled');
  expect(await ofSeries(local)).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
  expect((await w.log()).filter((l) => l.level === 'error')).toEqual([]);
});

test('a series with guests leaving Google asks nothing of Google but the cancellation chosen', async () => {
  const mine = await createLocalCalendar(w.db, {
    summary: 'Personal',
    color: '#33aa55',
    timeZone: ZONE,
    defaultReminders: [],
  });
  const id = await dailySeries('Club', (d) => {
    d.attendees = [{ email: 'carol@example.org', responseStatus: 'needsAction' }];
  });
  await w.engine.syncAll();
  await w.clearRequests();
  await w.admin('notifications', undefined, 'DELETE');
  await moveToCalendar(w.db, id, mine, 'all');
  await w.engine.syncAll();
  expect((await w.notifications()).map((n) => `${n.kind}:${n.to}`)).toEqual([
    'cancellation:carol@example.org',
  ]);
});

test('a series cut “this and following” before its move went up: the later part goes to the new calendar with the occurrence changed on Google', async () => {
  const id = await dailySeries('Retro');
  await w.engine.syncAll();
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}${WEDNESDAY}`,
    requestBody: { summary: 'Retro (big room)' },
  });
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  // From Tuesday on, before the move reached Google: Wednesday's change goes to the new series.
  await editFollowing(id, '2030-07-02', (d) => (d.location = 'Hall'));
  expect((await w.engine.syncAll()).ok).toBe(true);
  await w.engine.syncAll();
  expect(await w.db.outbox.count()).toBe(0);
  const later = (await w.db.events.toArray()).find(
    (e) => e.kind === 'master' && e.location === 'Hall',
  );
  expect(later).toMatchObject({ calendarId: work });
  const laterId = later!.id;
  expect(await w.onGoogleIn(work, laterId)).toMatchObject({
    location: 'Hall',
    status: 'confirmed',
  });
  const wednesday = (
    await w.remote.events.instances({ calendarId: work, eventId: laterId })
  ).data.items?.find((i) => i.start?.dateTime?.startsWith('2030-07-03'));
  expect(wednesday).toMatchObject({ summary: 'Retro (big room)', location: 'Hall' });
  for (const record of await ofSeries(laterId)) {
    expect(record.calendarId).toBe(work);
    expect(record.movingFrom).toBeUndefined();
    expect(record.dirty ?? []).toEqual([]);
  }
  // The earlier part, moved, ends before Tuesday; nothing of the series stays behind.
  expect(await w.onGoogleIn(work, id)).toMatchObject({ status: 'confirmed' });
  expect((await w.onGoogleIn(w.email, id))?.status).toBe('cancelled');
});

test('occurrences changed here and on Google while their series moves: merged field by field when they follow it, the loser logged', async () => {
  const id = await dailySeries('Review');
  await w.engine.syncAll();
  await editOccurrence(id, '2030-07-02', (d) => (d.location = 'Kitchen'));
  await w.engine.syncAll();
  // Tuesday (on Google already) and Friday (a first edit) changed here, then the series moves…
  await editOccurrence(id, '2030-07-02', (d) => (d.location = 'Attic'));
  await editOccurrence(id, '2030-07-05', (d) => (d.summary = 'Review (short)'));
  await moveToCalendar(w.db, id, work);
  // …and the same fields of both changed on Google later, before the move went up.
  await new Promise((r) => setTimeout(r, 5));
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}${TUESDAY}`,
    requestBody: { location: 'Cellar' },
  });
  await w.remote.events.patch({
    calendarId: w.email,
    eventId: `${id}_20300705T070000Z`,
    requestBody: { summary: 'Review (moved)', description: 'Bring slides' },
  });
  expect((await w.engine.syncAll()).ok).toBe(true);
  await w.engine.syncAll();
  // The newer changes (Google's) win; this computer's are in the log, each with what it was.
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ location: 'Cellar' });
  expect(await w.onGoogleIn(work, `${id}_20300705T070000Z`)).toMatchObject({
    summary: 'Review (moved)',
    description: 'Bring slides',
  });
  const lost = (await w.log())
    .filter((l) => l.code === 'conflict')
    .map((l) => [l.eventId, (l.detail as { lost?: unknown }).lost]);
  expect(lost).toEqual(
    expect.arrayContaining([
      [`${id}${TUESDAY}`, 'Attic'],
      [`${id}_20300705T070000Z`, 'Review (short)'],
    ]),
  );
  for (const record of await ofSeries(id)) {
    expect(record.calendarId).toBe(work);
    expect(record.movingFrom).toBeUndefined();
    expect(record.dirty ?? []).toEqual([]);
  }
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({ location: 'Cellar' });
  expect(await w.db.outbox.count()).toBe(0);
});

test('a series deleted on Google while it was moved and changed here comes back there with the change, its changed occurrence too', async () => {
  const id = await dailySeries('Planning');
  await w.engine.syncAll();
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await moveToCalendar(w.db, id, work);
  await w.editLocal(id, (d) => (d.summary = 'Planning (kept)'));
  await editOccurrence(id, '2030-07-03', (d) => (d.location = 'Lab'));
  await w.engine.syncAll();
  await w.engine.syncAll();
  // Nothing made here is lost: the series is back where Google had it, with both changes.
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({
    summary: 'Planning (kept)',
    status: 'confirmed',
  });
  expect(await w.onGoogleIn(w.email, `${id}${WEDNESDAY}`)).toMatchObject({
    location: 'Lab',
    status: 'confirmed',
  });
  expect(await w.onGoogleIn(work, id)).toBeNull();
  for (const record of await ofSeries(id)) {
    expect(record).toMatchObject({ calendarId: w.email, status: 'confirmed', dirty: [] });
    expect(record.movingFrom).toBeUndefined();
  }
  expect((await w.log()).find((l) => l.code === 'restored')?.message).toMatch(
    /“Planning \(kept\)” was deleted on Google while you moved and changed it here; it was restored/,
  );
  expect(await w.db.outbox.count()).toBe(0);
});

test('a series whose move reached Google with every answer lost is found moved by the pull of its new calendar; its occurrence changed here still goes up', async () => {
  const id = await dailySeries('Standup');
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, work);
  await editOccurrence(id, '2030-07-02', (d) => (d.location = 'Terrace'));
  // Google moves it, but no answer to the move (or its retries) comes back in this sync.
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  await w.engine.syncAll();
  await w.engine.syncAll();
  // Found moved by the pull: the occurrence is no longer on its way, though its change has
  // yet to go up.
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({ calendarId: work, location: 'Terrace' });
  expect((await w.local(`${id}${TUESDAY}`))?.movingFrom).toBeUndefined();
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ location: 'Terrace' });
  for (const record of await ofSeries(id)) {
    expect(record.calendarId).toBe(work);
    expect(record.movingFrom).toBeUndefined();
    expect(record.dirty ?? []).toEqual([]);
  }
  expect(await w.db.outbox.count()).toBe(0);
});
