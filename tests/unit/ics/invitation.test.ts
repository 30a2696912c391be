// Invitations received as .ics files (METHOD:REQUEST): what the Accept / Maybe / Decline
// screen shows, and plain words for files that are something else.
import { describe, expect, it } from 'vitest';
import { readInvitation } from '../../../src-preload/ics/invitation';
import { corpusFile } from './corpus';

describe('an invitation from Exchange', () => {
  const result = readInvitation(corpusFile('invitation-request.ics'), {
    zone: 'Europe/Paris',
    selfEmails: ['bob.martin@fabrikam.example'],
  });

  it('gives the event, in the organizer’s zone', () => {
    if (!result.ok) throw new Error(result.error.message);
    const { event } = result.value;
    expect(event).toMatchObject({
      summary: 'Launch readiness review',
      kind: 'single',
      start: { dateTime: '2026-04-15T10:00:00-07:00', timeZone: 'America/Los_Angeles' },
      end: { dateTime: '2026-04-15T11:00:00-07:00', timeZone: 'America/Los_Angeles' },
      location: 'Microsoft Teams Meeting',
      iCalUID:
        '040000008200E00074C5B7101A82E00800000000F0A8C2D1E3B4DC01000000000000000010000000C3B1A2F4E5D6C7B8A9F0E1D2C3B4A5F6',
    });
    expect(event.description).toBe(
      "Let's go over the launch checklist.\n\nJoin: https://teams.example/l/meetup-join/19%3ameeting",
    );
    expect(result.value.exceptions).toEqual([]);
  });

  it('gives the organizer and the user among the guests, whatever the address’s case', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.organizer).toEqual({
      email: 'alice@contoso.example',
      displayName: 'Alice Nguyen',
    });
    expect(result.value.attendee).toEqual({
      email: 'Bob.Martin@fabrikam.example',
      displayName: 'Bob Martin',
      responseStatus: 'needsAction',
      self: true,
    });
  });

  it('has no user among the guests when none of their addresses is invited', () => {
    const other = readInvitation(corpusFile('invitation-request.ics'), {
      zone: 'UTC',
      selfEmails: ['someone.else@example.com'],
    });
    expect(other.ok && other.value.attendee).toBeUndefined();
  });
});

describe('files that are not invitations', () => {
  const file = (method: string | null, body = '') =>
    [
      'BEGIN:VCALENDAR',
      ...(method ? [`METHOD:${method}`] : []),
      'BEGIN:VEVENT',
      'UID:x@example.com',
      'DTSTART:20260101T100000Z',
      body,
      'END:VEVENT',
      'END:VCALENDAR',
    ]
      .filter(Boolean)
      .join('\r\n');

  it.each([
    ['CANCEL', 'This file cancels an event; it is not an invitation.'],
    ['REPLY', 'This file is a guest’s answer to an invitation, not an invitation.'],
    ['PUBLISH', 'This file is a calendar, not an invitation: import it instead.'],
    [null, 'This file is a calendar, not an invitation: import it instead.'],
  ])('METHOD:%s is answered in plain words', (method, message) => {
    expect(readInvitation(file(method), { zone: 'UTC' })).toEqual({
      ok: false,
      error: { code: 'not-an-invitation', message },
    });
  });

  it('an invitation whose event cannot be read says why', () => {
    const broken = file('REQUEST').replace('DTSTART:20260101T100000Z', 'DTSTART:2026-01-01');
    expect(readInvitation(broken, { zone: 'UTC' })).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        message:
          'The invitation cannot be read: line 5, event “x@example.com”: DTSTART “2026-01-01” is not a real date or time',
      },
    });
  });
});
