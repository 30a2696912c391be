// The event editor's buttons. A read-only calendar's event can only be looked at, so it offers
// Close and nothing that would change it; a new event has nothing to delete yet.
import { useLocale } from '../i18n/LocaleProvider';

export interface EventEditorActionsProps {
  isNew: boolean;
  readOnlyCalendar: boolean;
  /** True while a Save is under way, so a second click does not save twice. */
  saving: boolean;
  onDelete(): void;
  onClose(): void;
}

export function EventEditorActions({
  isNew,
  readOnlyCalendar,
  saving,
  onDelete,
  onClose,
}: EventEditorActionsProps) {
  const { t } = useLocale();
  return (
    <div className="dialog-actions">
      {!isNew && !readOnlyCalendar && (
        <button type="button" className="button danger" onClick={onDelete}>
          {t('common.delete')}
        </button>
      )}
      <span className="spacer" />
      <button type="button" className="button" onClick={onClose}>
        {readOnlyCalendar ? t('common.close') : t('common.cancel')}
      </button>
      {!readOnlyCalendar && (
        <button type="submit" className="button primary" disabled={saving}>
          {t('common.save')}
        </button>
      )}
    </div>
  );
}
