// Answering an invitation received as an .ics file (METHOD:REQUEST). Accept and Maybe add the
// event to the chosen calendar with the user's answer on their own guest entry; when the
// calendar already has the event (the same iCalUID: Google delivered the invitation there
// too) only the answer changes on that event, so it is linked to, never duplicated. Decline
// adds nothing, and marks an event already there as declined. No email is sent from here.
import type { CalendarEvent, ResponseStatus } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { changeEvents, LocalChanges } from '../db/local-changes';
import { applyImport, type PreparedImport } from './ics-import';
import { activeLocale } from '../i18n/active-locale';

export type InvitationAnswer = Extract<ResponseStatus, 'accepted' | 'tentative' | 'declined'>;

/** What answering did, in words for the window's notice. */
export async function answerInvitation(
  db: AlmanacDatabase,
  prepared: PreparedImport,
  answer: InvitationAnswer,
): Promise<string> {
  const name = prepared.calendar.summary;
  const here = await existingCopies(db, prepared);
  if (here.length > 0) {
    await changeEvents(db, async () => {
      const changes = await LocalChanges.open(db, prepared.calendar.id, 'none');
      for (const record of here)
        await changes.edit(record, { attendees: answered(record.attendees, answer) });
    });
    return activeLocale().t('invitation.alreadyThere', { answer, calendar: name });
  }
  if (answer === 'declined') return activeLocale().t('invitation.declined');
  const events = prepared.plan.events.map((event) => ({
    ...event,
    ...(event.attendees ? { attendees: answered(event.attendees, answer) } : {}),
  }));
  await applyImport(db, { ...prepared, plan: { ...prepared.plan, events } });
  return activeLocale().t('invitation.added', { answer, calendar: name });
}

// ---------------------------------------------------------------------------------------

/** The planned events the calendar already holds (the plan gave them those records' ids). */
async function existingCopies(
  db: AlmanacDatabase,
  prepared: PreparedImport,
): Promise<CalendarEvent[]> {
  const stored = await db.events.bulkGet(prepared.plan.events.map((e) => e.id));
  return stored.filter(
    (e): e is CalendarEvent =>
      e !== undefined && e.status !== 'cancelled' && Boolean(e.attendees?.some((a) => a.self)),
  );
}

function answered(
  attendees: CalendarEvent['attendees'],
  responseStatus: InvitationAnswer,
): NonNullable<CalendarEvent['attendees']> {
  return (attendees ?? []).map((a) => (a.self ? { ...a, responseStatus } : { ...a }));
}
