// Google emails an event's guests when asked to. Before a change to an event with guests
// goes to Google, Almanac asks, as Google Calendar does: "Send" or "Don't send". Closing
// the question (Escape) cancels the change, so nothing is sent that the user did not choose.
import { Dialog } from '../calendar/Dialog';

export type GuestChange = 'create' | 'edit' | 'delete';

export interface SendUpdatesDialogProps {
  change: GuestChange;
  onChoose(send: boolean): void;
  onCancel(): void;
}

const QUESTION = 'Send update emails to guests?';
const DETAIL: Record<GuestChange, string> = {
  create: 'Google will email an invitation to each guest.',
  edit: 'Google will email the guests about the change.',
  delete: 'Google will email the guests that the event is cancelled.',
};

export function SendUpdatesDialog({ change, onChoose, onCancel }: SendUpdatesDialogProps) {
  return (
    <Dialog label={QUESTION} onClose={onCancel} className="send-updates-dialog">
      <h2 className="dialog-title">{QUESTION}</h2>
      <p>{DETAIL[change]}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onChoose(false)}>
          Don't send
        </button>
        <button
          type="button"
          className="button primary"
          data-autofocus=""
          onClick={() => onChoose(true)}
        >
          Send
        </button>
      </div>
    </Dialog>
  );
}
