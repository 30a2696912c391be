// Convergence under faults, model-based in the style of vdirsyncer's SyncMachine: fast-check
// generates a list of commands — edits on this computer (through the renderer's event
// operations, repeating events in all three scopes, guest changes, an editor opened on a
// snapshot that saves one changed field after other commands ran, and moves of an event or a
// whole series between two Google calendars of the account and the calendar kept here), edits
// on Google (through
// the real API, as another client), faults injected into the emulator (5xx, one kind of write
// refused for a whole sync while reads go on, a response lost before or after Google applied
// the write, 410 on the sync token, 412, 429/403 with Retry-After, an expired access token),
// the app killed between push and acknowledgement and
// restarted from its stored state, and syncs. Once the faults stop and sync has run twice:
// - both sides hold the same events, field for field (a normalized projection);
// - every edit (text or move) of a plain event or a whole series, made here or on Google, and
//   of one occurrence on Google, is on Google (and so here), or in the sync log as a conflict
//   loser, or was replaced by a later edit or delete of the same thing;
// - no event is duplicated (by id, by iCalUID, or by content);
// - the outbox is empty, and nothing was parked but instance edits Google has no instance for;
// - Google emailed nobody about an event unless the user chose Send for it.
//
// ALMANAC_PROPERTY_RUNS sets the number of runs (400 in `npm test`, 5,000 in `npm run
// test:soak`), ALMANAC_PROPERTY_COMMANDS the longest command list (30 in `npm test`, 40 in the
// soak: most of what the suite found took 20 to 40 commands to set up); ALMANAC_PROPERTY_SEED and
// ALMANAC_PROPERTY_PATH replay a failure; ALMANAC_PROPERTY_DEBUG=1 prints its log and requests.
import { afterAll, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { calendar_v3 } from '@googleapis/calendar';
import { startFakeGoogle, type FakeGoogle, type FaultRule } from '../fake-google/index.js';
import {
  createEvent,
  deleteEvent,
  moveEvent,
  updateEvent,
  saveEdits,
  DraftValidationError,
  EventGoneError,
} from '../../src-renderer/db/event-writes';
import { moveToCalendar } from '../../src-renderer/db/calendar-moves';
import { draftFromOccurrence, newDraft } from '../../src-renderer/calendar/model/drafts';
import type { EditScope, EventDraft, Occurrence } from '../../src-renderer/calendar/model/types';
import type { SendUpdates } from '../../src-preload/local-store';
import { lineOf } from '../../src-preload/sync-log';
import { seriesInstances } from '../../src-renderer/calendar/model/series-expansion';
import {
  CALENDAR_ZONES,
  EMAIL,
  RANGE,
  ZONE,
  googleItems,
  localOccurrences,
  project,
  startRun,
  type Projection,
  type RunWorld,
} from './convergence-world';

const RUNS = Number(process.env.ALMANAC_PROPERTY_RUNS ?? 400);
const SEED = process.env.ALMANAC_PROPERTY_SEED
  ? Number(process.env.ALMANAC_PROPERTY_SEED)
  : undefined;
const PATH = process.env.ALMANAC_PROPERTY_PATH;
const MAX_COMMANDS = Number(process.env.ALMANAC_PROPERTY_COMMANDS ?? 30);

// ---- commands ---------------------------------------------------------------------------

type TextField = 'summary' | 'location' | 'description';
type Command =
  | {
      t: 'localCreate';
      day: number;
      hour: number;
      repeat: boolean;
      guests: boolean;
      send: SendUpdates;
    }
  | { t: 'localEdit'; pick: number; field: TextField; scope: EditScope; send: SendUpdates }
  | { t: 'localMove'; pick: number; hours: number; scope: EditScope; send: SendUpdates }
  | { t: 'localGuests'; pick: number; add: boolean; scope: EditScope; send: SendUpdates }
  | { t: 'localDelete'; pick: number; scope: EditScope; send: SendUpdates }
  /** The editor opens on an occurrence as it is now; later commands run while it stays open. */
  | { t: 'editorOpen'; pick: number }
  /** The open editor saves one changed field, as the editor saves (db/event-writes saveEdits). */
  | { t: 'editorSave'; field: TextField; scope: EditScope; send: SendUpdates }
  /** The Calendar field: the event (a series as a whole) moves to another calendar. */
  | { t: 'calendarMove'; pick: number; to: 'primary' | 'work' | 'mine'; send: SendUpdates }
  | { t: 'remoteCreate'; day: number; hour: number; repeat: boolean; guests: boolean }
  | { t: 'remoteEdit'; pick: number; instance: number | null; field: TextField }
  | { t: 'remoteMove'; pick: number; instance: number | null; hours: number }
  | { t: 'remoteGuests'; pick: number; add: boolean }
  | { t: 'remoteDelete'; pick: number; instance: number | null }
  | { t: 'remoteZone'; zone: string }
  | { t: 'fault'; fault: Fault }
  | { t: 'restart' }
  | { t: 'crashBeforeAck' }
  | { t: 'sync' };

type Fault =
  | { kind: '5xx'; status: 500 | 502 | 503; times: number }
  | {
      kind: 'drop';
      when: 'before-apply' | 'after-apply';
      method: 'POST' | 'PATCH' | 'DELETE';
      times: number;
    }
  | { kind: 'sync-token-expired' }
  | { kind: '412'; times: number }
  | { kind: 'writes-refused'; method: 'POST' | 'PATCH' | 'DELETE' }
  | { kind: 'rate-limit'; status: 429 | 403; retryAfter: number; times: number }
  | { kind: 'access-token-expired' };

const send = fc.constantFrom<SendUpdates>('none', 'none', 'all', 'externalOnly');
const scope = fc.constantFrom<EditScope>('this', 'following', 'all');
const pick = fc.nat(50);
const field = fc.constantFrom<TextField>('summary', 'location', 'description');
const instance = fc.option(fc.nat(3), { nil: null });
const hours = fc.constantFrom(-26, -2, -1, 1, 3, 24, 49);

const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({
    kind: fc.constant('5xx' as const),
    status: fc.constantFrom(500 as const, 502 as const, 503 as const),
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    when: fc.constantFrom('before-apply' as const, 'after-apply' as const),
    method: fc.constantFrom('POST' as const, 'PATCH' as const, 'DELETE' as const),
    times: fc.integer({ min: 1, max: 2 }),
  }),
  fc.constant({ kind: 'sync-token-expired' as const }),
  fc.record({ kind: fc.constant('412' as const), times: fc.integer({ min: 1, max: 2 }) }),
  fc.record({
    kind: fc.constant('writes-refused' as const),
    method: fc.constantFrom('POST' as const, 'PATCH' as const, 'DELETE' as const),
  }),
  fc.record({
    kind: fc.constant('rate-limit' as const),
    status: fc.constantFrom(429 as const, 403 as const),
    retryAfter: fc.integer({ min: 1, max: 30 }),
    times: fc.integer({ min: 1, max: 2 }),
  }),
  fc.constant({ kind: 'access-token-expired' as const }),
);

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('localCreate' as const),
      day: fc.nat(6),
      hour: fc.integer({ min: 7, max: 18 }),
      repeat: fc.boolean(),
      guests: fc.boolean(),
      send,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ t: fc.constant('localEdit' as const), pick, field, scope, send }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('localMove' as const), pick, hours, scope, send }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('editorOpen' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('editorSave' as const), field, scope, send }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('calendarMove' as const),
      pick,
      to: fc.constantFrom('primary' as const, 'work' as const, 'work' as const, 'mine' as const),
      send,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('localGuests' as const),
      pick,
      add: fc.boolean(),
      scope,
      send,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('localDelete' as const), pick, scope, send }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('remoteCreate' as const),
      day: fc.nat(6),
      hour: fc.integer({ min: 7, max: 18 }),
      repeat: fc.boolean(),
      guests: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('remoteEdit' as const), pick, instance, field }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('remoteMove' as const), pick, instance, hours }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('remoteGuests' as const), pick, add: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('remoteDelete' as const), pick, instance }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('remoteZone' as const),
      zone: fc.constantFrom(...CALENDAR_ZONES),
    }),
  },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('fault' as const), fault }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'crashBeforeAck' as const }) },
  { weight: 4, arbitrary: fc.constant({ t: 'sync' as const }) },
);

