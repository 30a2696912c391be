// Beside "Pause synchronization": one connected account's "Reset Account" (ResetDialog) and
// "Stop synchronization", which signs that account out of Google after a confirmation and
// keeps every event on this computer; the other accounts are not touched.
import { useState } from 'react';
import { Dialog } from '../calendar/Dialog';
import type { AlmanacDatabase } from '../db/database';
import type { GoogleState } from '../sync/useGoogleStatus';
import { ResetDialog } from './ResetDialog';

export function AccountActions({
  db,
  account,
  google,
  onNotice,
}: {
  db: AlmanacDatabase;
  account: string;
  google: GoogleState;
  onNotice(text: string): void;
}) {
  const [open, setOpen] = useState<'reset' | 'stop' | null>(null);
  return (
    <section className="account-actions" aria-label={`Account ${account}`}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setOpen('reset')}>
          Reset Account
        </button>
        <button type="button" className="button" onClick={() => setOpen('stop')}>
          Stop synchronization
        </button>
      </div>
      {open === 'reset' && (
        <ResetDialog
          db={db}
          account={account}
          onClose={() => setOpen(null)}
          onDone={(report) => {
            setOpen(null);
            onNotice(report.message);
          }}
        />
      )}
      {open === 'stop' && (
        <Dialog label="Stop synchronization" onClose={() => setOpen(null)}>
          <h2 className="dialog-title">Stop synchronization?</h2>
          <div className="dialog-body">
            <p>
              You are about to stop the synchronization of your calendar with Google ({account}).
              Almanac signs out of {account}; its events stay on this computer, and your other
              accounts keep syncing.
            </p>
          </div>
          <div className="dialog-actions">
            <span className="spacer" />
            <button
              type="button"
              className="button"
              data-autofocus=""
              onClick={() => setOpen(null)}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setOpen(null);
                void google.disconnect(account);
              }}
            >
              Stop synchronization
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
