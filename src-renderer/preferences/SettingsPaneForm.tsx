// The frame every saved preferences pane shares: a tab panel holding a form with Cancel and
// Save. Save sends the pane's changes to main and closes on success; a problem found first, or
// a failed save, keeps the pane open with the reason, so nothing the person chose is lost.
import { useState, type ReactNode } from 'react';
import type { Result } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/settings';
import { useLocale } from '../i18n/LocaleProvider';
import { bridgeErrorText } from '../i18n/bridge-error-words';

export interface SettingsPaneFormProps {
  /** The tab's name, which also names its panel. */
  label: string;
  /** The settings this pane changes, or a sentence saying why they cannot be saved yet. */
  changes(): Partial<Settings> | string;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  onClose(): void;
  children: ReactNode;
}

export function SettingsPaneForm({
  label,
  changes,
  onSave,
  onClose,
  children,
}: SettingsPaneFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useLocale();

  const save = async () => {
    const patch = changes();
    if (typeof patch === 'string') return setError(patch);
    setSaving(true);
    setError(null);
    const result = await onSave(patch);
    setSaving(false);
    if (result.ok) onClose();
    else setError(t('prefs.notSaved', { reason: bridgeErrorText(result.error) }));
  };

  return (
    <div role="tabpanel" aria-label={label}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="editor-body">{children}</div>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