// ---- the model: what the user did, for the invariants -----------------------------------

interface TrackedEdit {
  id: string;
  /** A text field, or `start` for a move (its value the new start instant, ISO). */
  field: TextField | 'start';
  value: string;
  at: number;
  /** Where the user made it: in this app, or in Google's own UI. */
  side: 'here' | 'google';
  /** For an edit of one instance (on Google): its series, whose later changes here may re-key it. */
  series?: string;
}

interface Model {
  /** Edits of a plain event or a whole series, on either side, and of one occurrence on Google. */
  edits: TrackedEdit[];
  /**
   * Later commands that replace a tracked edit: `${id}|${field}` (`start` for a move) or
   * `${id}|*` (deleted / split), and `${seriesId}|instances` (a change of the series here).
   */
  replaced: Map<string, number[]>;
  /** Series roots the user chose to email guests about (on this computer). */
  mailAllowed: Set<string>;
  /** When the app synced to the end, the sync token was expired, and each series was deleted here (all or following). */
  syncs: number[];
  tokenExpiries: number[];
  seriesDeletes: Map<string, number[]>;
  /** A series "this and following" split off here → the series it came from (it may look just like it). */
  splitFrom: Map<string, string>;
  /** Events (by series root) the user moved here, and on Google: only those can conflict in time. */
  movedHere: Set<string>;
  movedThere: Set<string>;
  /**
   * An insert's answer was lost (killed before the acknowledgement, or the response dropped
   * after Google applied it): the record has no agreed version to merge against when the
   * retry meets 409, so a move on either side then counts as a change on both (known
   * limitation).
   */
  insertAnswerLost: boolean;
  /** The editor open on a snapshot: its occurrence and its draft as it opened. */
  editor: { occ: Occurrence; baseline: EventDraft } | null;
}

const root = (id: string) => id.split('_')[0] as string;

function replace(
  model: Model,
  id: string,
  what: TrackedEdit['field'] | '*' | 'instances',
  at: number,
): void {
  const key = `${id}|${what}`;
  model.replaced.set(key, [...(model.replaced.get(key) ?? []), at]);
}

// ---- running commands -----------------------------------------------------------------

