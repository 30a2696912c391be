// The editor's "Show as" (busy or free) and "Visibility" side by side. "Confidential" is
// Google's older value: offered only on an event that already has it, so it is never lost.
import type { LockableField } from './model/event-types';
import type { EventDraft } from './model/types';
import { useLocale } from '../i18n/LocaleProvider';
import { ChoiceField } from './ChoiceField';

export interface ShowAsAndVisibilityProps {
  draft: EventDraft;
  set<K extends keyof EventDraft>(key: K, value: EventDraft[K]): void;
  /** The id of the note saying why a field is read-only, when the event's type locks it. */
  lockedBy(field: LockableField): string | undefined;
}

export function ShowAsAndVisibility({ draft, set, lockedBy }: ShowAsAndVisibilityProps) {
  const { t } = useLocale();
  const visibilities: EventDraft['visibility'][] = ['default', 'public', 'private'];
  if (draft.visibility === 'confidential') visibilities.push('confidential');
  return (
    <div className="field-row two-up">
      <ChoiceField
        label={t('editor.showAs')}
        value={draft.transparency}
        choices={[
          { value: 'opaque', label: t('editor.showAs.busy') },
          { value: 'transparent', label: t('editor.showAs.free') },
        ]}
        disabled={Boolean(lockedBy('showAs'))}
        describedBy={lockedBy('showAs')}
        onChange={(transparency) => set('transparency', transparency)}
      />
      <ChoiceField
        label={t('editor.visibility')}
        value={draft.visibility}
        choices={visibilities.map((value) => ({ value, label: t(`editor.visibility.${value}`) }))}
        disabled={Boolean(lockedBy('visibility'))}
        describedBy={lockedBy('visibility')}
        onChange={(visibility) => set('visibility', visibility)}
      />
    </div>
  );
}
