// Which event the quick look is open on, and what its actions and keys do. A click (or
// Enter) on an event opens the look; `e` and Delete act on the looked-at event, or on the
// focused one without opening a look first. Its actions are the editor's flows (the change
// workflow's save, delete and answer), so the questions and the undo are the same. The look follows the event as it is now in the
// database (a sync may change it while it is open) and closes when the event is gone.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlmanacDatabase } from '../db/database';
import { currentOccurrence } from '../db/current-occurrence';
import type { Calendar, ResponseStatus } from '../../src-preload/model/event';
import { calendarRefusal } from '../../src-preload/model/calendar-access';
import type { EventChanges } from './useEventChanges';
import { draftFromOccurrence } from './model/drafts';
import { duplicateDraft } from './model/duplicate';
import { activeLocale } from '../i18n/active-locale';
import { switchedCopy } from './model/account-copies';
import { copyOccurrence } from './model/occurrence';
import type { EventDraft, Occurrence } from './model/types';
import { refusalTextOf } from '../i18n/refusal-words';

export interface LookAnchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface QuickLookState {
  occurrence: Occurrence;
  /** Where the event was drawn when it was opened: the popover sits beside it. */
  anchor: LookAnchor;
  /** The event's own element (or its name), for Esc to give focus back to. */
  returnTo: HTMLElement | null;
  /** Remounts the popover for every opening. */
  key: number;
}

/** What a click on an event does: the look, unless a key asked for more. */
type Intent = 'look' | 'edit' | 'delete';

export interface QuickLookDeps {
  db: AlmanacDatabase;
  zone: string;
  calendars: Calendar[] | undefined;
  /** The calendar a new event goes to (a copy of an event on a read-only calendar goes there). */
  newEventCalendarId: string;
  changes: Pick<EventChanges, 'save' | 'remove' | 'respond'>;
  /** Opens the editor on the occurrence. */
  edit(occurrence: Occurrence): void;
  /** Opens the editor on a new, unsaved event. */
  editDraft(draft: EventDraft): void;
  notify(message: string): void;
}

export function useQuickLook(deps: QuickLookDeps) {
  const { db, zone, calendars, newEventCalendarId, changes, edit, editDraft, notify } = deps;
  const [look, setLook] = useState<QuickLookState | null>(null);
  const opened = useRef(0);
  const intent = useRef<Intent>('look');

  /** Opens the look on an occurrence drawn at `element`. */
  const open = useCallback((occurrence: Occurrence, element: HTMLElement) => {
    const box = element.getBoundingClientRect();
    setLook({
      occurrence,
      anchor: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      returnTo: element,
      key: ++opened.current,
    });
  }, []);

  // The event as it is now: null once deleted, undefined while the first answer is coming.
  const current = useLiveQuery(
    async () => (look ? currentOccurrence(db, look.occurrence) : undefined),
    [db, look?.occurrence],
  );
  useEffect(() => {
    if (look && current === null) setLook(null);
  }, [look, current]);
  const shown = look ? (current ?? look.occurrence) : undefined;

  const close = useCallback(
    (giveFocusBack: boolean) => {
      setLook(null);
      if (giveFocusBack && look) focusEvent(look.returnTo);
    },
    [look],
  );

  /** The editor's delete; a calendar that takes no changes says so instead (a key asked). */
  const remove = useCallback(
    (occurrence: Occurrence) => {
      const calendar = calendars?.find((c) => c.id === occurrence.event.calendarId);
      const refused = calendar && refusalTextOf(calendarRefusal(calendar));
      if (refused) return notify(activeLocale().t('changes.notDeleted', { reason: refused }));
      void changes.remove(occurrence);
    },
    [calendars, changes, notify],
  );

  /** The editor on the occurrence, in the look's place. */
  const editNow = useCallback(
    (occurrence: Occurrence) => {
      setLook(null);
      edit(occurrence);
    },
    [edit],
  );

  /** A click or Enter on an event: the look, or what the key that clicked it asked for. */
  const clicked = useCallback(
    (occurrence: Occurrence, element: HTMLElement) => {
      const wanted = intent.current;
      intent.current = 'look';
      if (wanted === 'edit') return editNow(occurrence);
      if (wanted === 'delete') return remove(occurrence);
      open(occurrence, element);
    },
    [editNow, open, remove],
  );

  /** `e` or Delete: on the looked-at event, else on the event with keyboard focus. */
  const key = (action: 'edit' | 'delete') => {
    if (shown) return action === 'delete' ? remove(shown) : editNow(shown);
    const focused = document.activeElement?.closest<HTMLElement>('.fc-event');
    if (!focused) return;
    // The grid hands out the focused chip's occurrence only through its click.
    intent.current = action;
    focused.click();
    intent.current = 'look';
  };

  const calendar = shown && calendars?.find((c) => c.id === shown.event.calendarId);
  // The copies in other accounts come with the occurrence the look was opened on (the
  // newest record read since does not know them).
  const copies = look?.occurrence.copies?.map((occurrence) => ({
    occurrence,
    account:
      calendars?.find((c) => c.id === occurrence.event.calendarId)?.account ??
      occurrence.event.calendarId,
  }));
  /** The popover's props, while it is open. */
  const props = look &&
    shown && {
      key: look.key,
      occurrence: shown,
      calendar,
      zone,
      anchor: look.anchor,
      onClose: close,
      onEdit: () => editNow(shown),
      onDelete: () => remove(shown),
      onDuplicate: () => {
        setLook(null);
        const into = calendar && !calendarRefusal(calendar) ? calendar.id : newEventCalendarId;
        editDraft(duplicateDraft(shown, zone, into));
      },
      // The editor's own write: only the colour changed, onto the newest record. True once
      // saved; false when a question was cancelled or the write failed (and said why).
      onColor: async (colorId: string | undefined) => {
        const seen = draftFromOccurrence(shown, zone);
        try {
          const problems = await changes.save(shown, { ...seen, colorId }, seen);
          if (problems?.length)
            notify(
              activeLocale().t('changes.colorNotSaved', {
                reason: problems.map((p) => p.message).join(' '),
              }),
            );
          return problems === null;
        } catch (error) {
          notify(
            activeLocale().t('changes.colorNotSaved', {
              reason: error instanceof Error ? error.message : String(error),
            }),
          );
          return false;
        }
      },
      onRespond: (status: ResponseStatus) => changes.respond(shown, status),
      copies,
      onShowCopy: (copy: Occurrence) =>
        setLook({
          ...look,
          occurrence: switchedCopy(copyOccurrence(shown, { copies: look.occurrence.copies }), copy),
          key: ++opened.current,
        }),
    };

  return { props, open, clicked, edit: editNow, close, key };
}

/**
 * Gives focus back to the event the look was opened from: its element, or, when the grid
 * has drawn it anew meanwhile (a sync, a colour change), the chip that has its name now.
 */
function focusEvent(element: HTMLElement | null) {
  if (!element) return;
  if (element.isConnected) return element.focus();
  const name = element.getAttribute('aria-label');
  if (!name) return;
  document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(name)}"]`)?.focus();
}
