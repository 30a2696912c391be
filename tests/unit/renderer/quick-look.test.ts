import { describe, expect, it } from 'vitest';
import { occurrenceOf } from '../../../src-renderer/calendar/model/occurrence';
import { duplicateDraft } from '../../../src-renderer/calendar/model/duplicate';
import {
  answerText,
  descriptionStart,
  whenText,
} from '../../../src-renderer/calendar/model/quick-look-text';
import { appCommands } from '../../../src-renderer/palette/app-commands';
import { allDay, timed } from './fixtures';

const NOW = Date.parse('2026-06-10T08:00:00Z');

describe('whenText (the quick look says when, in the zone the calendar is shown in)', () => {
  it('says the day, both times and the zone of a timed event', () => {
    const occ = occurrenceOf(
      timed('a', '2026-06-10T09:00', '2026-06-10T10:00', 'Europe/Berlin'),
      '#000',
    );
    expect(whenText(occ, 'Europe/Berlin', NOW)).toBe(
      'Wednesday 10 June · 09:00 – 10:00 (Europe/Berlin)',
    );
    // The same instants shown in New York.
    expect(whenText(occ, 'America/New_York', NOW)).toBe(
      'Wednesday 10 June · 03:00 – 04:00 (America/New York)',
    );
  });
  it('names both days of an event that ends on another day, and the year when not this one', () => {
    const overnight = occurrenceOf(
      timed('b', '2026-06-10T22:00', '2026-06-11T02:00', 'Europe/Berlin'),
      '#000',
    );
    expect(whenText(overnight, 'Europe/Berlin', NOW)).toBe(
      'Wednesday 10 June, 22:00 – Thursday 11 June, 02:00 (Europe/Berlin)',
    );
    const nextYear = occurrenceOf(
      timed('c', '2027-01-04T09:00', '2027-01-04T10:00', 'Europe/Berlin'),
      '#000',
    );
    expect(whenText(nextYear, 'Europe/Berlin', NOW)).toBe(
      'Monday, 4 January 2027 · 09:00 – 10:00 (Europe/Berlin)',
    );
  });
  it('says only the dates of an all-day event, the last day inclusive', () => {
    expect(
      whenText(occurrenceOf(allDay('d', '2026-06-10', '2026-06-11'), '#000'), 'UTC', NOW),
    ).toBe('Wednesday 10 June');
    expect(
      whenText(occurrenceOf(allDay('e', '2026-06-10', '2026-06-13'), '#000'), 'UTC', NOW),
    ).toBe('Wednesday 10 June – Friday 12 June');
  });
});

describe('descriptionStart (the description as a hint of plain text)', () => {
  it('drops tags, reads entities and keeps paragraph breaks', () => {
    expect(
      descriptionStart(
        '<p>Bring the <b>Q3 numbers</b> &amp; slides</p><p>Room&nbsp;4<br>2nd floor</p>',
      ),
    ).toBe('Bring the Q3 numbers & slides\nRoom 4\n2nd floor');
  });
  it('drops scripts and styles with their content, and never returns markup', () => {
    const text = descriptionStart('<style>p{}</style><script>alert(1)</script>Hi &lt;there&gt;');
    expect(text).toBe('Hi <there>');
  });
  it('cuts a long description with an ellipsis, and says nothing for none', () => {
    expect(descriptionStart('word '.repeat(200), 20)).toBe('word word word word…');
    expect(descriptionStart(undefined)).toBe('');
    expect(descriptionStart('  ')).toBe('');
  });
  it('names every answer', () => {
    expect(
      ['accepted', 'declined', 'tentative', 'needsAction'].map((s) => answerText(s as never)),
    ).toEqual(['Yes', 'No', 'Maybe', 'Awaiting']);
  });
});

describe('duplicateDraft (Duplicate: a new event, everyone invited afresh)', () => {
  const invitation = timed('orig', '2026-06-10T11:00', '2026-06-10T12:00', 'Europe/Berlin', {
    calendarId: 'ada@example.com',
    summary: "Olga's review",
    location: 'Room 1',
    colorId: '5',
    iCalUID: 'orig@google.com',
    organizer: { email: 'olga@example.com' },
    hangoutLink: 'https://meet.google.com/abc-defg-hij',
    attendees: [
      { email: 'olga@example.com', responseStatus: 'accepted', organizer: true },
      { email: 'ada@example.com', responseStatus: 'tentative', self: true },
      {
        email: 'bob@example.com',
        displayName: 'Bob',
        responseStatus: 'declined',
        optional: true,
        comment: 'Away',
      },
    ],
  });

  it('keeps what the event says, in the calendar given, with the guests asked again and me not among them', () => {
    const draft = duplicateDraft(
      occurrenceOf(invitation, '#000'),
      'Europe/Berlin',
      'ada@example.com',
    );
    expect(draft).toMatchObject({
      calendarId: 'ada@example.com',
      summary: "Olga's review",
      location: 'Room 1',
      colorId: '5',
      startDate: '2026-06-10',
      startTime: '11:00',
      endTime: '12:00',
      timeZone: 'Europe/Berlin',
      addMeet: true,
    });
    expect(draft.attendees).toEqual([
      { email: 'olga@example.com', responseStatus: 'needsAction' },
      {
        email: 'bob@example.com',
        displayName: 'Bob',
        responseStatus: 'needsAction',
        optional: true,
      },
    ]);
    // A draft carries no ids, etag, iCalUID or organizer: saving it makes a new event.
    expect(Object.keys(draft)).not.toEqual(expect.arrayContaining(['id']));
    expect(JSON.stringify(draft)).not.toMatch(/orig@google.com|"organizer"|"self"/);
  });
  it('goes to another calendar when asked (the original is on one that takes no changes)', () => {
    expect(duplicateDraft(occurrenceOf(invitation, '#000'), 'UTC', 'local').calendarId).toBe(
      'local',
    );
  });
});

describe('appCommands: Show or Hide each calendar', () => {
  it('offers the opposite of what the calendar is now, and runs the sidebar tick', () => {
    const ticks: [string, boolean][] = [];
    const commands = appCommands({
      run: () => undefined,
      openPreferences: () => undefined,
      calendars: {
        all: [
          { id: 'local', summary: 'My calendar' },
          { id: 'team', summary: 'Team\u202e' },
        ],
        hidden: new Set(['team']),
      },
      showCalendar: (id, shown) => ticks.push([id, shown]),
    });
    const labels = commands.map((c) => c.label);
    expect(labels).toContain('Hide My calendar');
    // Someone else's name, as the screen shows it.
    expect(labels).toContain('Show Team');
    commands.find((c) => c.label === 'Hide My calendar')!.run();
    commands.find((c) => c.label === 'Show Team')!.run();
    expect(ticks).toEqual([
      ['local', false],
      ['team', true],
    ]);
  });
});
