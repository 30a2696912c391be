// The outcome of an action in a Preferences pane (a connection test, an export): a notice
// when it worked, a problem when it did not, announced to screen readers either way.

/** What an action in a pane came to. */
export interface Outcome {
  ok: boolean;
  text: string;
}

export function PaneNotice({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <p role="status" className={outcome.ok ? 'notice' : 'problem'}>
      {outcome.text}
    </p>
  );
}