const BASE_DAY = Date.UTC(2030, 2, 4); // Monday 4 March 2030
const iso = (ms: number) => new Date(ms).toISOString();
const slot = (day: number, hour: number) => BASE_DAY + day * 86_400_000 + hour * 3_600_000;

async function run(w: RunWorld, model: Model, cmd: Command, i: number): Promise<void> {
  const text = (f: TextField) => `${f === 'summary' ? 'S' : f === 'location' ? 'L' : 'D'}${i}`;
  switch (cmd.t) {
    case 'localCreate': {
      const start = slot(cmd.day, cmd.hour);
      const draft: EventDraft = {
        ...newDraft({
          start: iso(start),
          end: iso(start + 3_600_000),
          allDay: false,
          timeZone: ZONE,
          calendarId: EMAIL,
        }),
        summary: `Local ${i}`,
      };
      if (cmd.repeat)
        draft.repeat = { freq: 'DAILY', interval: 1, end: { type: 'count', count: 4 } };
      if (cmd.guests)
        draft.attendees = [{ email: `guest${i}@example.org`, responseStatus: 'needsAction' }];
      await localWrite(w, model, cmd.send, () =>
        createEvent(w.db, draft, { sendUpdates: cmd.send }),
      );
      return;
    }
    case 'editorOpen': {
      const occurrences = await localOccurrences(w.db);
      const occ = occurrences[cmd.pick % Math.max(1, occurrences.length)];
      model.editor = occ ? { occ, baseline: draftFromOccurrence(occ, ZONE) } : null;
      return;
    }
    case 'editorSave':
    case 'localEdit':
    case 'localMove':
    case 'localGuests':
    case 'localDelete': {
      let occ: Occurrence;
      if (cmd.t === 'editorSave') {
        if (!model.editor) return;
        occ = model.editor.occ;
      } else {
        const occurrences = await localOccurrences(w.db);
        if (occurrences.length === 0) return;
        occ = occurrences[cmd.pick % occurrences.length]!;
      }
      const series = Boolean(occ.seriesId);
      const whole = !series || cmd.scope === 'all';
      const target = series ? (occ.seriesId as string) : occ.event.id;
      // Only edits of a plain event or of a whole series (not via an exception) on Google are
      // tracked field by field; the rest is checked by convergence.
      // Where the event is now: an editor opened before a move holds the calendar it was in.
      const livesIn = (await w.db.events.get(target))?.calendarId ?? occ.event.calendarId;
      const trackable = whole && occ.event.kind !== 'exception' && livesIn !== w.mine;
      if (series && cmd.scope === 'following') replace(model, target, '*', i);
      const mastersBefore = new Set(
        (await w.db.events.where('kind').equals('master').toArray()).map((e) => e.id),
      );
      // An instance edit made on Google is replaced by any change here to that occurrence,
      // or to its series as a whole (which may move or re-key it).
      if (series && cmd.scope === 'this')
        replace(model, occ.event.kind === 'exception' ? occ.event.id : occ.instanceId, '*', i);
      else if (series) replace(model, target, 'instances', i);
      try {
        if (cmd.t === 'localDelete') {
          if (whole) replace(model, target, '*', i);
          if (series && cmd.scope !== 'this')
            model.seriesDeletes.set(target, [...(model.seriesDeletes.get(target) ?? []), i]);
          await localWrite(w, model, cmd.send, () =>
            deleteEvent(w.db, occ, cmd.scope, { sendUpdates: cmd.send }),
          );
        } else if (cmd.t === 'localMove') {
          const shift = cmd.hours * 3_600_000;
          // A whole series moves its first start by the same shift as the occurrence dragged.
          const before = (await w.db.events.get(target))?.start.dateTime;
          await localWrite(w, model, cmd.send, () =>
            moveEvent(
              w.db,
              occ,
              {
                start: iso(Date.parse(occ.start) + shift),
                end: iso(Date.parse(occ.end) + shift),
                allDay: false,
              },
              cmd.scope,
              { sendUpdates: cmd.send },
            ),
          );
          if (whole) replace(model, target, 'start', i);
          model.movedHere.add(root(target));
          const moved = before ? iso(Date.parse(before) + shift) : null;
          if (trackable && moved && !(await backToSynced(w, target, moved)))
            model.edits.push({ id: target, field: 'start', value: moved, at: i, side: 'here' });
        } else if (cmd.t === 'editorSave') {
          // Saved from the snapshot the editor opened on: what others changed since must stay.
          const { baseline } = model.editor!;
          model.editor = null;
          const draft = { ...baseline, [cmd.field]: text(cmd.field) };
          await localWrite(w, model, cmd.send, () =>
            saveEdits(w.db, occ, baseline, draft, cmd.scope, { sendUpdates: cmd.send }),
          );
          replace(model, target, cmd.field, i);
          if (trackable)
            model.edits.push({
              id: target,
              field: cmd.field,
              value: text(cmd.field),
              at: i,
              side: 'here',
            });
        } else {
          const draft = draftFromOccurrence(occ, ZONE);
          if (cmd.t === 'localEdit') draft[cmd.field] = text(cmd.field);
          else if (cmd.add)
            draft.attendees = [
              ...draft.attendees,
              { email: `guest${i}@example.org`, responseStatus: 'needsAction' },
            ];
          else draft.attendees = draft.attendees.slice(1);
          await localWrite(w, model, cmd.send, () =>
            updateEvent(w.db, occ, draft, cmd.scope, { sendUpdates: cmd.send }),
          );
          if (cmd.t === 'localEdit') {
            replace(model, target, cmd.field, i);
            if (trackable)
              model.edits.push({
                id: target,
                field: cmd.field,
                value: text(cmd.field),
                at: i,
                side: 'here',
              });
          }
        }
        if (series && cmd.scope === 'following') {
          for (const e of await w.db.events.where('kind').equals('master').toArray())
            if (!mastersBefore.has(e.id)) model.splitFrom.set(e.id, target);
        }
      } catch (error) {
        // A draft the editor would refuse (e.g. a move past the series' next occurrence) is
        // not an edit; anything else is a bug.
        if (!(error instanceof DraftValidationError || error instanceof EventGoneError))
          throw error;
      }
      return;
    }
    case 'calendarMove': {
      const occurrences = await localOccurrences(w.db);
      if (occurrences.length === 0) return;
      const occ = occurrences[cmd.pick % occurrences.length]!;
      const to = cmd.to === 'primary' ? EMAIL : cmd.to === 'work' ? w.work : w.mine;
      if (occ.event.calendarId === to) return;
      const target = occ.seriesId ?? occ.event.id;
      // Known limitations, found by the soak, left out here: an event Google may have without
      // this computer knowing (an insert whose answer was lost) moves as one Google never had,
      // leaving Google's copy behind; and an event whose move's answer may have been lost,
      // moved back before the next sync, stays where Google moved it while it is back here.
      // (Inserts and moves are not marked sent, so the next move cannot tell.)
      const record = await w.db.events.get(target);
      const unsure =
        record && (record.movingFrom || (!record.google && record.calendarId !== w.mine));
      if (model.insertAnswerLost && unsure) return;
      let moved = target;
      try {
        await localWrite(w, model, cmd.send, async () => {
          moved = await moveToCalendar(w.db, occ.event.id, to, cmd.send);
        });
      } catch (error) {
        // An occurrence whose series is gone here has nothing to move with; anything else is a bug.
        if (!(error instanceof Error && error.message === 'That event no longer exists.'))
          throw error;
        return;
      }
      // A copy on the other side, or kept only here now: what was made to it is not on Google.
      if (moved !== target || to === w.mine) {
        replace(model, target, '*', i);
        replace(model, target, 'instances', i);
      }
      return;
    }
    case 'remoteCreate': {
      const start = slot(cmd.day, cmd.hour);
      await w.withoutFaults(() =>
        w.remote.events.insert({
          calendarId: EMAIL,
          sendUpdates: 'none',
          requestBody: {
            summary: `Remote ${i}`,
            start: { dateTime: iso(start), timeZone: ZONE },
            end: { dateTime: iso(start + 3_600_000), timeZone: ZONE },
            ...(cmd.repeat ? { recurrence: ['RRULE:FREQ=DAILY;COUNT=4'] } : {}),
            ...(cmd.guests ? { attendees: [{ email: `guest${i}@example.org` }] } : {}),
          },
        }),
      );
      return;
    }
    case 'remoteEdit':
    case 'remoteMove':
    case 'remoteGuests':
    case 'remoteDelete': {
      await w.withoutFaults(async () => {
        const items = (await googleItems(w.remote, false, [EMAIL, w.work])).filter(
          (e) => e.status !== 'cancelled',
        );
        if (items.length === 0) return;
        let item: calendar_v3.Schema$Event = items[cmd.pick % items.length]!;
        const { calendarId } = items[cmd.pick % items.length]!;
        const id = item.id as string;
        const onInstance = 'instance' in cmd && cmd.instance !== null && item.recurrence;
        if (onInstance) {
          const instances =
            (await w.remote.events.instances({ calendarId, eventId: id })).data.items ?? [];
          if (instances.length === 0) return;
          item = instances[(cmd.instance as number) % instances.length]!;
        } else if (cmd.t === 'remoteDelete') replace(model, id, '*', i);
        else if (cmd.t === 'remoteMove') replace(model, id, 'start', i);
        if (!onInstance && item.recurrence && (cmd.t === 'remoteDelete' || cmd.t === 'remoteMove'))
          replace(model, id, 'instances', i);
        const eventId = item.id as string;
        // One instance, picked from its series or listed as an exception of its own.
        const instanceOf = item.recurringEventId ?? undefined;
        if (cmd.t === 'remoteDelete') {
          if (instanceOf) replace(model, eventId, '*', i);
          await w.remote.events.delete({ calendarId, eventId, sendUpdates: 'none' });
          return;
        }
        const body: calendar_v3.Schema$Event = {};
        if (cmd.t === 'remoteEdit') {
          body[cmd.field] = text(cmd.field);
          replace(model, eventId, cmd.field, i);
          model.edits.push({
            id: eventId,
            field: cmd.field,
            value: text(cmd.field),
            at: i,
            side: 'google',
            ...(instanceOf ? { series: instanceOf } : {}),
          });
        } else if (cmd.t === 'remoteMove') {
          model.movedThere.add(root(eventId));
          const shift = cmd.hours * 3_600_000;
          body.start = {
            dateTime: iso(Date.parse(item.start?.dateTime ?? '') + shift),
            timeZone: item.start?.timeZone ?? ZONE,
          };
          body.end = {
            dateTime: iso(Date.parse(item.end?.dateTime ?? '') + shift),
            timeZone: item.end?.timeZone ?? ZONE,
          };
          if (instanceOf) replace(model, eventId, 'start', i);
          if (!(await backToSynced(w, eventId, body.start.dateTime as string)))
            model.edits.push({
              id: eventId,
              field: 'start',
              value: body.start.dateTime as string,
              at: i,
              side: 'google',
              ...(instanceOf ? { series: instanceOf } : {}),
            });
        } else {
          const attendees = (item.attendees ?? []).map((a) => ({ email: a.email }));
          body.attendees = cmd.add
            ? [...attendees, { email: `guest${i}@example.org` }]
            : attendees.slice(1);
        }
        await w.remote.events.patch({
          calendarId,
          eventId,
          sendUpdates: 'none',
          requestBody: body,
        });
      });
      return;
    }
    case 'remoteZone':
      // The person changes the calendar's time zone in Google Calendar: every answer now
      // writes its times with other offsets, while no event (and no etag) changes.
      await w.withoutFaults(() =>
        w.remote.calendars.patch({ calendarId: EMAIL, requestBody: { timeZone: cmd.zone } }),
      );
      return;
    case 'fault':
      if (cmd.fault.kind === 'sync-token-expired') model.tokenExpiries.push(i);
      if (cmd.fault.kind === 'drop' && cmd.fault.method === 'POST') model.insertAnswerLost = true;
      await injectFault(w, cmd.fault);
      return;
    case 'restart':
      // Quitting closes the editor without saving.
      model.editor = null;
      w.restart();
      return;
    case 'crashBeforeAck':
      model.insertAnswerLost = true;
      // Killed in its push: this sync reads no changes from Google (not a sync for `syncs`).
      w.armCrashBeforeAck();
      await w.engine.syncAll();
      w.restart();
      return;
    case 'sync': {
      // Counted only when it read Google's changes to the end (a failed sync may not have).
      const token = (await w.db.syncState.get(EMAIL))?.syncToken;
      const report = await w.engine.syncAll();
      if (report.ok || (await w.db.syncState.get(EMAIL))?.syncToken !== token) model.syncs.push(i);
      return;
    }
  }
}

