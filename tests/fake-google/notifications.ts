// The emails Google would send for a change, given `sendUpdates`. Google mails guests only
// when the organizer's copy changes and the caller asked for it: `all` mails every guest,
// `externalOnly` only guests without a Google account (here: not an emulator account), `none`
// or absent mails nobody. Invitations go to added guests, cancellations to removed guests (and
// to everyone when the event is deleted or cancelled), updates to the rest when something they
// can see changed.

import type { EventResource } from './event-store.js';
import { ORGANIZER_ONLY_FIELDS } from './event-validation.js';
import { sameEventTime } from './event-view.js';
import type { Notification, World } from './world.js';

export type SendUpdates = 'all' | 'externalOnly' | 'none' | undefined;

export function recordNotifications(
  world: World,
  calendarId: string,
  sendUpdates: SendUpdates,
  before: EventResource | undefined,
  after: EventResource,
): void {
  if (sendUpdates !== 'all' && sendUpdates !== 'externalOnly') return;
  if (after.organizer?.self !== true) return;
  const organizer = after.organizer.email;
  const eligible = (email: string): boolean =>
    email !== organizer &&
    email !== calendarId &&
    (sendUpdates === 'all' || !world.accounts.has(email));
  const emailsOf = (e: EventResource | undefined): Set<string> =>
    new Set(e && e.status !== 'cancelled' ? (e.attendees ?? []).map((a) => a.email as string) : []);
  const was = emailsOf(before);
  const now = emailsOf(after);
  const at = world.clock.iso();
  const eventId = after.id as string;
  const send = (to: string, kind: Notification['kind']): void => {
    if (eligible(to)) world.notifications.push({ to, kind, calendarId, eventId, at });
  };
  const changed =
    before !== undefined &&
    ORGANIZER_ONLY_FIELDS.some((f) =>
      f === 'start' || f === 'end'
        ? !sameEventTime(before[f], after[f])
        : JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
    );
  for (const email of now) {
    if (!was.has(email)) send(email, 'invitation');
    else if (changed) send(email, 'update');
  }
  for (const email of was) if (!now.has(email)) send(email, 'cancellation');
}
