// The "Reset Account" dialog: what to do with the events of the account's synced
// calendars that are linked to Google, how the next synchronization treats what exists now,
// whether guests hear about deletions, and a live summary with counts of what Confirm does.
// The work itself runs in main (ResetService); this only asks and reports.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ResetChoices, ResetReport } from '../../src-preload/contract';
import { organizes } from '../../src-preload/model/calendar-access';
import { Dialog } from '../calendar/Dialog';
import { BusyDialogActions } from '../calendar/BusyDialogActions';
import type { AlmanacDatabase } from '../db/database';
import { getApi } from '../bridge';

export interface ResetDialogProps {
  db: AlmanacDatabase;
  account: string;
  onDone(report: ResetReport): void;
  onClose(): void;
}

export function ResetDialog({ db, account, onDone, onClose }: ResetDialogProps) {
  const [choices, setChoices] = useState<ResetChoices>({
    existing: 'keep',
    next: 'new',
    notifyGuests: false,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const counts = useLiveQuery(() => countLinked(db, account), [db, account]) ?? {
    mine: 0,
    guest: 0,
  };
  const deletesOnGoogle =
    choices.existing === 'delete-google' || choices.existing === 'delete-both';

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await getApi().resetGoogleAccount({ ...choices, account });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onDone(result.value);
  };

  return (
    <Dialog label="Reset Account" onClose={onClose} className="reset-dialog">
      <h2 className="dialog-title">Reset Account</h2>
      <div className="dialog-body">
        <p className="hint">
          Affects the events of {account}’s synced calendars that are linked to Google. Events you
          were only invited to are never deleted from Google.
        </p>
        <RadioGroup
          label="User's Existing Events"
          name="existing"
          options={EXISTING}
          value={choices.existing}
          onChange={(existing) => setChoices({ ...choices, existing })}
        />
        {deletesOnGoogle && (
          // Right under the choice it belongs to: it only matters for deletions on Google.
          <label className="checkbox-row follows-choice">
            <input
              type="checkbox"
              checked={choices.notifyGuests}
              onChange={(e) => setChoices({ ...choices, notifyGuests: e.target.checked })}
            />
            Notify guests about deleted events
          </label>
        )}
        <RadioGroup
          label="Next Synchronization"
          name="next"
          options={NEXT}
          value={choices.next}
          onChange={(next) => setChoices({ ...choices, next })}
        />
        <p role="status" aria-label="What Confirm does" className="reset-summary">
          {summary(choices, counts)}
        </p>
        {error && (
          <p role="alert" className="problem">
            {error}
          </p>
        )}
      </div>
      <BusyDialogActions
        label="Confirm"
        busyLabel="Resetting…"
        tone="danger"
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={onClose}
      />
    </Dialog>
  );
}

/** Linked, live events of the account's synced calendars: organized by the user, or only invited to. */
export async function countLinked(
  db: AlmanacDatabase,
  account: string,
): Promise<{ mine: number; guest: number }> {
  const calendars = new Map(
    (await db.calendars.toArray())
      .filter((c) => c.account === account && c.syncEnabled)
      .map((c) => [c.id, c]),
  );
  let mine = 0;
  let guest = 0;
  for (const e of await db.events
    .where('calendarId')
    .anyOf([...calendars.keys()])
    .toArray()) {
    if (!e.google || e.status === 'cancelled') continue;
    // By main's own rule, so the summary says what Confirm will do.
    if (organizes(e, calendars.get(e.calendarId) ?? { id: e.calendarId, account })) mine++;
    else guest++;
  }
  return { mine, guest };
}

// ---------------------------------------------------------------------------------------

/** One of the dialog's questions: a labelled group of radios. */
function RadioGroup<T extends string>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: [T, string][];
  value: T;
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <fieldset role="radiogroup" aria-labelledby={id}>
      <legend id={id}>{label}</legend>
      {options.map(([option, text]) => (
        <label key={option} className="radio-row">
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

const EXISTING: [ResetChoices['existing'], string][] = [
  ['keep', 'Leave them untouched'],
  ['delete-google', 'Delete from the current Google Calendar account'],
  ['delete-local', 'Delete from this computer'],
  ['delete-both', 'Delete from both'],
];
const NEXT: [ResetChoices['next'], string][] = [
  ['new', 'Synchronize only new events'],
  ['all', 'Synchronize all existing events'],
];

function events(n: number): string {
  return `${n} ${n === 1 ? 'event' : 'events'}`;
}

function summary(choices: ResetChoices, { mine, guest }: { mine: number; guest: number }): string {
  const all = mine + guest;
  const invited = guest > 0 ? ` The ${events(guest)} you were invited to stay on Google.` : '';
  const first = {
    keep: `Leaves all ${events(all)} untouched, here and on Google Calendar.`,
    'delete-google': `Deletes ${events(mine)} from Google Calendar, keeps them here (as events on this computer only).${invited}${choices.notifyGuests ? ' Guests are told.' : ' Guests are not emailed.'}`,
    'delete-local': `Deletes ${events(all)} from this computer, keeps them on Google Calendar.`,
    'delete-both': `Deletes ${events(mine)} from Google Calendar and ${events(all)} from this computer.${invited}${choices.notifyGuests ? ' Guests are told.' : ' Guests are not emailed.'}`,
  }[choices.existing];
  const next =
    choices.next === 'new'
      ? 'Then signs out of Google; after you sign in again, only events created from now on are synchronized.'
      : 'Then signs out of Google; after you sign in again, all existing events are synchronized both ways, without emailing guests.';
  return `${first} ${next}`;
}