/**
 * Whether a move puts the event back where both sides last agreed it was: no change to sync,
 * on either side. An occurrence edited here that Google never confirmed as a record of its
 * own was last agreed on as its series' plain occurrence, at its original start. (When the
 * write of an edit here reached Google but its answer was lost, a move on Google back to
 * that agreed time looks to the engine like no move at all: the edit here wins, as it must
 * when the write never reached Google. Known limitation; see pull-plan.ts `instanceBase`.)
 */
async function backToSynced(w: RunWorld, id: string, start: string): Promise<boolean> {
  const record = await w.db.events.get(id);
  const unconfirmed = record?.kind === 'exception' && !record.google;
  const synced = record?.base?.start ?? (unconfirmed ? record?.originalStartTime : undefined);
  return Boolean(synced) && shown('start', synced) === start;
}

/** A local write; when the user chose Send, the events it queued may mail their guests. */
async function localWrite(
  w: RunWorld,
  model: Model,
  choice: SendUpdates,
  write: () => Promise<unknown>,
): Promise<void> {
  const before = (await w.db.outbox.orderBy('seq').last())?.seq ?? 0;
  await write();
  if (choice === 'none') return;
  for (const entry of await w.db.outbox.where('seq').above(before).toArray())
    model.mailAllowed.add(root(entry.eventId));
}

