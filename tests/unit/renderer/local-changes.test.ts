// The one writer of local changes, against real Dexie over fake-indexeddb: whether a write of
// an event went out to Google is read from the outbox by the write and the calendar it was
// for, and only once it was sent (its answer may then have been lost).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import type { OutboxEntry } from '../../../src-preload/local-store';
import { LocalChanges } from '../../../src-renderer/db/local-changes';
import { freshDb } from './fixtures';

let db: AlmanacDatabase;
beforeEach(async () => {
  db = freshDb();
  await db.calendars.add({
    id: 'primary',
    summary: 'Primary',
    color: '#4986e7',
    accessRole: 'owner',
    account: 'me@example.com',
    syncEnabled: true,
  });
});

const queued = (op: OutboxEntry['op'], calendarId: string, sent?: boolean): OutboxEntry => ({
  eventId: 'e1',
  calendarId,
  op,
  sendUpdates: 'none',
  createdAt: 1,
  ...(sent === undefined ? {} : { sent }),
});

describe('LocalChanges.wentOut', () => {
  it.each([
    ['a sent insert', [queued('insert', 'primary', true)], 'insert', true],
    ['an insert not sent yet', [queued('insert', 'primary')], 'insert', false],
    ['a sent insert, asked about a move', [queued('insert', 'primary', true)], 'move', false],
    ['a sent move', [queued('move', 'primary', true)], 'move', true],
    ['a move not sent yet', [queued('move', 'primary', false)], 'move', false],
    ['a sent move out of another calendar', [queued('move', 'work', true)], 'move', false],
    [
      'a sent patch beside an unsent insert',
      [queued('patch', 'primary', true), queued('insert', 'primary')],
      'insert',
      false,
    ],
    ['nothing queued', [], 'insert', false],
  ] as const)('%s', async (_name, entries, op, expected) => {
    await db.outbox.bulkAdd(entries.map((e) => ({ ...e })));
    const changes = await LocalChanges.open(db, 'primary');
    expect(await changes.wentOut('e1', 'primary', op)).toBe(expected);
  });
});
