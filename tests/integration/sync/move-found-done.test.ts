// An event moved between two Google calendars whose move reached Google with every answer
// lost, so that the pulls are what find the move done. The calendar it left lists it
// cancelled, which does not tell a move from a delete: the log says so, and nothing is
// decided there. The calendar it went to lists it: what Google lists there is then Google's
// word on each of a series' occurrences, the move being no change of theirs, so an
// occurrence deleted on Google meanwhile is deleted here too. The move's own retry may find
// it first, reading the calendar it went to. Either way what Google changed there after the
// move meets what was changed here, as any edit on both sides does.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { moveWorld, type MoveWorld } from './harness';
import { moveToCalendar } from '../../../src-renderer/db/calendar-moves';
import { updateEvent } from '../../../src-renderer/db/event-writes';
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

const TUESDAY = '_20300702T070000Z';

/** A daily series of five in Work, Monday 1 July 2030 on, its Tuesday changed here; synced. */
async function seriesInWork(): Promise<string> {
  const id = await standupIn(work);
  await editTuesday(id, (d) => (d.location = 'Terrace'));
  await w.engine.syncAll();
  expect(await w.onGoogleIn(work, `${id}${TUESDAY}`)).toMatchObject({ status: 'confirmed' });
  return id;
}

/** A daily series of five in `calendarId`, Monday 1 July 2030 on, not yet synced. */
function standupIn(calendarId: string): Promise<string> {
  return w.createLocal('Standup', '2030-07-01T07:00Z', '2030-07-01T07:30Z', (d) => {
    d.calendarId = calendarId;
    d.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 5 } };
  });
}

/** Changes the series' Tuesday here, "this event" only. */
async function editTuesday(id: string, change: (d: EventDraft) => void): Promise<void> {
  const [tuesday] = (
    await loadOccurrences(w.db, {
      start: new Date('2030-07-02T00:00:00Z'),
      end: new Date('2030-07-02T23:59:59Z'),
    })
  ).filter((o) => o.seriesId === id);
  if (!tuesday) throw new Error('no Tuesday');
  const draft = draftFromOccurrence(tuesday, 'Europe/Berlin');
  change(draft);
  await updateEvent(w.db, tuesday, draft, 'this');
}

/**
 * Moves the series here and syncs: Google moves it, Tuesday and all, but no answer to the
 * move comes back, and the calendar it went to is not read in this sync, so nothing here
 * learns of the move. That calendar syncs again from the next sync on.
 */
async function moveWithAnswersLost(id: string, from: string, to: string): Promise<void> {
  await moveToCalendar(w.db, id, to);
  await w.db.calendars.update(to, { syncEnabled: false });
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${from}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  expect(await w.onGoogleIn(to, id)).toMatchObject({ status: 'confirmed' });
  await w.db.calendars.update(to, { syncEnabled: true });
}