const EVENTS_PATH = `/calendar/v3/calendars/${EMAIL}/events`;

async function injectFault(w: RunWorld, f: Fault): Promise<void> {
  const rules: FaultRule[] = [];
  switch (f.kind) {
    case '5xx':
      rules.push({
        match: { path: '/calendar/v3/' },
        respond: { status: f.status },
        times: f.times,
      });
      break;
    case 'drop':
      rules.push({ match: { method: f.method, path: EVENTS_PATH }, drop: f.when, times: f.times });
      break;
    case 'sync-token-expired':
      await w.admin('sync-tokens/expire', { calendarId: EMAIL });
      return;
    case '412':
      rules.push({
        match: { method: 'PATCH', path: EVENTS_PATH },
        respond: { status: 412, reason: 'conditionNotMet' },
        times: f.times,
      });
      break;
    case 'writes-refused':
      // Longer than the engine retries within a sync: those changes wait while the pull goes on.
      rules.push({
        match: { method: f.method, path: EVENTS_PATH },
        respond: { status: 503 },
        times: 12,
      });
      break;
    case 'rate-limit':
      rules.push({
        match: { path: '/calendar/v3/' },
        respond: {
          status: f.status,
          reason: f.status === 403 ? 'userRateLimitExceeded' : 'rateLimitExceeded',
          retryAfter: f.retryAfter,
        },
        times: f.times,
      });
      break;
    case 'access-token-expired':
      w.expireAccessTokens();
      return;
  }
  await w.faults(rules);
}

// ---- invariants -------------------------------------------------------------------------

