// Google's question before changing one occurrence of a repeating event: which part of the
// series the change applies to. Radio options plus OK/Cancel, as Google Calendar shows it.
// A guest's answer has no "this and following": the series is the organizer's to split.
import { useId, useState } from 'react';
import { Dialog } from './Dialog';
import type { EditScope } from './model/types';

export type ScopeAction = 'edit' | 'delete' | 'respond';

export interface RepeatScopeDialogProps {
  action: ScopeAction;
  onChoose(scope: EditScope): void;
  onCancel(): void;
}

const OPTIONS: { scope: EditScope; label: string }[] = [
  { scope: 'this', label: 'This event' },
  { scope: 'following', label: 'This and following events' },
  { scope: 'all', label: 'All events' },
];

const TITLES: Record<ScopeAction, string> = {
  edit: 'Edit recurring event',
  delete: 'Delete recurring event',
  respond: 'Respond to recurring event',
};

export function RepeatScopeDialog({ action, onChoose, onCancel }: RepeatScopeDialogProps) {
  const [scope, setScope] = useState<EditScope>('this');
  const name = useId();
  const title = TITLES[action];
  const options = action === 'respond' ? OPTIONS.filter((o) => o.scope !== 'following') : OPTIONS;
  return (
    <Dialog label={title} onClose={onCancel} className="scope-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onChoose(scope);
        }}
      >
        <h2 className="dialog-title">{title}</h2>
        <div role="radiogroup" aria-label={title} className="scope-options">
          {options.map((option) => (
            <label key={option.scope} className="radio-row">
              <input
                type="radio"
                name={name}
                value={option.scope}
                checked={scope === option.scope}
                onChange={() => setScope(option.scope)}
                data-autofocus={scope === option.scope ? '' : undefined}
              />
              {option.label}
            </label>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            OK
          </button>
        </div>
      </form>
    </Dialog>
  );
}