test('an occurrence deleted on Google while its series moved back is deleted here once the pull finds the move done', async () => {
  const id = await seriesInWork();
  await moveToCalendar(w.db, id, w.email);
  // Someone deletes the Tuesday on Google, in Work, before the move goes up.
  await w.remote.events.delete({ calendarId: work, eventId: `${id}${TUESDAY}` });
  // Google moves the series (its cancelled Tuesday with it); no answer to the move comes back.
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${work}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  await w.engine.syncAll();
  await w.admin('faults', undefined, 'DELETE');
  await w.engine.syncAll();
  await w.engine.syncAll();

  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed' });
  expect(await w.onGoogleIn(w.email, `${id}${TUESDAY}`)).toMatchObject({ status: 'cancelled' });
  // Google's delete holds here: the move back was no change of the Tuesday's.
  expect(await w.local(`${id}${TUESDAY}`)).toMatchObject({
    calendarId: w.email,
    status: 'cancelled',
  });
  for (const record of (await w.db.events.toArray()).filter(
    (e) => e.id === id || e.recurringEventId === id,
  )) {
    expect(record.calendarId).toBe(w.email);
    expect(record.movingFrom).toBeUndefined();
  }
  // Neither pull took the move for a change made here.
  expect((await w.log()).filter((l) => l.code === 'kept-edit')).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

test('the calendar an event left lists it cancelled: the log says it moved or was deleted there, and the move settles which', async () => {
  const id = await w.createLocal('Retro', '2030-03-12T09:00Z', '2030-03-12T10:00Z', (d) => {
    d.calendarId = work;
  });
  await w.engine.syncAll();
  await moveToCalendar(w.db, id, w.email);
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${work}/events/${id}/move` },
      drop: 'after-apply',
      times: 6,
    },
  ]);
  // Only the calendar it left is read in this sync.
  await w.db.calendars.update(w.email, { syncEnabled: false });
  const logged = (await w.log()).length;
  await w.engine.syncAll();
  const left = (await w.log()).slice(logged).filter((l) => l.eventId === id);
  expect(left).toMatchObject([{ code: 'move-unsettled', level: 'info', calendarId: work }]);
  expect(left[0]?.message).toBe(
    '“Retro” is no longer on Google in the calendar you moved it from: Google moved it already, or it was deleted there. It stays where you put it until its move is settled.',
  );
  expect(await w.local(id)).toMatchObject({ calendarId: w.email, movingFrom: work });

  await w.admin('faults', undefined, 'DELETE');
  await w.db.calendars.update(w.email, { syncEnabled: true });
  const answered = (await w.log()).length;
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect(await w.onGoogleIn(w.email, id)).toMatchObject({ status: 'confirmed', summary: 'Retro' });
  const here = await w.local(id);
  expect(here).toMatchObject({ calendarId: w.email, status: 'confirmed', dirty: [] });
  expect(here?.movingFrom).toBeUndefined();
  // Found moved: nothing went wrong, and no line says otherwise.
  const since = (await w.log()).slice(answered).filter((l) => l.level !== 'info');
  expect(since).toEqual([]);
  expect(await w.db.outbox.count()).toBe(0);
});

// Calendars sync in the order of their ids: Work's (a group address) before the primary one.
test.each([
  { finds: 'push', from: 'work', to: 'primary' },
  { finds: 'pull', from: 'primary', to: 'work' },
] as const)(
  'an occurrence changed here while its series moved, and on Google once Google moved it, meets that edit when the $finds finds the move done',
  async ({ from: fromName, to: toName }) => {
    const [from, to] = [fromName, toName].map((c) => (c === 'work' ? work : w.email)) as [
      string,
      string,
    ];
    const id = await standupIn(from);
    await editTuesday(id, (d) => (d.location = 'Terrace'));
    await w.engine.syncAll();
    const tuesday = `${id}${TUESDAY}`;
    expect(await w.onGoogleIn(from, tuesday)).toMatchObject({ location: 'Terrace' });

    // Here: the Tuesday's notes change, and the series moves.
    await editTuesday(id, (d) => (d.description = 'Bring the notes'));
    await moveWithAnswersLost(id, from, to);
    expect(await w.local(id)).toMatchObject({ calendarId: to, movingFrom: from });

    // Someone changes the Tuesday on Google after the move: its place and its notes.
    await w.remote.events.patch({
      calendarId: to,
      eventId: tuesday,
      requestBody: { location: 'Garden', description: 'Notes from Google' },
    });
    await w.engine.syncAll();
    await w.engine.syncAll();

    // The change made here meets Google's edit in the merge: Google's place stays, and the
    // notes changed on both sides are a conflict, Google's the newer, the notes from here in
    // the log line to restore.
    expect(await w.onGoogleIn(to, tuesday)).toMatchObject({
      location: 'Garden',
      description: 'Notes from Google',
    });
    expect(await w.local(tuesday)).toMatchObject({
      calendarId: to,
      location: 'Garden',
      description: 'Notes from Google',
      dirty: [],
    });
    expect((await w.local(tuesday))?.movingFrom).toBeUndefined();
    const conflicts = (await w.log()).filter((l) => l.code === 'conflict' && l.eventId === tuesday);
    expect(conflicts.map((l) => l.detail)).toMatchObject([
      { field: 'description', kept: 'google', lost: 'Bring the notes' },
    ]);
    expect(await w.db.outbox.count()).toBe(0);
  },
);

test.each([
  { finds: 'push', from: 'work', to: 'primary' },
  { finds: 'pull', from: 'primary', to: 'work' },
] as const)(
  'an occurrence changed here for the first time while its series moved keeps the rename Google gave the series once it moved, when the $finds finds the move done',
  async ({ from: fromName, to: toName }) => {
    const [from, to] = [fromName, toName].map((c) => (c === 'work' ? work : w.email)) as [
      string,
      string,
    ];
    const id = await standupIn(from);
    await w.engine.syncAll();
    await editTuesday(id, (d) => (d.description = 'Bring the notes'));
    await moveWithAnswersLost(id, from, to);
    // Moved on Google, unknown here; then the series is renamed there.
    await w.remote.events.patch({ calendarId: to, eventId: id, requestBody: { summary: 'Daily' } });
    await w.engine.syncAll();
    await w.engine.syncAll();

    // The series as agreed is the renamed one by the time the Tuesday's first edit goes up;
    // the name it took from the series before is no change made here.
    const tuesday = `${id}${TUESDAY}`;
    expect(await w.onGoogleIn(to, tuesday)).toMatchObject({
      summary: 'Daily',
      description: 'Bring the notes',
    });
    expect(await w.local(tuesday)).toMatchObject({
      calendarId: to,
      summary: 'Daily',
      description: 'Bring the notes',
      dirty: [],
    });
    expect((await w.log()).filter((l) => l.code === 'conflict')).toEqual([]);
    expect(await w.db.outbox.count()).toBe(0);
  },
);