async function settle(w: RunWorld): Promise<void> {
  await w.admin('faults', undefined, 'DELETE');
  for (let i = 0; i < 2; i++) {
    const report = await w.engine.syncAll({ refreshCalendars: true });
    // A full resync that would remove most of the calendar waits for the user; they say yes.
    if (report.needsConfirmation.length > 0)
      await w.engine.syncAll({ confirmRemoval: report.needsConfirmation.map((q) => q.calendarId) });
  }
}

/**
 * Once both sides agree, a sync with nothing changed anywhere is one events.list per calendar
 * and writes nothing here: no call to Google beyond it, no commit of events or the outbox. A
 * time Google wrote with another offset that sync took for a change would show up here as a
 * write back to Google (ping-pong) or a local commit.
 */
async function checkQuiet(w: RunWorld): Promise<void> {
  const { report, calls, commits } = await w.watchedSync();
  expect(report.ok, report.error?.message).toBe(true);
  expect(calls).toEqual(report.calendars.map((id) => `GET /calendar/v3/calendars/${id}/events`));
  expect(commits).toBe(0);
}

async function checkInvariants(w: RunWorld, model: Model): Promise<void> {
  const remote = (await googleItems(w.remote, true, [EMAIL, w.work])).filter(
    (e) => e.status !== 'cancelled' || e.recurringEventId,
  );
  const all = await w.db.events.toArray();
  // The calendar kept here has nothing on Google to agree with.
  const stored = all.filter((e) => e.calendarId !== w.mine);
  // A cancelled instance only matters while it hides an occurrence of a live series: one of
  // a series that is gone, or outside a series' rule since "this and following" cut it
  // short, is a leftover record on either side, not something anyone sees.
  const localMasters = new Map(
    stored.filter((e) => e.kind === 'master' && e.status !== 'cancelled').map((e) => [e.id, e]),
  );
  const remoteMasters = new Set(
    remote
      .filter((e) => e.recurrence && e.status !== 'cancelled')
      .map((e) => `${e.calendarId}|${e.id}`),
  );
  const occurrenceIds = new Map<string, Set<string>>();
  // (A series moved to another calendar leaves its cancelled exceptions behind on Google.)
  const hidesSomething = (
    e: {
      status?: string | null;
      recurringEventId?: string | null;
      id?: string | null;
      calendarId: string;
    },
    live: (calendarId: string, id: string) => boolean,
  ): boolean => {
    if (e.status !== 'cancelled' || !e.recurringEventId) return true;
    const master = localMasters.get(e.recurringEventId);
    if (!master || !live(e.calendarId, e.recurringEventId)) return false;
    if (!occurrenceIds.has(master.id))
      occurrenceIds.set(
        master.id,
        new Set(seriesInstances(master, RANGE).map((i) => i.instanceId)),
      );
    return occurrenceIds.get(master.id)!.has(e.id ?? '');
  };
  const local = stored.filter((e) =>
    hidesSomething(e, (calendarId, id) => localMasters.get(id)?.calendarId === calendarId),
  );
  const remoteShown = remote.filter((e) =>
    hidesSomething(e, (calendarId, id) => remoteMasters.has(`${calendarId}|${id}`)),
  );

  // Both sides hold the same events, field for field.
  const byId = (list: Projection[]) =>
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(byId(local.map(project))).toEqual(byId(remoteShown.map(project)));

  // No event twice: by id, by iCalUID (series share theirs with their instances), by content.
  const ids = all.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const uids = remote.filter((e) => !e.recurringEventId).map((e) => e.iCalUID);
  expect(new Set(uids).size).toBe(uids.length);
  // Series split off here may be moved and cut until they look just like where they came from:
  // those are the user's doing, so twins are counted once per family.
  const family = (id: string): string =>
    model.splitFrom.has(id) ? family(model.splitFrom.get(id) as string) : id;
  const contents = [
    ...new Set(
      remote
        .filter((e) => !e.recurringEventId && e.status !== 'cancelled')
        .map((e) =>
          JSON.stringify([
            e.summary,
            e.start?.dateTime,
            e.end?.dateTime,
            e.recurrence,
            family(e.id ?? ''),
          ]),
        ),
    ),
  ].map((key) => JSON.stringify(JSON.parse(key).slice(0, 4)));
  expect(new Set(contents).size).toBe(contents.length);

  // The outbox is empty; nothing was parked; no record still waits to go up.
  expect(await w.db.outbox.count()).toBe(0);
  const log = await w.db.syncLog.toArray();
  // The only change Google may refuse here is an instance edit whose instance Google no
  // longer has (its series was moved or cut on Google meanwhile); it is kept in the log.
  const parked = log.flatMap((l) => lineOf(l, 'parked') ?? []);
  expect(
    parked
      .filter((l) => !(l.detail.status === 404 && l.eventId?.includes('_') && l.detail.change))
      .map((l) => l.message),
  ).toEqual([]);
  expect(local.filter((e) => (e.dirty?.length ?? 0) > 0 || !e.google).map((e) => e.id)).toEqual([]);

  // A conflict over a time needs a move on both sides: Google writing the same time with
  // another offset (its calendar's zone, or a new one) is no move.
  for (const l of log.filter((e) => e.code === 'conflict')) {
    const detail = l.detail as { field?: string; lost?: unknown };
    if (!['start', 'end', 'originalStartTime'].includes(detail.field ?? '')) continue;
    const id = root(l.eventId ?? '');
    expect(
      (model.movedHere.has(id) && model.movedThere.has(id)) ||
        ((model.movedHere.has(id) || model.movedThere.has(id)) && model.insertAnswerLost),
      `false conflict over ${detail.field} of ${l.eventId} (lost ${JSON.stringify(detail.lost)})`,
    ).toBe(true);
  }
  // Local records keep the zone the user gave them, written in it, whatever zone Google
  // answers in.
  for (const e of all.filter((r) => r.status !== 'cancelled' && r.start.dateTime)) {
    expect(e.start.timeZone, `zone of ${e.id}`).toBe(ZONE);
    const written = DateTime.fromISO(e.start.dateTime as string, { setZone: true });
    expect(written.offset, `offset of ${e.id} (${e.start.dateTime})`).toBe(
      written.setZone(ZONE).offset,
    );
  }

  // Every edit, made here or on Google, is on Google (and so here), or a logged conflict
  // loser, or replaced by a later command.
  const onGoogle = new Map(remote.filter((e) => e.status !== 'cancelled').map((e) => [e.id, e]));
  for (const edit of model.edits) {
    const later = [
      ...(model.replaced.get(`${edit.id}|${edit.field}`) ?? []),
      ...(model.replaced.get(`${edit.id}|*`) ?? []),
      ...(edit.series ? (model.replaced.get(`${edit.series}|instances`) ?? []) : []),
    ].some((at) => at > edit.at);
    if (later || unseeable(model, edit) || sameAsHere(model, edit)) continue;
    const there = onGoogle.get(edit.id);
    if (
      there &&
      there.status !== 'cancelled' &&
      shown(edit.field, there[edit.field]) === edit.value
    )
      continue;
    const loser = log.some((entry) => {
      const l = lineOf(entry, 'conflict');
      // A refused move of an event Google deleted meanwhile keeps what it was in its log line,
      // from which Restore makes it again: kept, not lost.
      const refused = lineOf(entry, 'refused');
      const kept = refused?.detail.newEvent as Record<string, unknown> | null | undefined;
      return (
        (l?.eventId === edit.id &&
          l.detail.field === edit.field &&
          shown(edit.field, l.detail.lost) === edit.value) ||
        (refused?.eventId === edit.id &&
          kept != null &&
          shown(edit.field, kept[edit.field]) === edit.value)
      );
    });
    expect(
      loser,
      `${edit.side === 'here' ? 'local' : 'Google'} edit ${edit.field}=${edit.value} of ${edit.id} is neither on Google (${there ? shown(edit.field, there[edit.field]) : 'gone'}) nor a logged conflict loser`,
    ).toBe(true);
  }

  // Google mailed nobody about an event the user did not choose Send for.
  const mails = await w.admin<{ to: string; kind: string; eventId: string }[]>(
    'notifications',
    undefined,
    'GET',
  );
  const unchosen = mails.filter((m) => !model.mailAllowed.has(root(m.eventId)));
  expect(unchosen).toEqual([]);
}

