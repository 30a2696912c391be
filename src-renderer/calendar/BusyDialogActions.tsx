// The buttons of a dialog that runs one action which takes a moment (exporting, resetting):
// Cancel and the action. Both are disabled while it runs, so it cannot start twice or be
// abandoned half-way, and the action's label says it is under way.
import { useLocale } from '../i18n/LocaleProvider';
export interface BusyDialogActionsProps {
  /** The action's name ("Export"), and what it says while running ("Exporting…"). */
  label: string;
  busyLabel: string;
  /** Danger for an action that deletes or signs out. */
  tone?: 'primary' | 'danger';
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function BusyDialogActions({
  label,
  busyLabel,
  tone = 'primary',
  busy,
  onConfirm,
  onCancel,
}: BusyDialogActionsProps) {
  const { t } = useLocale();
  return (
    <div className="dialog-actions">
      <span className="spacer" />
      <button type="button" className="button" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
      <button type="button" className={`button ${tone}`} onClick={onConfirm} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
