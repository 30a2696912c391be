// The flow of a change the person makes, from the editor or a drag on the grid to the
// database: for a repeating event, which events it is for (unless its type keeps the series
// whole, as a birthday); for an event with guests on Google that the person organizes,
// whether Google emails them (unless Preferences says always or never); then the write
// (db/event-writes.ts), whose outbox entry sync takes to Google. Cancelling a question
// cancels the change and leaves what was typed in place.
import { useCallback } from 'react';
import type { Calendar, CalendarEvent, ResponseStatus } from '../../src-preload/model/event';
import type { SendUpdates } from '../../src-preload/local-store';
import type { Settings } from '../../src-preload/settings';
import {
  changeRefusal,
  moveRefusal,
  movesWholeSeries,
  organizes,
} from '../../src-preload/model/calendar-access';
import { moveKind, moveToCalendar } from '../db/calendar-moves';
import type { AlmanacDatabase } from '../db/database';
import {
  DraftValidationError,
  createEvent,
  deleteEvent,
  moveEvent,
  respondToEvent,
  saveEdits,
} from '../db/event-writes';
import type { DraftProblem, EditScope, EventDraft, Occurrence } from './model/types';
import { draftFromOccurrence } from './model/drafts';
import { changedDraftFields, guestNotice } from './model/draft-merge';
import { typeRules } from './model/event-types';
import type { Span } from './CalendarView';
import type { Questions } from './QuestionDialog';
import { activeLocale } from '../i18n/active-locale';
import {
  moveSeriesQuestion,
  scopeQuestion,
  sendUpdatesQuestion,
  type GuestChange,
  type ScopeAction,
} from './questions';
import { refusalTextOf } from '../i18n/refusal-words';

export interface EventChangesDeps {
  db: AlmanacDatabase;
  calendars: Calendar[] | undefined;
  /** Preferences → "Email guests about changes". */
  sendUpdates: Settings['sendUpdates'];
  ask: Questions['ask'];
  /** Tells the person what went wrong with a change made outside the editor. */
  notify(message: string): void;
  /** Runs a change so that it can be undone (useUndo's `run`). */
  undoable<T>(label: string, write: () => Promise<T>): Promise<T>;
}

export interface EventChanges {
  /**
   * Saves the editor's draft (`occurrence` null: a new event). `baseline` is the event as the
   * person last saw it in the editor: only the fields they changed since are written, onto the
   * newest record. Problems to show, [] when cancelled, null once saved (or nothing changed).
   */
  save(
    occurrence: Occurrence | null,
    draft: EventDraft,
    baseline?: EventDraft,
  ): Promise<DraftProblem[] | null>;
  /** A guest's answer; false when the person cancelled. */
  respond(occurrence: Occurrence, status: ResponseStatus): Promise<boolean>;
  /** Deletes the occurrence (or more of its series); true once deleted. */
  remove(occurrence: Occurrence): Promise<boolean>;
  /** A drag or resize on the grid; `revert` puts the event back when cancelled or refused. */
  move(occurrence: Occurrence, change: Span, revert: () => void): Promise<void>;
}

