// The "Reset Account" dialog: what to do with the events of the account's synced
// calendars that are linked to Google, how the next synchronization treats what exists now,
// whether guests hear about deletions, and a live summary with counts of what Confirm does.
// The work itself runs in main (ResetService); this only asks and reports.
import { bridgeErrorText } from '../i18n/bridge-error-words';
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ResetChoices, ResetReport } from '../../src-preload/contract';
import { organizes } from '../../src-preload/model/calendar-access';
import { Dialog } from '../calendar/Dialog';
import { BusyDialogActions } from '../calendar/BusyDialogActions';
import type { AlmanacDatabase } from '../db/database';
import { getApi } from '../bridge';
import { useLocale } from '../i18n/LocaleProvider';
import type { ActiveLocale } from '../i18n/active-locale';
import type { MessageId } from '../i18n/catalogues';

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
  const locale = useLocale();
  const { t } = locale;
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
    if (!result.ok) return setError(bridgeErrorText(result.error));
    onDone(result.value);
  };

  return (
    <Dialog label={t('reset.title')} onClose={onClose} className="reset-dialog">
      <h2 className="dialog-title">{t('reset.title')}</h2>
      <div className="dialog-body">
        <p className="hint">{t('reset.affects', { account })}</p>
        <RadioGroup
          label={t('reset.existing')}
          name="existing"
          options={EXISTING.map(([value, id]) => [value, t(id)])}
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
            {t('reset.notifyGuests')}
          </label>
        )}
        <RadioGroup
          label={t('reset.next')}
          name="next"
          options={NEXT.map(([value, id]) => [value, t(id)])}
          value={choices.next}
          onChange={(next) => setChoices({ ...choices, next })}
        />
        <p role="status" aria-label={t('reset.summary.name')} className="reset-summary">
          {summary(choices, counts, locale)}
        </p>
        {error && (
          <p role="alert" className="problem">
            {error}
          </p>
        )}
      </div>
      <BusyDialogActions
        label={t('reset.confirm')}
        busyLabel={t('reset.busy')}
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

const EXISTING: [ResetChoices['existing'], MessageId][] = [
  ['keep', 'reset.existing.keep'],
  ['delete-google', 'reset.existing.deleteGoogle'],
  ['delete-local', 'reset.existing.deleteLocal'],
  ['delete-both', 'reset.existing.deleteBoth'],
];
const NEXT: [ResetChoices['next'], MessageId][] = [
  ['new', 'reset.next.new'],
  ['all', 'reset.next.all'],
];

function summary(
  choices: ResetChoices,
  { mine, guest }: { mine: number; guest: number },
  { t }: ActiveLocale,
): string {
  const all = mine + guest;
  const invited = guest > 0 ? t('reset.summary.invited', { guest }) : '';
  const told = t(choices.notifyGuests ? 'reset.summary.told' : 'reset.summary.notEmailed');
  const first = {
    keep: [t('reset.summary.keep', { all })],
    'delete-google': [t('reset.summary.deleteGoogle', { mine }), invited, told],
    'delete-local': [t('reset.summary.deleteLocal', { all })],
    'delete-both': [t('reset.summary.deleteBoth', { mine, all }), invited, told],
  }[choices.existing];
  const next = t(choices.next === 'new' ? 'reset.summary.nextNew' : 'reset.summary.nextAll');
  return [...first, next].filter(Boolean).join(' ');
}