/**
 * An occurrence edit on Google that the app cannot see before it deletes the series here:
 * instance edits leave the master's etag as it was, and the changes since the last sync
 * cannot be read while the sync token is expired. (Known limitation; see google-series.ts
 * `seriesChangedOnGoogle`.)
 */
function unseeable(model: Model, edit: TrackedEdit): boolean {
  if (!edit.series || !(model.seriesDeletes.get(edit.series) ?? []).some((d) => d < edit.at))
    return false;
  const before = Math.max(-1, ...model.syncs.filter((s) => s < edit.at));
  const after = Math.min(Infinity, ...model.syncs.filter((s) => s > edit.at));
  return model.tokenExpiries.some((f) => f > before && f < after);
}

/**
 * A Google edit to exactly the value the user gave the same field here since the last sync
 * (two identical moves): when the user then deletes the event, the engine takes Google's
 * version, equal to the record here, for its own write whose answer was lost, and the delete
 * goes ahead. Nothing anyone made is lost, so the edit need not survive. (Known limitation;
 * see push-plan.ts `isUnchangedCopy`.)
 */
function sameAsHere(model: Model, edit: TrackedEdit): boolean {
  if (edit.side !== 'google') return false;
  const lastSync = Math.max(-1, ...model.syncs.filter((s) => s < edit.at));
  return model.edits.some(
    (e) =>
      e.side === 'here' &&
      e.id === edit.id &&
      e.field === edit.field &&
      e.value === edit.value &&
      e.at > lastSync &&
      e.at < edit.at,
  );
}

/** A tracked field's value as the model records it: a start as its instant, text as is. */
function shown(field: TrackedEdit['field'], value: unknown): unknown {
  return field === 'start'
    ? project({ start: value as calendar_v3.Schema$EventDateTime }).start
    : value;
}

// ---- the property -----------------------------------------------------------------------

let google: FakeGoogle;
beforeAll(async () => {
  google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
});
afterAll(() => google?.close());

