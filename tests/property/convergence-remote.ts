// The convergence suite's commands on Google and around the app: edits in Google's own UI
// (the real API, as another client signed in to the account the command names), faults
// scoped to one account, restarts, crashes and syncs.
import { expect } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import type { FaultRule } from '../fake-google/index.js';
import type { Fault, RemoteCommand } from './convergence-commands';
import {
  backToSynced,
  iso,
  note,
  replace,
  root,
  slot,
  textOf,
  type Model,
} from './convergence-model';
import { ZONE, googleItems, type AccountWorld, type RunWorld } from './convergence-world';

export async function runRemote(
  w: RunWorld,
  model: Model,
  cmd: RemoteCommand,
  i: number,
): Promise<void> {
  const text = textOf(i);
  const a = w.accounts['account' in cmd && typeof cmd.account === 'number' ? cmd.account : 0]!;
  switch (cmd.t) {
    case 'remoteCreate': {
      const start = slot(cmd.day, cmd.hour);
      await w.withoutFaults(() =>
        a.remote.events.insert({
          calendarId: a.email,
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
        const items = (await googleItems(a.remote, false, a.calendars)).filter(
          (e) => e.status !== 'cancelled',
        );
        if (items.length === 0) return;
        let item: calendar_v3.Schema$Event = items[cmd.pick % items.length]!;
        const { calendarId } = items[cmd.pick % items.length]!;
        const id = item.id as string;
        const onInstance = 'instance' in cmd && cmd.instance !== null && item.recurrence;
        // Deleted as a whole on Google; any other change there, to it or one of its
        // occurrences, is a change after a delete an edit here may have undone.
        if (cmd.t === 'remoteDelete' && !onInstance && !item.recurringEventId)
          model.deletedLast.google.add(id);
        else model.deletedLast.google.delete(root(id));
        if (onInstance) {
          const instances =
            (await a.remote.events.instances({ calendarId, eventId: id })).data.items ?? [];
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
          await a.remote.events.delete({ calendarId, eventId, sendUpdates: 'none' });
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
            account: a.email,
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
              account: a.email,
              ...(instanceOf ? { series: instanceOf } : {}),
            });
        } else {
          const attendees = (item.attendees ?? []).map((g) => ({ email: g.email }));
          body.attendees = cmd.add
            ? [...attendees, { email: `guest${i}@example.org` }]
            : attendees.slice(1);
        }
        await a.remote.events.patch({
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
        a.remote.calendars.patch({ calendarId: a.email, requestBody: { timeZone: cmd.zone } }),
      );
      return;
    case 'fault':
      model.faulted.add(a.email);
      if (cmd.fault.kind === 'sync-token-expired') note(model.tokenExpiries, a.email, i);
      if (cmd.fault.kind === 'drop' && cmd.fault.method === 'POST') model.insertAnswerLost = true;
      await injectFault(w, a, cmd.fault);
      return;
    case 'restart':
      // Quitting closes the editor without saving.
      model.editor = null;
      w.restart();
      return;
    case 'crashBeforeAck':
      model.insertAnswerLost = true;
      model.faulted.add(a.email);
      // Killed in its push: this sync reads no changes from Google (not a sync for `syncs`).
      a.armCrashBeforeAck();
      await a.engine.syncAll();
      w.restart();
      return;
    case 'sync': {
      const which = cmd.account ?? 'both';
      const accounts = which === 'both' ? w.accounts : [w.accounts[which]!];
      // Side by side, as SyncService runs them: one account's faults never stop the other.
      await Promise.all(accounts.map((account) => syncAccount(w, model, account, i)));
      const queued = await w.db.outbox.toArray();
      model.queuedAfterSync.set(i, new Set(queued.map((entry) => entry.eventId)));
      return;
    }
  }
}

/**
 * One account's sync. Counted in `syncs` only when it read Google's changes to the end (a
 * failed sync may not have); an account no fault ever hit must sync without failing, whatever
 * happens to the other.
 */
async function syncAccount(w: RunWorld, model: Model, a: AccountWorld, i: number): Promise<void> {
  const token = (await w.db.syncState.get(a.email))?.syncToken;
  const report = await a.engine.syncAll();
  if (report.ok || (await w.db.syncState.get(a.email))?.syncToken !== token)
    note(model.syncs, a.email, i);
  if (!model.faulted.has(a.email))
    expect(report.ok, `${a.email} failed to sync: ${report.error?.message ?? ''}`).toBe(true);
}

/** A fault in the calls of account `a` alone (its access token; its primary calendar's events). */
async function injectFault(w: RunWorld, a: AccountWorld, f: Fault): Promise<void> {
  const user = a.email;
  const EVENTS_PATH = `/calendar/v3/calendars/${a.email}/events`;
  const rules: FaultRule[] = [];
  switch (f.kind) {
    case '5xx':
      rules.push({
        match: { path: '/calendar/v3/', user },
        respond: { status: f.status },
        times: f.times,
      });
      break;
    case 'drop':
      rules.push({
        match: { method: f.method, path: EVENTS_PATH, user },
        drop: f.when,
        times: f.times,
      });
      break;
    case 'sync-token-expired':
      await w.admin('sync-tokens/expire', { calendarId: a.email });
      return;
    case '412':
      rules.push({
        match: { method: 'PATCH', path: EVENTS_PATH, user },
        respond: { status: 412, reason: 'conditionNotMet' },
        times: f.times,
      });
      break;
    case 'writes-refused':
      // Longer than the engine retries within a sync: those changes wait while the pull goes on.
      rules.push({
        match: { method: f.method, path: EVENTS_PATH, user },
        respond: { status: 503 },
        times: 12,
      });
      break;
    case 'outage':
      // Every call of the account fails through one sync's retries and into the next; its
      // calendars wait, and nothing of it may hold up the other account.
      rules.push({ match: { path: '/calendar/v3/', user }, respond: { status: 503 }, times: 12 });
      break;
    case 'rate-limit':
      rules.push({
        match: { path: '/calendar/v3/', user },
        respond: {
          status: f.status,
          reason: f.status === 403 ? 'userRateLimitExceeded' : 'rateLimitExceeded',
          retryAfter: f.retryAfter,
        },
        times: f.times,
      });
      break;
    case 'access-token-expired':
      a.expireAccessTokens();
      return;
  }
  await w.faults(rules);
}
