// Reset Account's Google side: the events the plan deletes from Google, in batches, each
// answer written into the plan before the next batch goes out (so a reset cut short resumes
// with what is left), with the gateway's backoff between tries. ResetService drives it and
// owns when progress is saved and when the app's quitting stops it.
import { said, type LogSentence } from '../../src-preload/log-words';
import type { StoreCommit } from '../../src-preload/local-store';
import type { SyncLogEntry } from '../../src-preload/sync-log';
import { eventsPath, type GoogleGateway } from '../google/gateway';
import { deletionAnswer, type ResetPlan } from './reset-plan';

/** What the deletions need from the reset that runs them. */
export interface DeletionSteps {
  /** Writes the plan's progress down. */
  save(): void;
  commit(commit: StoreCommit): Promise<unknown>;
  /** Throws once the app is quitting: nothing more is sent. */
  checkpoint(): void;
  now(): Date;
}

/** The reset stopped short of its end for now (Google, the network, the sign-in); it resumes. */
export class ResetInterrupted extends Error {
  constructor(readonly sentence: LogSentence) {
    super(sentence.text);
  }
}

/** Deletes the plan's events still to do from Google, `size` per batch request. */
export async function deleteOnGoogle(
  plan: ResetPlan,
  google: GoogleGateway,
  size: number,
  steps: DeletionSteps,
): Promise<void> {
  const sendUpdates = plan.choices.notifyGuests ? 'all' : 'none';
  const todo = () => plan.google.filter((t) => t.state === 'todo');
  let attempt = 0;
  while (todo().length > 0) {
    const chunk = todo().slice(0, size);
    steps.checkpoint();
    const answers = await google.batch(
      chunk.map((t) => ({
        method: 'DELETE',
        path: `${eventsPath(t.calendarId, t.id)}?sendUpdates=${sendUpdates}`,
      })),
    );
    const entries: SyncLogEntry[] = [];
    let retryAfterMs = 0;
    let retrying = false;
    chunk.forEach((target, i) => {
      const answer = answers[i];
      const outcome = deletionAnswer(
        target,
        answer && 'failure' in answer ? answer.failure : null,
        steps.now().toISOString(),
      );
      if (outcome.type === 'auth') throw new ResetInterrupted(said('signInRefused'));
      if (outcome.type === 'retry') {
        retrying = true;
        retryAfterMs = Math.max(retryAfterMs, outcome.afterMs ?? 0);
        return;
      }
      target.state = outcome.type;
      if (outcome.type === 'failed') entries.push(outcome.log);
    });
    // The answers are known: write them down before anything else can go wrong.
    steps.save();
    if (entries.length > 0) await steps.commit({ log: entries });
    if (!retrying) {
      attempt = 0;
      continue;
    }
    if (++attempt >= google.backoff.maxAttempts) throw new ResetInterrupted(said('keptFailing'));
    await google.wait(attempt - 1, retryAfterMs || null);
  }
}
