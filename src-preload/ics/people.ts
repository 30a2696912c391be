// The people of an event in iCalendar: its ORGANIZER and ATTENDEEs, read into Google's
// organizer and attendees (their answers from PARTSTAT, optional guests from ROLE, rooms from
// CUTYPE) and written back the same way.
import { because, type IcsReason } from './ics-reasons';
import ICAL from 'ical.js';
import type { Attendee, ResponseStatus } from '../model/event';
import { parameterText } from './ics-text';

/**
 * Who an ORGANIZER or ATTENDEE is. The address is taken as the file writes it: ical.js
 * misplaces where the value starts when the last parameter holds a backslash and a colon.
 */
export function readPerson(
  property: ICAL.Property,
  written: string,
): { email?: string; displayName?: string } {
  const value = written.trim();
  const param = property.getParameter('email');
  const email = /^mailto:/i.test(value)
    ? value.slice(7).trim()
    : typeof param === 'string'
      ? param.trim()
      : /^[^\s:@]+@[^\s:@]+$/.test(value)
        ? value
        : undefined;
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' ? cn.trim() : '';
  // Google writes the address as the name of a guest who has none.
  const displayName = name && name.toLowerCase() !== email?.toLowerCase() ? name : undefined;
  return { ...(email ? { email } : {}), ...(displayName ? { displayName } : {}) };
}

export function readAttendee(
  property: ICAL.Property,
  written: string,
  organizerEmail: string | undefined,
  selfEmails: ReadonlySet<string>,
  note: (why: IcsReason) => void,
): Attendee | null {
  const { email, displayName } = readPerson(property, written);
  if (!email) {
    note(because('guestWithoutEmail', { guest: displayName ?? written }));
    return null;
  }
  const out: Attendee = {
    email,
    responseStatus:
      PARTSTAT_IN[String(property.getParameter('partstat') ?? '').toUpperCase()] ?? 'needsAction',
  };
  if (displayName) out.displayName = displayName;
  if (String(property.getParameter('role') ?? '').toUpperCase() === 'OPT-PARTICIPANT')
    out.optional = true;
  if (/^(RESOURCE|ROOM)$/i.test(String(property.getParameter('cutype') ?? ''))) out.resource = true;
  if (organizerEmail && email.toLowerCase() === organizerEmail.toLowerCase()) out.organizer = true;
  if (selfEmails.has(email.toLowerCase())) out.self = true;
  const comment = property.getParameter('x-response-comment');
  if (typeof comment === 'string' && comment) out.comment = comment;
  return out;
}

export function writePerson(
  name: string,
  email: string,
  displayName: string | undefined,
): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(`mailto:${email}`);
  if (displayName) property.setParameter('cn', parameterText(displayName));
  return property;
}

export function writeAttendee(guest: Attendee): ICAL.Property {
  const property = writePerson('attendee', guest.email, guest.displayName);
  property.setParameter('cutype', guest.resource ? 'RESOURCE' : 'INDIVIDUAL');
  property.setParameter('role', guest.optional ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT');
  property.setParameter('partstat', PARTSTAT_OUT[guest.responseStatus ?? 'needsAction']);
  if (guest.comment) property.setParameter('x-response-comment', parameterText(guest.comment));
  return property;
}

// ---------------------------------------------------------------------------------------

const PARTSTAT_OUT: Record<Attendee['responseStatus'], string> = {
  needsAction: 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
};

const PARTSTAT_IN: Record<string, ResponseStatus> = {
  'NEEDS-ACTION': 'needsAction',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
};