/** One run: a fresh world, the commands, two quiet syncs, then every invariant. */
async function runCommands(calendarZone: string, commands: Command[]): Promise<void> {
  const w = await startRun(google, calendarZone);
  try {
    await w.engine.syncAll();
    await w.db.calendars.update(w.work, { syncEnabled: true });
    await w.engine.syncAll();
    const model: Model = {
      edits: [],
      replaced: new Map(),
      mailAllowed: new Set(),
      syncs: [],
      tokenExpiries: [],
      seriesDeletes: new Map(),
      splitFrom: new Map(),
      movedHere: new Set(),
      movedThere: new Set(),
      insertAnswerLost: false,
      editor: null,
    };
    for (const [i, cmd] of commands.entries()) await run(w, model, cmd, i);
    await settle(w);
    await checkInvariants(w, model);
    await checkQuiet(w);
  } catch (error) {
    if (process.env.ALMANAC_PROPERTY_DEBUG) {
      const log = (await w.db.syncLog.toArray()).filter(
        (l) => l.code !== 'sync' || l.level !== 'info',
      );
      console.error(
        JSON.stringify(
          {
            log,
            outbox: await w.db.outbox.toArray(),
            requests: google.world.requests.filter((r) => r.method !== 'GET' || r.status >= 400),
          },
          null,
          1,
        ),
      );
    }
    throw error;
  } finally {
    await w.close();
  }
}

test(
  `local and Google converge under faults (${RUNS} runs)`,
  { timeout: Math.max(PATH ? 600_000 : 60_000, RUNS * 3_000) },
  async () => {
    const started = Date.now();
    const property = fc.asyncProperty(
      fc.constantFrom(...CALENDAR_ZONES),
      fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS, size: 'max' }),
      runCommands,
    );
    const details = await fc.check(property, {
      numRuns: RUNS,
      ...(SEED !== undefined ? { seed: SEED } : {}),
      ...(PATH ? { path: PATH } : {}),
      endOnFailure: RUNS > 1000,
    });
    if (details.failed) {
      const replay = `ALMANAC_PROPERTY_SEED=${details.seed} ALMANAC_PROPERTY_PATH=${details.counterexamplePath ?? ''} ALMANAC_PROPERTY_RUNS=1 npx vitest run tests/property`;
      console.error(
        `Convergence failed. seed=${details.seed} path=${details.counterexamplePath}\nReplay: ${replay}\n${describeError(details.errorInstance)}`,
      );
    }
    console.info(
      `convergence: ${details.numRuns} runs in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${details.seed})`,
    );
    expect(details.failed ? fc.defaultReportMessage(details) : null).toBeNull();
  },
);

// What the soak found, as fixed command lists: each runs whatever the seed, in every `npm test`.
const FOUND: { name: string; zone: string; commands: Command[] }[] = [
  {
    // The move here reached Google but the app died before recording it; Google then moved
    // the occurrence back to its series' time, which is where both sides last agreed it was.
    name: 'an occurrence moved here (answer lost), then moved back to its series’ time on Google',
    zone: 'Europe/Berlin',
    commands: [
      { t: 'remoteCreate', day: 0, hour: 7, repeat: true, guests: false },
      { t: 'crashBeforeAck' },
      { t: 'localMove', pick: 7, hours: -1, scope: 'this', send: 'none' },
      { t: 'crashBeforeAck' },
      { t: 'remoteMove', pick: 0, instance: 3, hours: 1 },
      { t: 'remoteEdit', pick: 0, instance: null, field: 'summary' },
    ],
  },
  {
    // Google changed an occurrence the user had changed here too, while the series was on its
    // way to another calendar: following its series, the occurrence met Google's edit in a
    // three-way merge (before, it took Google's copy's etag and overwrote that edit).
    name: 'an occurrence changed on both sides while its series moves to another calendar',
    zone: 'Europe/Berlin',
    commands: [
      { t: 'remoteCreate', day: 0, hour: 7, repeat: true, guests: false },
      { t: 'remoteEdit', pick: 0, instance: 0, field: 'summary' },
      { t: 'remoteDelete', pick: 3, instance: null },
      { t: 'crashBeforeAck' },
      { t: 'calendarMove', pick: 0, to: 'work', send: 'none' },
      { t: 'localEdit', pick: 5, field: 'summary', scope: 'this', send: 'none' },
      { t: 'remoteEdit', pick: 0, instance: 2, field: 'summary' },
      { t: 'localEdit', pick: 0, field: 'summary', scope: 'this', send: 'none' },
    ],
  },
  {
    // Cut "this and following" before the series' move went up: the occurrence Google had
    // changed went to the new series still waiting for a move that series does not have.
    name: 'a series cut “this and following” before its move to another calendar went up',
    zone: 'Europe/Berlin',
    commands: [
      { t: 'remoteCreate', day: 0, hour: 7, repeat: true, guests: false },
      { t: 'remoteEdit', pick: 0, instance: 2, field: 'summary' },
      { t: 'sync' },
      { t: 'calendarMove', pick: 0, to: 'work', send: 'none' },
      { t: 'localMove', pick: 5, hours: -26, scope: 'following', send: 'none' },
    ],
  },
];

for (const found of FOUND)
  test(`soak counterexample: ${found.name}`, () => runCommands(found.zone, found.commands));

/** The failure with the values it compared, so a soak failure can be read without a rerun. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const compared = error as Error & { actual?: unknown; expected?: unknown };
  const values =
    'actual' in compared
      ? `\nactual:   ${JSON.stringify(compared.actual)}\nexpected: ${JSON.stringify(compared.expected)}`
      : '';
  return `${error.stack ?? error.message}${values}`;
}
