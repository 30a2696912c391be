// The reminder schedule under a fake clock: a real Dexie database (fake-indexeddb), the real
// engine, a clock whose timers run only when the test moves time, and a presenter that
// records what would have appeared on screen.
import 'fake-indexeddb/auto';
import type { AgendaItem, ReminderNotice } from '../../../src-preload/reminder-messages';
import type { BridgeError } from '../../../src-preload/contract';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import {
  ReminderEngine,
  type ReminderClock,
  type ReminderPreferences,
  type ReminderPresenter,
} from '../../../src-renderer/reminders/reminder-engine';

export const BERLIN: ReminderPreferences = {
  enabled: true,
  zone: 'Europe/Berlin',
  snoozeMinutes: 10,
  sound: true,
};

/** setTimeout and Date.now for the engine only; `advanceTo` fires due timers in order. */
export class FakeClock implements ReminderClock {
  private timers = new Map<number, { at: number; fn: () => void }>();
  private nextId = 1;
  /** Every timer ever set, for checking that only one is alive at a time. */
  maxAlive = 0;

  constructor(public t: number) {}

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    this.maxAlive = Math.max(this.maxAlive, this.timers.size);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get alive(): number {
    return this.timers.size;
  }

  /** Moves time to `target`, firing each due timer and letting the engines settle after it. */
  async advanceTo(target: number, ...engines: ReminderEngine[]): Promise<void> {
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers) if (!next || entry[1].at < next[1].at) next = entry;
      if (!next || next[1].at > target) break;
      this.t = Math.max(this.t, next[1].at);
      this.timers.delete(next[0]);
      next[1].fn();
      for (const engine of engines) await engine.idle();
    }
    this.t = target;
  }

  /** Jumps without firing anything (the machine slept, or the app was not running). */
  jumpTo(target: number): void {
    this.t = target;
  }
}

export interface Shown extends ReminderNotice {
  at: number;
}

export class RecordingPresenter implements ReminderPresenter {
  shown: Shown[] = [];
  closed: string[] = [];
  links: string[] = [];
  agendas: AgendaItem[][] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly actions = false,
  ) {}

  async show(notice: ReminderNotice) {
    this.shown.push({ ...notice, at: this.clock.now() });
    return { shown: true, actions: this.actions };
  }
  close(key: string) {
    this.closed.push(key);
  }
  /** What main answers a link with: null once the browser has it, else why not. */
  linkAnswer: BridgeError | null = null;
  async openLink(url: string) {
    this.links.push(url);
    return this.linkAnswer;
  }
  agenda(items: AgendaItem[]) {
    this.agendas.push(items);
  }

  titles(): string[] {
    return this.shown.map((s) => s.title);
  }
}

/** One running app: an engine on `db` with `prefs`, settled after its first plan. */
export async function startSchedule(
  db: AlmanacDatabase,
  clock: FakeClock,
  prefs: ReminderPreferences = BERLIN,
): Promise<{ engine: ReminderEngine; presenter: RecordingPresenter }> {
  const presenter = new RecordingPresenter(clock);
  const engine = new ReminderEngine(db, presenter, clock);
  engine.start();
  engine.setPreferences(prefs);
  await settle(engine);
  return { engine, presenter };
}

/** Lets Dexie's change events reach the engines and waits for them to finish planning. */
export async function settle(...engines: ReminderEngine[]): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const engine of engines) await engine.idle();
  }
}

/** ms of a wall time in Berlin in summer (UTC+2): berlin('2026-06-10', '10:00'). */
export function berlin(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+02:00`);
}
