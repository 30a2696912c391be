// The convergence suite's commands: what a person does here (through the renderer's event
// operations) and on Google (as another client), faults, restarts and syncs, and how
// fast-check generates them. Commands bound to an account (creates, Google-side edits,
// faults, crashes, syncs) name it: 0 is the first account (with its Work calendar), 1 the
// other; a command without one is the first account's (a sync without one syncs both).
import fc from 'fast-check';
import type { SendUpdates } from '../../src-preload/local-store';
import type { EditScope } from '../../src-renderer/calendar/model/types';
import { CALENDAR_ZONES } from './convergence-world';

export type TextField = 'summary' | 'location' | 'description';
/** An account by its place in ACCOUNTS. */
export type AccountPick = 0 | 1;

export type Command =
  | {
      t: 'localCreate';
      day: number;
      hour: number;
      repeat: boolean;
      guests: boolean;
      send: SendUpdates;
      account?: AccountPick;
    }
  | { t: 'localEdit'; pick: number; field: TextField; scope: EditScope; send: SendUpdates }
  | { t: 'localMove'; pick: number; hours: number; scope: EditScope; send: SendUpdates }
  | { t: 'localGuests'; pick: number; add: boolean; scope: EditScope; send: SendUpdates }
  | { t: 'localDelete'; pick: number; scope: EditScope; send: SendUpdates }
  /** The editor opens on an occurrence as it is now; later commands run while it stays open. */
  | { t: 'editorOpen'; pick: number }
  /** The open editor saves one changed field, as the editor saves (db/event-writes saveEdits). */
  | { t: 'editorSave'; field: TextField; scope: EditScope; send: SendUpdates }
  /**
   * The Calendar field: the event (a series as a whole) moves to another calendar: the first
   * account's primary or Work, the calendar kept here, or the other account's primary (a copy
   * in one account and a delete in the other).
   */
  | {
      t: 'calendarMove';
      pick: number;
      to: 'primary' | 'work' | 'mine' | 'other';
      send: SendUpdates;
    }
  | {
      t: 'remoteCreate';
      day: number;
      hour: number;
      repeat: boolean;
      guests: boolean;
      account?: AccountPick;
    }
  | {
      t: 'remoteEdit';
      pick: number;
      instance: number | null;
      field: TextField;
      account?: AccountPick;
    }
  | { t: 'remoteMove'; pick: number; instance: number | null; hours: number; account?: AccountPick }
  | { t: 'remoteGuests'; pick: number; add: boolean; account?: AccountPick }
  | { t: 'remoteDelete'; pick: number; instance: number | null; account?: AccountPick }
  | { t: 'remoteZone'; zone: string; account?: AccountPick }
  /** A fault in one account's calls: the other account's syncs go on unharmed. */
  | { t: 'fault'; fault: Fault; account?: AccountPick }
  | { t: 'restart' }
  /** The app is killed while one account pushes, and started again. */
  | { t: 'crashBeforeAck'; account?: AccountPick }
  /** One account syncs, or both side by side (`both`, as SyncService runs them). */
  | { t: 'sync'; account?: AccountPick | 'both' };

/** The commands given on this computer (the rest happen on Google or to the app). */
export const LOCAL_COMMANDS = [
  'localCreate',
  'editorOpen',
  'editorSave',
  'localEdit',
  'localMove',
  'localGuests',
  'localDelete',
  'calendarMove',
] as const;
export type LocalCommand = Extract<Command, { t: (typeof LOCAL_COMMANDS)[number] }>;
export type RemoteCommand = Exclude<Command, LocalCommand>;

export function isLocal(cmd: Command): cmd is LocalCommand {
  return (LOCAL_COMMANDS as readonly string[]).includes(cmd.t);
}

export type Fault =
  | { kind: '5xx'; status: 500 | 502 | 503; times: number }
  | {
      kind: 'drop';
      when: 'before-apply' | 'after-apply';
      method: 'POST' | 'PATCH' | 'DELETE';
      times: number;
    }
  | { kind: 'sync-token-expired' }
  | { kind: '412'; times: number }
  | { kind: 'writes-refused'; method: 'POST' | 'PATCH' | 'DELETE' }
  /** Google answers nothing of the account's but 503, for longer than a sync retries. */
  | { kind: 'outage' }
  | { kind: 'rate-limit'; status: 429 | 403; retryAfter: number; times: number }
  | { kind: 'access-token-expired' };

const send = fc.constantFrom<SendUpdates>('none', 'none', 'all', 'externalOnly');
const scope = fc.constantFrom<EditScope>('this', 'following', 'all');
const pick = fc.nat(50);
const field = fc.constantFrom<TextField>('summary', 'location', 'description');
const instance = fc.option(fc.nat(3), { nil: null });
const hours = fc.constantFrom(-26, -2, -1, 1, 3, 24, 49);
/** Most commands go to the first account, which has two Google calendars to the other's one. */
const account = fc.constantFrom<AccountPick>(0, 0, 1);

const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({
    kind: fc.constant('5xx' as const),
    status: fc.constantFrom(500 as const, 502 as const, 503 as const),
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    when: fc.constantFrom('before-apply' as const, 'after-apply' as const),
    method: fc.constantFrom('POST' as const, 'PATCH' as const, 'DELETE' as const),
    times: fc.integer({ min: 1, max: 2 }),
  }),
  fc.constant({ kind: 'sync-token-expired' as const }),
  fc.record({ kind: fc.constant('412' as const), times: fc.integer({ min: 1, max: 2 }) }),
  fc.constant({ kind: 'outage' as const }),
  fc.record({
    kind: fc.constant('writes-refused' as const),
    method: fc.constantFrom('POST' as const, 'PATCH' as const, 'DELETE' as const),
  }),
  fc.record({
    kind: fc.constant('rate-limit' as const),
    status: fc.constantFrom(429 as const, 403 as const),
    retryAfter: fc.integer({ min: 1, max: 30 }),
    times: fc.integer({ min: 1, max: 2 }),
  }),
  fc.constant({ kind: 'access-token-expired' as const }),
);

export const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('localCreate' as const),
      day: fc.nat(6),
      hour: fc.integer({ min: 7, max: 18 }),
      repeat: fc.boolean(),
      guests: fc.boolean(),
      send,
      account,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ t: fc.constant('localEdit' as const), pick, field, scope, send }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('localMove' as const), pick, hours, scope, send }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('editorOpen' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('editorSave' as const), field, scope, send }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('calendarMove' as const),
      pick,
      to: fc.constantFrom<'primary' | 'work' | 'mine' | 'other'>(
        'primary',
        'work',
        'work',
        'mine',
        'other',
      ),
      send,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('localGuests' as const),
      pick,
      add: fc.boolean(),
      scope,
      send,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('localDelete' as const), pick, scope, send }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('remoteCreate' as const),
      day: fc.nat(6),
      hour: fc.integer({ min: 7, max: 18 }),
      repeat: fc.boolean(),
      guests: fc.boolean(),
      account,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('remoteEdit' as const),
      pick,
      instance,
      field,
      account,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('remoteMove' as const),
      pick,
      instance,
      hours,
      account,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('remoteGuests' as const),
      pick,
      add: fc.boolean(),
      account,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('remoteDelete' as const), pick, instance, account }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('remoteZone' as const),
      zone: fc.constantFrom(...CALENDAR_ZONES),
      account,
    }),
  },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('fault' as const), fault, account }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('crashBeforeAck' as const), account }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('sync' as const),
      account: fc.constantFrom<AccountPick | 'both'>('both', 'both', 0, 1),
    }),
  },
);
