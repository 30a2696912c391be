// Guests and emails, read from the emulator's notification log: the user's choice travels
// with the change as sendUpdates; retries, replays, restores and full resyncs never mail on
// their own; a guest answers for themselves, may not change what Google forbids, and
// deleting removes the event from their calendar only.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';
import { onGoogle, startSyncWorld, type SyncWorld } from './harness';

let w: SyncWorld;
beforeEach(async () => {
  w = await startSyncWorld();
  await w.engine.syncAll();
});
afterEach(() => w.close());

const guests = (d: EventDraft) => {
  d.attendees = [
    { email: 'carol@example.org', responseStatus: 'needsAction' },
    { email: 'dave@example.org', responseStatus: 'needsAction' },
  ];
};
const mail = async () => (await w.notifications()).map((n) => `${n.kind}:${n.to}`).sort();

test('creating an event with guests and choosing Send invites each guest once', async () => {
  await w.createLocal('Kick-off', '2030-05-01T09:00Z', '2030-05-01T10:00Z', guests, 'all');
  await w.engine.syncAll();
  expect(await mail()).toEqual(['invitation:carol@example.org', 'invitation:dave@example.org']);
});

test("choosing Don't send mails nobody, for a create, an edit and a delete", async () => {
  const id = await w.createLocal('Quiet', '2030-05-02T09:00Z', '2030-05-02T10:00Z', guests, 'none');
  await w.engine.syncAll();
  await w.editLocal(id, (d) => (d.location = 'Elsewhere'), 'none');
  await w.engine.syncAll();
  await w.deleteLocal(id, 'none');
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).status).toBe('cancelled');
  expect(await mail()).toEqual([]);
});

test('changing time or place with Send mails an update; removing a guest mails them a cancellation', async () => {
  const id = await w.createLocal('Sync', '2030-05-03T09:00Z', '2030-05-03T10:00Z', guests, 'none');
  await w.engine.syncAll();
  await w.editLocal(id, (d) => (d.location = 'Room 5'), 'all');
  await w.engine.syncAll();
  expect(await mail()).toEqual(['update:carol@example.org', 'update:dave@example.org']);
  await w.admin('notifications', undefined, 'DELETE');
  await w.editLocal(
    id,
    (d) => (d.attendees = d.attendees.filter((a) => a.email !== 'dave@example.org')),
    'all',
  );
  await w.engine.syncAll();
  expect(await mail()).toEqual(['cancellation:dave@example.org']);
});

test('deleting with Send mails every guest a cancellation', async () => {
  const id = await w.createLocal(
    'Dropped',
    '2030-05-04T09:00Z',
    '2030-05-04T10:00Z',
    guests,
    'none',
  );
  await w.engine.syncAll();
  await w.deleteLocal(id, 'all');
  await w.engine.syncAll();
  expect(await mail()).toEqual(['cancellation:carol@example.org', 'cancellation:dave@example.org']);
});

test('an insert retried after a lost answer invites each guest exactly once', async () => {
  await w.createLocal('Retried', '2030-05-05T09:00Z', '2030-05-05T10:00Z', guests, 'all');
  await w.faults([
    {
      match: { method: 'POST', path: `/calendar/v3/calendars/${w.email}/events` },
      drop: 'after-apply',
      times: 1,
    },
  ]);
  await w.engine.syncAll();
  expect(await mail()).toEqual(['invitation:carol@example.org', 'invitation:dave@example.org']);
});

test('an update retried after a lost answer mails each guest exactly once', async () => {
  const id = await w.createLocal(
    'Moved twice?',
    '2030-05-06T09:00Z',
    '2030-05-06T10:00Z',
    guests,
    'none',
  );
  await w.engine.syncAll();
  await w.editLocal(id, (d) => (d.location = 'Room 9'), 'all');
  await w.faults([{ match: { method: 'PATCH' }, drop: 'after-apply', times: 1 }]);
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).location).toBe('Room 9');
  expect(await mail()).toEqual(['update:carol@example.org', 'update:dave@example.org']);
});

test('a full resync and a restore after edit-vs-delete send no mail', async () => {
  const id = await w.createLocal(
    'Restored silently',
    '2030-05-07T09:00Z',
    '2030-05-07T10:00Z',
    guests,
    'none',
  );
  await w.engine.syncAll();
  await w.remote.events.delete({ calendarId: w.email, eventId: id });
  await w.editLocal(id, (d) => (d.description = 'still on'), 'none');
  await w.admin('sync-tokens/expire', { calendarId: w.email });
  await w.engine.syncAll();
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).status).toBe('confirmed');
  expect(
    (await w.requests()).some(
      (r) => r.batched && r.method === 'PATCH' && r.query.sendUpdates === 'none',
    ),
  ).toBe(true);
  expect(await mail()).toEqual([]);
});

test('as a guest: answering Yes reaches Google; changing the title is parked with a reason; deleting removes it here and from my calendar', async () => {
  await w.admin('accounts', { email: 'bob@example.com', name: 'Bob' });
  const { ids } = await w.admin<{ ids: string[] }>('events', {
    calendarId: w.email,
    events: [
      {
        summary: "Bob's party",
        organizer: { email: 'bob@example.com', displayName: 'Bob' },
        attendees: [
          { email: 'bob@example.com', responseStatus: 'accepted' },
          { email: w.email, responseStatus: 'needsAction' },
        ],
        start: { dateTime: '2030-05-08T18:00:00Z' },
        end: { dateTime: '2030-05-08T22:00:00Z' },
      },
    ],
  });
  const id = ids[0] as string;
  await w.engine.syncAll();
  expect((await w.local(id))?.organizer?.email).toBe('bob@example.com');
  await w.editLocal(
    id,
    (d) =>
      (d.attendees = d.attendees.map((a) =>
        a.email === w.email ? { ...a, responseStatus: 'accepted' } : a,
      )),
  );
  await w.engine.syncAll();
  expect((await onGoogle(w, id)).attendees?.find((a) => a.email === w.email)?.responseStatus).toBe(
    'accepted',
  );

  await w.editLocal(id, (d) => (d.summary = 'My party now'));
  const report = await w.engine.syncAll();
  expect(report.parked).toBe(1);
  const parked = (await w.log()).find((l) => l.code === 'parked');
  expect(parked?.message).toMatch(/Only the organizer/);
  expect((await onGoogle(w, id)).summary).toBe("Bob's party");

  await w.deleteLocal(id);
  await w.engine.syncAll();
  expect(await w.local(id)).toBeUndefined();
  expect((await onGoogle(w, id)).status).toBe('cancelled');
  expect(await mail()).toEqual([]);
});
