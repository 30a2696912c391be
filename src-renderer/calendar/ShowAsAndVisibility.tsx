// The editor's "Show as" (busy or free) and "Visibility" side by side. "Confidential" is
// Google's older value: offered only on an event that already has it, so it is never lost.
import type { LockableField } from './model/event-types';
import type { EventDraft } from './model/types';
import { useLocale } from '../i18n/LocaleProvider';

export interface ShowAsAndVisibilityProps {
  /** The editor's id prefix. */
  id: string;
  draft: EventDraft;
  set<K extends keyof EventDraft>(key: K, value: EventDraft[K]): void;
  /** The id of the note saying why a field is read-only, when the event's type locks it. */
  lockedBy(field: LockableField): string | undefined;
}

export function ShowAsAndVisibility({ id, draft, set, lockedBy }: ShowAsAndVisibilityProps) {
  const { t } = useLocale();
  return (
    <div className="field-row two-up">
      <div className="field">
        <label htmlFor={`${id}-show-as`}>{t('editor.showAs')}</label>
        <select
          id={`${id}-show-as`}
          value={draft.transparency}
          disabled={Boolean(lockedBy('showAs'))}
          aria-describedby={lockedBy('showAs')}
          onChange={(e) => set('transparency', e.target.value as EventDraft['transparency'])}
        >
          <option value="opaque">{t('editor.showAs.busy')}</option>
          <option value="transparent">{t('editor.showAs.free')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-visibility`}>{t('editor.visibility')}</label>
        <select
          id={`${id}-visibility`}
          value={draft.visibility}
          disabled={Boolean(lockedBy('visibility'))}
          aria-describedby={lockedBy('visibility')}
          onChange={(e) => set('visibility', e.target.value as EventDraft['visibility'])}
        >
          <option value="default">{t('editor.visibility.default')}</option>
          <option value="public">{t('editor.visibility.public')}</option>
          <option value="private">{t('editor.visibility.private')}</option>
          {draft.visibility === 'confidential' && (
            <option value="confidential">{t('editor.visibility.confidential')}</option>
          )}
        </select>
      </div>
    </div>
  );
}
