// The event fields iCalendar has no property for (Google's colour, event type and its
// properties, conference data, the creator, whether guests may edit, default and e-mail
// reminders), carried in one X-ALMANAC-FIELDS property as JSON so that an Almanac export
// imports back field for field. Other programs ignore it, as RFC 5545 asks of X- properties.
// Only what no standard property says goes here, so an edit made elsewhere to a standard
// property (a reminder changed in Thunderbird) is never overruled by a stale copy.
import { because, type IcsReason } from './ics-reasons';
import { z } from 'zod';
import {
  BirthdayPropertiesSchema,
  PersonSchema,
  StatusPropertiesSchema,
  WorkingLocationPropertiesSchema,
  type EventFields,
} from '../model/event';

export const ALMANAC_FIELDS = 'x-almanac-fields';

/** What the property holds. */
export interface AlmanacFields {
  fields: Partial<EventFields>;
  /** Reminders a VALARM cannot say: the calendar's defaults, none at all, e-mail ones. */
  reminders?: { useDefault: boolean; email?: number[] };
}

/** The property's JSON for an event, or null when it has nothing to say. */
export function almanacFieldsOf(event: Partial<EventFields>): string | null {
  const out: Record<string, unknown> = {};
  for (const name of CARRIED) if (event[name] !== undefined) out[name] = event[name];
  const reminders = event.reminders;
  if (reminders) {
    const email = (reminders.overrides ?? [])
      .filter((o) => o.method === 'email')
      .map((o) => o.minutes);
    if (reminders.useDefault) out.reminders = { useDefault: true };
    else if (email.length > 0) out.reminders = { useDefault: false, email };
    else if (!reminders.overrides?.length) out.reminders = { useDefault: false };
  }
  return Object.keys(out).length > 0 ? JSON.stringify(out) : null;
}

/** The property's value read back; why (`unread`) when it cannot be trusted. */
export function readAlmanacFields(text: string): AlmanacFields | { unread: IcsReason } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { unread: because('almanacFieldsNotJson') };
  }
  const parsed = Schema.safeParse(json);
  if (!parsed.success)
    // zod's words are the detail, as it wrote them.
    return {
      unread: because('almanacFieldsShape', { detail: parsed.error.issues[0]?.message ?? '' }),
    };
  const { reminders, ...fields } = parsed.data;
  return reminders ? { fields, reminders } : { fields };
}

// ---------------------------------------------------------------------------------------

const CARRIED = [
  'colorId',
  'guestsCanModify',
  'creator',
  'eventType',
  'birthdayProperties',
  'focusTimeProperties',
  'outOfOfficeProperties',
  'workingLocationProperties',
  'conferenceData',
] as const satisfies readonly (keyof EventFields)[];

const Schema = z
  .object({
    colorId: z.string().regex(/^\d{1,2}$/),
    guestsCanModify: z.boolean(),
    creator: PersonSchema,
    eventType: z.string().max(64),
    birthdayProperties: BirthdayPropertiesSchema,
    focusTimeProperties: StatusPropertiesSchema,
    outOfOfficeProperties: StatusPropertiesSchema,
    workingLocationProperties: WorkingLocationPropertiesSchema,
    conferenceData: z.record(z.string(), z.unknown()),
    reminders: z.object({
      useDefault: z.boolean(),
      email: z.array(z.number().int().min(0).max(40320)).max(5).optional(),
    }),
  })
  .partial();
