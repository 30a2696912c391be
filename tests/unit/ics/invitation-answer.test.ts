// Answering an invitation file through the data layer (real Dexie on fake-indexeddb): Accept
// adds the event with the user's answer, Decline adds nothing, and a calendar that already
// has the invitation (same iCalUID, Google's copy) gets only the answer, never a duplicate.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../src-renderer/ics/ics-import';
import { answerInvitation } from '../../../src-renderer/ics/invitation-answer';
import { freshDb } from '../renderer/fixtures';
import { corpusFile } from './corpus';

const BOB = 'Bob.Martin@fabrikam.example';
const options = { zone: 'Europe/Paris', selfEmails: [BOB] };

describe('answering an invitation received as a file', () => {
  it('shows the event in the organizer’s zone, the organizer, and the user among the guests whatever the address’s case', async () => {
    const db = freshDb();
    const file = corpusFile('invitation-request.ics');
    const prepared = await prepareImport(db, 'local', file, {
      ...options,
      selfEmails: ['bob.martin@fabrikam.example'],
    });
    expect(prepared.method).toBe('REQUEST');
    const [invitation] = prepared.plan.events;
    expect(invitation).toMatchObject({
      summary: 'Launch readiness review',
      start: { dateTime: '2026-04-15T10:00:00-07:00', timeZone: 'America/Los_Angeles' },
      end: { dateTime: '2026-04-15T11:00:00-07:00', timeZone: 'America/Los_Angeles' },
      location: 'Microsoft Teams Meeting',
      organizer: { email: 'alice@contoso.example', displayName: 'Alice Nguyen' },
    });
    expect(invitation?.attendees?.find((a) => a.self)).toEqual({
      email: BOB,
      displayName: 'Bob Martin',
      responseStatus: 'needsAction',
      self: true,
    });
    // None of the user's addresses invited: nobody among the guests is them.
    const other = await prepareImport(db, 'local', file, {
      zone: 'UTC',
      selfEmails: ['someone.else@example.com'],
    });
    expect(other.plan.events[0]?.attendees?.some((a) => a.self)).toBe(false);
  });

  it('Accept adds it with the answer on the user’s own guest entry; Decline adds nothing', async () => {
    const db = freshDb();
    const file = corpusFile('invitation-request.ics');
    const declined = await answerInvitation(
      db,
      await prepareImport(db, 'local', file, options),
      'declined',
    );
    expect(declined).toBe('Declined: nothing was added.');
    expect(await db.events.count()).toBe(0);

    const prepared = await prepareImport(db, 'local', file, options);
    expect(prepared.method).toBe('REQUEST');
    expect(await answerInvitation(db, prepared, 'accepted')).toBe(
      'Accepted: added to My calendar.',
    );
    const [event] = await db.events.toArray();
    expect(event?.summary).toBe('Launch readiness review');
    expect(event?.attendees?.find((a) => a.self)).toMatchObject({
      email: BOB,
      responseStatus: 'accepted',
    });
    expect(event?.attendees?.find((a) => !a.self)?.responseStatus).toBe('needsAction');
  });

  it('links to the copy a Google calendar already has (same iCalUID) instead of adding another', async () => {
    const db = freshDb();
    await db.calendars.add({
      id: BOB,
      summary: 'Bob',
      color: '#0f0',
      accessRole: 'owner',
      account: BOB,
      syncEnabled: true,
    });
    const read = await prepareImport(db, BOB, corpusFile('invitation-request.ics'), options);
    const invited = read.plan.events[0]!;
    await db.events.add({
      ...invited,
      id: 'googlesownid0001',
      calendarId: BOB,
      localVersion: 1,
      updatedAt: '2026-04-01T17:00:00Z',
      google: { etag: '"1"', updated: '2026-04-01T17:00:00Z' },
      base: {},
      dirty: [],
    });

    const prepared = await prepareImport(db, BOB, corpusFile('invitation-request.ics'), options);
    const said = await answerInvitation(db, prepared, 'tentative');
    expect(said).toBe('Maybe: the invitation was already in Bob; your answer is on it.');
    const all = await db.events.toArray();
    expect(all.map((e) => e.id)).toEqual(['googlesownid0001']);
    expect(all[0]!.attendees?.find((a) => a.self)?.responseStatus).toBe('tentative');
    const queued = await db.outbox.toArray();
    expect(queued).toMatchObject([
      { eventId: 'googlesownid0001', op: 'patch', fields: ['attendees'] },
    ]);
  });
});
