// The quick look: a popover beside a clicked event, as Google Calendar opens one, with what
// a glance needs (when, which calendar, where, the call to join, who comes and what they
// answered, the start of the description) and the quick actions (Edit, Delete, Duplicate,
// colour, the person's own answer). Every change goes through the same flows the editor
// uses, so the questions, the undo and the access rules are the same. It is a non-modal
// dialog named after the event: Tab stays inside, Esc closes it and gives focus back to the
// event, a click elsewhere closes it.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useClickOutside } from './useClickOutside';
import type { KeyboardEvent, RefObject } from 'react';
import type { Calendar, ResponseStatus } from '../../src-preload/model/event';
import { calendarRefusal, guestAnswer } from '../../src-preload/model/calendar-access';
import { visibleText } from '../visible-text';
import { benchmarkMark } from '../test-hooks';
import { ColorField } from './ColorField';
import { GoingField } from './GoingField';
import { QuickLookGuests } from './QuickLookGuests';
import { meetLinkOf } from './model/conference';
import type { EventColor } from './model/colors';
import { descriptionStart, whenText } from './model/quick-look-text';
import type { Occurrence } from './model/types';
import type { LookAnchor } from './useQuickLook';
import { useLocale } from '../i18n/LocaleProvider';
import { CROSS } from '../glyphs';
import './QuickLook.css';

export interface QuickLookProps {
  occurrence: Occurrence;
  /** The event's calendar (its name, colour and what the person may do there). */
  calendar: Calendar | undefined;
  zone: string;
  anchor: LookAnchor;
  colors: EventColor[];
  /** Closes; `giveFocusBack` for Esc, which returns focus to the event. */
  onClose(giveFocusBack: boolean): void;
  onEdit(): void;
  onDelete(): void;
  onDuplicate(): void;
  /** Saves the event colour (undefined: the calendar's); false when it was not saved. */
  onColor(colorId: string | undefined): Promise<boolean>;
  /** The person's answer as a guest; false when they cancelled it. */
  onRespond(status: ResponseStatus): Promise<boolean>;
  /** The same event in the person's other Google accounts (not drawn), each by its account. */
  copies?: { occurrence: Occurrence; account: string }[];
  /** The look moves to another copy. */
  onShowCopy?(copy: Occurrence): void;
}

export function QuickLook(props: QuickLookProps) {
  const { occurrence, calendar, zone, anchor, colors, onClose } = props;
  const { event } = occurrence;
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const place = usePlacement(ref, anchor);
  const { t } = useLocale();

  // A calendar that takes no changes here offers neither Delete nor colour; a guest's own
  // answer and colour are theirs, as in the editor.
  const locked = calendar ? calendarRefusal(calendar) : null;
  const answer = calendar && !locked ? guestAnswer(event, calendar) : undefined;
  const joinUrl = meetLinkOf(event);
  const description = descriptionStart(event.description);
  const title = visibleText(occurrence.title) || t('event.noTitle');
  // The chosen swatch shows at once; the stored colour takes over once it has caught up.
  const [pending, setPending] = useState<{ colorId: string | undefined } | null>(null);
  if (pending && pending.colorId === event.colorId) setPending(null);
  const pickColor = (colorId: string | undefined) => {
    setPending({ colorId });
    void props.onColor(colorId).then((saved) => saved || setPending(null));
  };

  useEffect(() => {
    ref.current?.focus();
    benchmarkMark('almanac:quick-look-open');
  }, [onClose]);
  const closeQuietly = useCallback(() => onClose(false), [onClose]);
  useClickOutside(ref, closeQuietly);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      className="quick-look"
      style={place}
      onKeyDown={(e) => keepFocusInside(e, ref.current, () => onClose(true))}
    >
      <div className="quick-look-head">
        <span className="quick-look-color" style={{ background: occurrence.color }} />
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('common.close')}
          onClick={() => onClose(true)}
        >
          {CROSS}
        </button>
      </div>
      <p className="quick-look-when">{whenText(occurrence, zone)}</p>
      <dl className="quick-look-facts">
        <dt>{t('quickLook.calendar')}</dt>
        <dd>
          <span className="calendar-swatch" style={{ background: calendar?.color }} />
          {visibleText(calendar?.summary ?? event.calendarId)}
        </dd>
        {props.copies?.map(({ occurrence: copy, account }) => (
          <CopyFact key={copy.key} account={account} onShow={() => props.onShowCopy?.(copy)} />
        ))}
        {event.location && (
          <>
            <dt>{t('editor.location')}</dt>
            <dd>{visibleText(event.location)}</dd>
          </>
        )}
      </dl>
      {joinUrl && (
        <a
          className="button primary quick-look-join"
          href={joinUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('editor.joinMeet')}
        </a>
      )}
      <QuickLookGuests attendees={event.attendees ?? []} />
      {answer !== undefined && (
        <GoingField id={`${id}-going`} answer={answer} onRespond={props.onRespond} />
      )}
      {description && <p className="quick-look-description">{description}</p>}
      {!locked && (
        <div className="quick-look-colors">
          <ColorField
            colorId={pending ? pending.colorId : event.colorId}
            calendarColor={calendar?.color ?? occurrence.color}
            colors={colors}
            onChange={pickColor}
          />
        </div>
      )}
      <div className="quick-look-actions">
        <button type="button" className="button primary" onClick={props.onEdit}>
          {locked ? t('quickLook.details') : t('quickLook.edit')}
        </button>
        <button type="button" className="button" onClick={props.onDuplicate}>
          {t('quickLook.duplicate')}
        </button>
        {!locked && (
          <button type="button" className="button danger" onClick={props.onDelete}>
            {t('common.delete')}
          </button>
        )}
      </div>
    </div>
  );
}

