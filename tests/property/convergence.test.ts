// Convergence under faults, model-based in the style of vdirsyncer's SyncMachine, with two
// Google accounts synced side by side into one local database (each with its own engine, as
// SyncService runs them). fast-check generates a list of commands (convergence-commands.ts),
// most of which pick an account: edits on this computer (convergence-local.ts: through the
// renderer's event operations, repeating events in all three scopes, guest changes, an editor
// opened on a snapshot that saves one changed field after other commands ran, and moves of an
// event or a whole series between two Google calendars of an account, the calendar kept here
// and the other account), edits on Google (convergence-remote.ts: through the real API, as
// another client signed in to that account), faults injected into the emulator for one
// account's calls (5xx, one kind of write refused for a whole sync while reads go on, a
// response lost before or after Google applied the write, 410 on the sync token, 412, 429/403
// with Retry-After, an expired access token), the app killed between an account's push and
// its acknowledgement and restarted from its stored state, and syncs of one account or both at
// once. Throughout, an account no fault hit syncs without failing, whatever the other's faults.
// Once the faults stop and each account has synced twice (convergence-invariants.ts):
// - each account's Google calendars hold the same events as its calendars here, field for
//   field (a normalized projection);
// - every edit (text or move) of a plain event or a whole series, made here or on Google, and
//   of one occurrence on Google, is on Google (and so here), or in the sync log as a conflict
//   loser, or was replaced by a later edit or delete of the same thing;
// - no event is duplicated (by id, by iCalUID, or by content);
// - the outbox is empty, and nothing was parked but instance edits Google has no instance for;
// - Google emailed nobody about an event unless the user chose Send for it;
// - a sync with nothing changed is one read per calendar of each account, writing nothing.
//
// ALMANAC_PROPERTY_RUNS sets the number of runs (400 in `npm test`, 5,000 in `npm run
// test:soak`), ALMANAC_PROPERTY_COMMANDS the longest command list (30 in `npm test`, 40 in the
// soak: most of what the suite found took 20 to 40 commands to set up); ALMANAC_PROPERTY_SEED and
// ALMANAC_PROPERTY_PATH replay a failure; ALMANAC_PROPERTY_DEBUG=1 prints its log and requests.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { startFakeGoogle, type FakeGoogle } from '../fake-google/index.js';
import { command, isLocal, type Command } from './convergence-commands';
import { FOUND } from './convergence-found';
import { newModel, type Model } from './convergence-model';
import { runLocal } from './convergence-local';
import { runRemote } from './convergence-remote';
import { checkInvariants, checkQuiet, settle } from './convergence-invariants';
import { CALENDAR_ZONES, startRun, type RunWorld } from './convergence-world';

const RUNS = Number(process.env.ALMANAC_PROPERTY_RUNS ?? 400);
/** More runs than this is a soak. */
const SOAK = 1000;
// Chosen here rather than by fast-check, so a soak stopped before its end can still be named.
// `npm test` takes it from the commit checked out: each commit explores other command lists,
// and CI on a clean clone of a commit runs the very lists its author's run did, so what it
// reports can be replayed rather than being a coin toss. A soak draws a new one every time.
const SEED = process.env.ALMANAC_PROPERTY_SEED
  ? Number(process.env.ALMANAC_PROPERTY_SEED)
  : ((RUNS <= SOAK ? commitSeed() : null) ??
    (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0);
/** A soak says how far it got every so often (it runs for half an hour or more). */
const PROGRESS_EVERY = RUNS > SOAK ? 250 : Infinity;
const PATH = process.env.ALMANAC_PROPERTY_PATH;
const MAX_COMMANDS = Number(process.env.ALMANAC_PROPERTY_COMMANDS ?? 30);

// ---- the property -----------------------------------------------------------------------

let google: FakeGoogle;
beforeAll(async () => {
  google = await startFakeGoogle({ quotaPerUserPerMinute: 1_000_000 });
});
afterAll(() => google?.close());

/** One run: a fresh world, the commands, two quiet syncs, then every invariant. */
async function runCommands(calendarZone: string, commands: Command[]): Promise<void> {
  const w = await startRun(google, calendarZone);
  try {
    for (const account of w.accounts) await account.engine.syncAll();
    await w.db.calendars.update(w.work, { syncEnabled: true });
    await w.engine.syncAll();
    const model = newModel();
    for (const [i, cmd] of commands.entries()) await run(w, model, cmd, i);
    await settle(w);
    await checkInvariants(w, model);
    await checkQuiet(w);
  } catch (error) {
    if (process.env.ALMANAC_PROPERTY_DEBUG) {
      const log = (await w.db.syncLog.toArray()).filter(
        (l) => l.code !== 'sync' || l.level !== 'info',
      );
      console.error(
        JSON.stringify(
          {
            log,
            outbox: await w.db.outbox.toArray(),
            requests: google.world.requests.filter((r) => r.method !== 'GET' || r.status >= 400),
          },
          null,
          1,
        ),
      );
    }
    throw error;
  } finally {
    await w.close();
  }
}

test(
  `local and Google converge under faults (${RUNS} runs)`,
  { timeout: Math.max(PATH ? 600_000 : 60_000, RUNS * 3_000) },
  async () => {
    const started = Date.now();
    let runs = 0;
    if (PROGRESS_EVERY !== Infinity) console.info(`convergence: ${RUNS} runs, seed ${SEED}`);
    const property = fc.asyncProperty(
      fc.constantFrom(...CALENDAR_ZONES),
      fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS, size: 'max' }),
      async (zone: string, commands: Command[]) => {
        await runCommands(zone, commands);
        if (++runs % PROGRESS_EVERY === 0)
          console.info(
            `convergence: ${runs} runs passed in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${SEED})`,
          );
      },
    );
    const details = await fc.check(property, {
      numRuns: RUNS,
      seed: SEED,
      ...(PATH ? { path: PATH } : {}),
      endOnFailure: RUNS > SOAK,
    });
    if (details.failed) {
      const replay = `ALMANAC_PROPERTY_SEED=${details.seed} ALMANAC_PROPERTY_PATH=${details.counterexamplePath ?? ''} ALMANAC_PROPERTY_RUNS=1 npx vitest run tests/property`;
      console.error(
        `Convergence failed. seed=${details.seed} path=${details.counterexamplePath}\nReplay: ${replay}\n${describeError(details.errorInstance)}`,
      );
    }
    console.info(
      `convergence: ${details.numRuns} runs in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${details.seed})`,
    );
    expect(details.failed ? fc.defaultReportMessage(details) : null).toBeNull();
  },
);

// What the soak found, as fixed command lists: each runs whatever the seed, in every `npm test`.
for (const found of FOUND)
  test(`soak counterexample: ${found.name}`, () => runCommands(found.zone, found.commands));

/** One command: on this computer, or on Google and around the app. */
function run(w: RunWorld, model: Model, cmd: Command, i: number): Promise<void> {
  return isLocal(cmd) ? runLocal(w, model, cmd, i) : runRemote(w, model, cmd, i);
}

/** The failure with the values it compared, so a soak failure can be read without a rerun. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const compared = error as Error & { actual?: unknown; expected?: unknown };
  const values =
    'actual' in compared
      ? `\nactual:   ${JSON.stringify(compared.actual)}\nexpected: ${JSON.stringify(compared.expected)}`
      : '';
  return `${error.stack ?? error.message}${values}`;
}

/** The commit checked out, as a seed; null outside a git checkout. */
function commitSeed(): number | null {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /^[0-9a-f]{8}/.test(head) ? Number.parseInt(head.slice(0, 8), 16) | 0 : null;
  } catch {
    return null;
  }
}
