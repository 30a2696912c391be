// Importing a file into a calendar through the data layer (real Dexie on fake-indexeddb):
// what the preview says, what lands in the calendar, that a second import updates instead
// of duplicating, that a broken event is named and the rest imports, and that a Google
// calendar gets the new events queued for the sync engine while a local one does not.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import { applyImport, prepareImport } from '../../../src-renderer/ics/ics-import';
import { importResultText } from '../../../src-renderer/ics/import-words';
import { exportCalendars } from '../../../src-renderer/ics/ics-export';
import { changedFields } from '../../../src-preload/model/fields';
import { freshDb } from '../renderer/fixtures';
import { corpusFile } from './corpus';

const zone = 'Europe/Paris';

async function googleCalendar(db: AlmanacDatabase): Promise<void> {
  await db.calendars.add({
    id: 'work@example.com',
    summary: 'Work',
    color: '#0f0',
    accessRole: 'owner',
    account: 'me@example.com',
    syncEnabled: true,
  });
}

describe('importing an .ics file into a calendar', () => {
  it('says what it will do, writes the events, and updates them on a second import', async () => {
    const db = freshDb();
    const file = corpusFile('google-export.ics');
    const first = await prepareImport(db, 'local', file, { zone });
    expect(first.summary).toMatch(/^Import \d+ events \(1 repeating\) into My calendar/);
    expect(await db.events.count()).toBe(0);

    const done = await applyImport(db, first);
    expect(done.added).toBe(first.plan.preview.events);
    const planning = await db.events.filter((e) => e.summary === 'Planning').toArray();
    expect(planning).toHaveLength(1);
    expect(planning[0]).toMatchObject({
      kind: 'master',
      calendarId: 'local',
      iCalUID: '5qk9m3t2rd1b0h8v6c4e2a1f0g@google.com',
    });
    const moved = await db.events.where('recurringEventId').equals(planning[0]!.id).toArray();
    expect(moved.map((e) => e.summary)).toContain('Planning (Wednesday this week)');
    const count = await db.events.count();

    const again = await prepareImport(db, 'local', file, { zone });
    expect(again.plan.preview.updates).toBe(again.plan.preview.events);
    expect(again.summary).toContain(`${again.plan.preview.events} already here will be updated`);
    const redone = await applyImport(db, again);
    expect(redone.added).toBe(0);
    expect(await db.events.count()).toBe(count);
    expect(importResultText(redone, 'My calendar')).toMatch(/^(Updated|Nothing)/);
    // A local calendar queues nothing for Google.
    expect(await db.outbox.count()).toBe(0);
  });

  it('names what it could not read, imports the rest, and touches nothing else', async () => {
    const db = freshDb();
    await db.events.add({
      id: 'keepme01',
      calendarId: 'local',
      kind: 'single',
      status: 'confirmed',
      summary: 'Already here',
      start: { dateTime: '2026-01-01T09:00:00Z' },
      end: { dateTime: '2026-01-01T10:00:00Z' },
      startMs: Date.parse('2026-01-01T09:00:00Z'),
      endMs: Date.parse('2026-01-01T10:00:00Z'),
      localVersion: 1,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const prepared = await prepareImport(db, 'local', corpusFile('broken.ics'), { zone });
    expect(prepared.plan.preview.unreadable.length).toBeGreaterThan(0);
    expect(prepared.summary).toMatch(/could not be read: line \d+/);
    const done = await applyImport(db, prepared);
    expect(done.added).toBeGreaterThan(0);
    expect(await db.events.get('keepme01')).toMatchObject({ summary: 'Already here' });
  });

  it('queues the new events of a Google calendar for the sync engine', async () => {
    const db = freshDb();
    await googleCalendar(db);
    const prepared = await prepareImport(db, 'work@example.com', corpusFile('apple-export.ics'), {
      zone,
    });
    const done = await applyImport(db, prepared);
    const inserts = await db.outbox.where('calendarId').equals('work@example.com').toArray();
    expect(inserts.filter((e) => e.op === 'insert')).toHaveLength(done.added);
    expect(inserts.every((e) => e.sendUpdates === 'none')).toBe(true);
  });

  it('refuses a calendar that cannot change', async () => {
    const db = freshDb();
    await db.calendars.add({
      id: 'holidays',
      summary: 'Holidays',
      color: '#f00',
      accessRole: 'reader',
      syncEnabled: true,
    });
    const prepared = await prepareImport(db, 'holidays', corpusFile('apple-export.ics'), { zone });
    await expect(applyImport(db, prepared)).rejects.toThrow(/only view events in “Holidays”/);
    expect(await db.events.count()).toBe(0);
  });
});

describe('exporting a calendar', () => {
  it('writes its events to one file that imports back into an empty calendar unchanged', async () => {
    const db = freshDb();
    await applyImport(
      db,
      await prepareImport(db, 'local', corpusFile('google-export.ics'), { zone }),
    );
    await db.events.add({
      id: 'gone0001',
      calendarId: 'local',
      kind: 'single',
      status: 'cancelled',
      summary: 'Deleted here, waiting for Google',
      start: { dateTime: '2026-01-01T09:00:00Z' },
      end: { dateTime: '2026-01-01T10:00:00Z' },
      startMs: 0,
      endMs: 0,
      localVersion: 1,
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const file = await exportCalendars(db, 'local', zone);
    expect(file.name).toBe('My calendar.ics');
    expect(file.text).toContain('X-WR-CALNAME:My calendar');
    expect(file.text).not.toContain('Deleted here');

    const other = freshDb();
    const prepared = await prepareImport(other, 'local', file.text, { zone });
    expect(prepared.plan.preview.unreadable).toEqual([]);
    await applyImport(other, prepared);
    const before = (await db.events.toArray()).filter((e) => e.id !== 'gone0001');
    const after = await other.events.toArray();
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    for (const event of after) {
      const original = before.find((e) => e.id === event.id)!;
      expect(changedFields(event, original), event.summary).toEqual([]);
    }
  });
});