/** "Also in" another account, with the button that shows that copy instead. */
function CopyFact({ account, onShow }: { account: string; onShow(): void }) {
  const { t } = useLocale();
  return (
    <>
      <dt>{t('quickLook.alsoIn')}</dt>
      <dd className="quick-look-copy">
        {account}
        <button
          type="button"
          className="link-button"
          aria-label={t('quickLook.showCopyIn', { account })}
          onClick={onShow}
        >
          {t('quickLook.showCopy')}
        </button>
      </dd>
    </>
  );
}

const MARGIN = 8;

/**
 * Beside the event, as Google places it: to its right, else its left, else (an event as
 * wide as the view, in the agenda) below or above it; always inside the window.
 */
function usePlacement(ref: RefObject<HTMLDivElement | null>, anchor: LookAnchor) {
  const [place, setPlace] = useState<{ left: number; top: number } | undefined>();
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const [width, height] = [box.width, box.height];
    const [viewWidth, viewHeight] = [window.innerWidth, window.innerHeight];
    const fit = (value: number, size: number, room: number) =>
      Math.max(MARGIN, Math.min(value, room - size - MARGIN));
    if (anchor.right + MARGIN + width <= viewWidth - MARGIN)
      return setPlace({ left: anchor.right + MARGIN, top: fit(anchor.top, height, viewHeight) });
    if (anchor.left - MARGIN - width >= MARGIN)
      return setPlace({
        left: anchor.left - MARGIN - width,
        top: fit(anchor.top, height, viewHeight),
      });
    const below = anchor.bottom + MARGIN + height <= viewHeight - MARGIN;
    setPlace({
      left: fit(anchor.left, width, viewWidth),
      top: fit(below ? anchor.bottom + MARGIN : anchor.top - MARGIN - height, height, viewHeight),
    });
  }, [ref, anchor]);
  // Measured before the first paint, so it never shows at the wrong place (transparent, not
  // hidden, until then: the popover takes focus as it opens).
  return place ?? { left: 0, top: 0, opacity: 0 };
}

/** Esc closes; Tab and Shift+Tab go round the popover's own controls. */
function keepFocusInside(e: KeyboardEvent, root: HTMLElement | null, close: () => void) {
  if (e.key === 'Escape') {
    e.stopPropagation();
    e.preventDefault();
    return close();
  }
  if (e.key !== 'Tab' || !root) return;
  const stops = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0,
  );
  const [first, last] = [stops[0], stops[stops.length - 1]];
  if (!first || !last) return;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || at === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && at === last) {
    e.preventDefault();
    first.focus();
  }
}

const FOCUSABLE = 'a[href], button, input, [tabindex]';