export function useEventChanges(deps: EventChangesDeps): EventChanges {
  const { db, calendars, sendUpdates, ask, notify, undoable } = deps;

  /** Which events of a series a change applies to: asked, unless the type keeps the series whole (a birthday). */
  const scopeOf = useCallback(
    async (occurrence: Occurrence, action: ScopeAction): Promise<EditScope | null> =>
      occurrence.seriesId && !typeRules(occurrence.event).wholeSeries
        ? ask(scopeQuestion(action))
        : 'all',
    [ask],
  );

  /**
   * Whether Google should email the guests: asked only when an email would go out (`change`
   * is null when the guests see nothing new), the event lives on Google and the person
   * organizes it, unless Preferences says always or never. Null: cancelled.
   */
  const guestMail = useCallback(
    async (
      change: GuestChange | null,
      calendarId: string,
      event?: CalendarEvent,
    ): Promise<SendUpdates | null> => {
      const calendar = calendars?.find((c) => c.id === calendarId);
      const organizer = !event || !calendar || organizes(event, calendar);
      if (!change || !calendar?.account || !organizer) return 'none';
      if (sendUpdates === 'always') return 'all';
      if (sendUpdates === 'never') return 'none';
      const send = await ask(sendUpdatesQuestion(change));
      return send === null ? null : send ? 'all' : 'none';
    },
    [ask, calendars, sendUpdates],
  );

  /**
   * Another calendar was chosen for an existing event: the other changes are saved where it
   * is, then it moves (see db/calendar-moves.ts), each asking about guests' emails as it
   * would alone — an update for events.move, an invitation when a copy goes to Google, a
   * cancellation when it leaves Google. An occurrence of a series moves the whole series,
   * after asking, as Google Calendar does; the other changes are then saved for all its
   * events. One undo takes both back. False: cancelled.
   */
  const moveWithEdits = useCallback(
    async (occurrence: Occurrence, seen: EventDraft, draft: EventDraft) => {
      const { event } = occurrence;
      const from = calendars?.find((c) => c.id === seen.calendarId);
      const to = calendars?.find((c) => c.id === draft.calendarId);
      if (!from || !to) throw new Error(activeLocale().t('changes.noCalendar'));
      const refused = refusalTextOf(moveRefusal(event, from));
      if (refused) throw new Error(refused);
      const series = Boolean(occurrence.seriesId) || movesWholeSeries(event);
      if (series && !(await ask(moveSeriesQuestion(to.summary)))) return false;
      const rest = { ...draft, calendarId: seen.calendarId };
      const edited = changedDraftFields(seen, rest).length > 0;
      const editMail = edited ? await guestMail(guestNotice(seen, rest), from.id, event) : 'none';
      if (!editMail) return false;
      const kind = moveKind(event, from, to);
      const moveMail =
        kind.mail && hasGuests(event)
          ? await guestMail(kind.mail, kind.mail === 'invitation' ? to.id : from.id, event)
          : 'none';
      if (!moveMail) return false;
      await undoable(activeLocale().t('changes.movedTo', { calendar: to.summary }), async () => {
        if (edited) await saveEdits(db, occurrence, seen, rest, 'all', { sendUpdates: editMail });
        await moveToCalendar(db, event.id, to.id, moveMail);
      });
      return true;
    },
    [ask, calendars, db, guestMail, undoable],
  );

  const save = useCallback(
    async (occurrence: Occurrence | null, draft: EventDraft, baseline?: EventDraft) => {
      try {
        if (!occurrence) {
          const mail = await guestMail(guestNotice(null, draft), draft.calendarId);
          if (!mail) return [];
          await createEvent(db, draft, { sendUpdates: mail });
          return null;
        }
        const seen = baseline ?? draftFromOccurrence(occurrence, draft.timeZone);
        // Nothing changed: nothing to write, nothing to ask.
        if (changedDraftFields(seen, draft).length === 0) return null;
        if (draft.calendarId !== seen.calendarId)
          return (await moveWithEdits(occurrence, seen, draft)) ? null : [];
        const scope = await scopeOf(occurrence, 'edit');
        if (!scope) return [];
        const mail = await guestMail(guestNotice(seen, draft), draft.calendarId, occurrence.event);
        if (!mail) return [];
        await undoable(activeLocale().t('changes.saved'), () =>
          saveEdits(db, occurrence, seen, draft, scope, { sendUpdates: mail }),
        );
        return null;
      } catch (error) {
        if (error instanceof DraftValidationError) return error.problems;
        throw error;
      }
    },
    [db, guestMail, moveWithEdits, scopeOf, undoable],
  );

  const respond = useCallback(
    async (occurrence: Occurrence, status: ResponseStatus) => {
      const scope = occurrence.seriesId ? await ask(scopeQuestion('respond')) : 'all';
      if (!scope) return false;
      await undoable(activeLocale().t('changes.responseSaved'), () =>
        respondToEvent(db, occurrence, status, scope === 'this' ? 'this' : 'all'),
      );
      return true;
    },
    [ask, db, undoable],
  );

  const remove = useCallback(
    async (occurrence: Occurrence) => {
      const scope = await scopeOf(occurrence, 'delete');
      if (!scope) return false;
      const { event } = occurrence;
      const mail = await guestMail(
        hasGuests(event) ? 'cancellation' : null,
        event.calendarId,
        event,
      );
      if (!mail) return false;
      try {
        await undoable(activeLocale().t('changes.deleted'), () =>
          deleteEvent(db, occurrence, scope, { sendUpdates: mail }),
        );
        return true;
      } catch (error) {
        notify(activeLocale().t('changes.notDeleted', { reason: messageOf(error) }));
        return false;
      }
    },
    [db, guestMail, notify, scopeOf, undoable],
  );

  const move = useCallback(
    async (occurrence: Occurrence, change: Span, revert: () => void) => {
      // The grid does not let such an event be dragged; a drag that started anyway (the
      // calendar or the event changed mid-drag) is refused here, before anything is asked.
      const calendar = calendars?.find((c) => c.id === occurrence.event.calendarId);
      const refused = calendar && refusalTextOf(changeRefusal(occurrence.event, calendar));
      if (refused) {
        revert();
        return notify(activeLocale().t('changes.notMoved', { reason: refused }));
      }
      const scope = await scopeOf(occurrence, 'edit');
      if (!scope) return revert();
      const { event } = occurrence;
      const mail = await guestMail(hasGuests(event) ? 'update' : null, event.calendarId, event);
      if (!mail) return revert();
      try {
        await undoable(activeLocale().t('changes.moved'), () =>
          moveEvent(db, occurrence, change, scope, { sendUpdates: mail }),
        );
      } catch (error) {
        revert();
        const detail =
          error instanceof DraftValidationError
            ? error.problems.map((p) => p.message).join(' ')
            : messageOf(error);
        notify(activeLocale().t('changes.notMoved', { reason: detail }));
      }
    },
    [calendars, db, guestMail, notify, scopeOf, undoable],
  );

  return { save, respond, remove, move };
}

function hasGuests(event: CalendarEvent): boolean {
  return (event.attendees?.length ?? 0) > 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
