// The reminder schedule as the app runs it. It lives in the renderer, next to the data: the
// page stays alive in both shells while Almanac runs (Electron hides the window to the tray
// rather than closing it), so reminders go on with the window closed, and the schedule
// reads the local calendar without a round trip. It plans the next day of reminders
// whenever events, calendars or settings change (from the editor, from sync, from another
// tab), and keeps ONE timer, for the next moment anything is due; the timer is never set
// further than a minute ahead, so sleep or a changed system clock cost at most a minute.
//
// When something falls due it is first recorded in IndexedDB (one transaction, so two tabs
// never both show it), then shown (see `outcomeOf` in reminder-due.ts, with the other rules
// of what is due and when to look again): on time as its own notification, after a gap
// (sleep, a closed app, a crash) grouped once as "N reminders while you were away", and
// never for an event that has ended. Showing is the presenter's job (the system's
// notification centre through main, Web Notifications, or the in-app panel).
import Dexie from 'dexie';
import type { AgendaItem, ReminderNotice, SnoozeChoice } from '../../src-preload/reminder-messages';
import type { BridgeError } from '../../src-preload/contract';
import type { AlmanacDatabase } from '../db/database';
import type { Occurrence } from '../calendar/model/types';
import { meetLinkOf } from '../calendar/model/conference';
import { planReminders, type ReminderPlan } from './reminder-plan';
import { MAX_WAIT_MS, dueReminders, nextWakeAt, outcomeOf } from './reminder-due';
import {
  claim,
  pruneRecords,
  readCheckedAt,
  readRecords,
  updateRecord,
  writeCheckedAt,
  type Claim,
  type ReminderRecord,
} from './reminder-state';
import { agendaOf } from './tray-agenda';
import {
  groupNotice,
  noticeFor,
  panelItems,
  samePanel,
  testNotice,
  type LinkProblem,
  type PanelItem,
  type PanelState,
} from './reminder-notices';

export type { LinkProblem, PanelItem, PanelState } from './reminder-notices';

export interface ReminderClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderPreferences {
  enabled: boolean;
  /** The user's zone: all-day reminders and the words of every notification follow it. */
  zone: string;
  snoozeMinutes: 5 | 10 | 15;
  sound: boolean;
}

/** Where reminders appear. */
export interface ReminderPresenter {
  /** `shown`: somewhere outside the page; `actions`: with Snooze and Dismiss on it. */
  show(notice: ReminderNotice): Promise<{ shown: boolean; actions: boolean }>;
  close(key: string): void;
  /** Hands the link to the browser; resolves with why it could not, or null once it did. */
  openLink(url: string): Promise<BridgeError | null>;
  agenda(items: AgendaItem[]): void;
}

export type ReminderUserAction = 'open' | 'join' | 'dismiss' | { snooze: SnoozeChoice };

/** How often, at most, "when the schedule last looked" is written when nothing fires. */
const CHECKED_AT_EVERY_MS = 5 * 60_000;

export class ReminderEngine {
  private prefs: ReminderPreferences | null = null;
  private plan: ReminderPlan | null = null;
  private records = new Map<string, ReminderRecord>();
  private checkedAt: number | null = null;
  private savedCheckedAt = 0;
  private prunedAt = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private wanted = false;
  private stale = true;
  private recordsStale = true;
  private stopped = false;
  private systemActions = false;
  private panel: PanelState = { items: [], systemActions: false, linkProblem: null };
  private linkProblem: LinkProblem | null = null;
  private lastAgenda = '';
  private readonly listeners = new Set<() => void>();
  private readonly openListeners = new Set<(occurrence: Occurrence) => void>();
  private readonly clock: ReminderClock;
  private unwatch: () => void = () => undefined;

  constructor(
    private readonly db: AlmanacDatabase,
    private readonly presenter: ReminderPresenter,
    clock?: ReminderClock,
  ) {
    this.clock = clock ?? {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  /** Follows the database from now on; the first plan runs once preferences arrive. */
  start(): void {
    const prefix = `idb://${this.db.name}/`;
    const planned = ['events/', 'calendars/', 'calendarDisplay/'].map((t) => prefix + t);
    const state = `${prefix}reminders/`;
    const listener = (parts: Record<string, unknown>) => {
      const keys = Object.keys(parts);
      if (keys.some((k) => planned.some((p) => k.startsWith(p)))) this.wake(true);
      else if (keys.some((k) => k.startsWith(state))) this.wake(false, true);
    };
    Dexie.on('storagemutated', listener);
    this.unwatch = () => Dexie.on('storagemutated').unsubscribe(listener);
  }

  stop(): void {
    this.stopped = true;
    this.unwatch();
    this.clearTimer();
  }

  setPreferences(prefs: ReminderPreferences): void {
    const before = this.prefs;
    this.prefs = prefs;
    if (before?.enabled === false && prefs.enabled) {
      // What fell due while reminders were off is not "missed".
      this.checkedAt = this.clock.now();
    }
    this.wake(!before || before.zone !== prefs.zone || before.enabled !== prefs.enabled);
  }

  /** Resolves once no planning or checking is under way (tests moving a fake clock wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  getPanel = (): PanelState => this.panel;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Told when the user asks to see a reminder's event. */
  onOpen(listener: (occurrence: Occurrence) => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  /** The user acted on a reminder: in the panel, on a notification, or in the tray. */
  async act(key: string, action: ReminderUserAction): Promise<void> {
    const planned = this.plan?.occurrences.get(key);
    if (action === 'open') {
      if (planned) for (const listener of this.openListeners) listener(planned.occurrence);
      return;
    }
    if (this.linkProblem?.key === key) this.showLinkProblem(null);
    if (action === 'join') {
      const url = planned && meetLinkOf(planned.occurrence.event);
      const failed = url ? await this.presenter.openLink(url) : null;
      // A Join that opens nothing reads as a broken button: the reminder stays, saying why.
      if (failed) return this.showLinkProblem({ key, error: failed });
      if (!this.records.has(key)) return;
    }
    let change: Parameters<typeof updateRecord>[2] = { status: 'dismissed' };
    if (typeof action === 'object') {
      const now = this.clock.now();
      const minutes = action.snooze === 'start' ? null : action.snooze;
      const untilStart = planned && planned.startMs > now ? planned.startMs : null;
      const snoozeUntil =
        minutes === null && untilStart !== null
          ? untilStart
          : now + (minutes ?? this.prefs?.snoozeMinutes ?? 10) * 60_000;
      change = { status: 'snoozed', snoozeUntil };
    }
    const record = await updateRecord(this.db, key, change);
    if (record) this.records.set(key, record);
    this.presenter.close(key);
    this.publishPanel();
    this.wake(false);
  }

  /** The panel's Dismiss on a link that could not be opened. */
  dismissLinkProblem(): void {
    this.showLinkProblem(null);
  }

  /** Preferences → Notifications → "Test notification". */
  async testNotification(): Promise<{ shown: boolean }> {
    const result = await this.presenter.show(testNotice(this.prefs?.sound ?? true));
    return { shown: result.shown };
  }

  // ---------------------------------------------------------------------------------------

  /** Asks for a check (and a new plan when `replan`); runs are never concurrent. */
  private wake(replan: boolean, rereadRecords = false): void {
    if (this.stopped) return;
    if (replan) this.stale = true;
    if (rereadRecords) this.recordsStale = true;
    this.wanted = true;
    if (this.running) return;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    while (this.wanted && !this.stopped) {
      this.wanted = false;
      try {
        await this.runOnce();
      } catch (error) {
        console.error('[almanac] the reminder schedule failed; it tries again shortly:', error);
      }
    }
    this.arm();
  }

  private async runOnce(): Promise<void> {
    const prefs = this.prefs;
    if (!prefs) return;
    if (this.checkedAt === null)
      this.checkedAt = (await readCheckedAt(this.db)) ?? this.clock.now();
    let now = this.clock.now();
    if (this.stale || !this.plan || now >= this.plan.until - MAX_WAIT_MS) {
      this.stale = false;
      this.plan = await planReminders(this.db, now, prefs.zone);
      this.recordsStale = true;
    }
    if (this.recordsStale) {
      this.recordsStale = false;
      this.records = await readRecords(this.db);
    }
    now = this.clock.now();
    // Off, nothing shows and nothing is recorded; the tray's agenda still follows the events.
    if (prefs.enabled) {
      await this.fireDue(this.plan, prefs, now);
      await this.cancelGone(this.plan, now);
    }
    this.checkedAt = Math.max(this.checkedAt, now);
    if (now - this.savedCheckedAt >= CHECKED_AT_EVERY_MS) {
      this.savedCheckedAt = now;
      await writeCheckedAt(this.db, now);
    }
    if (now - this.prunedAt >= 3_600_000) {
      this.prunedAt = now;
      await pruneRecords(this.db, now - 86_400_000);
    }
    this.publishPanel();
    this.publishAgenda(this.plan, prefs, now);
  }

  /** Records and shows what fell due: on time, missed or late, as `outcomeOf` says. */
  private async fireDue(
    plan: ReminderPlan,
    prefs: ReminderPreferences,
    now: number,
  ): Promise<void> {
    const due = dueReminders(plan, this.records, now);
    if (due.size === 0) return;

    const checkedAt = this.checkedAt ?? now;
    const claims: Claim[] = [...due.values()].map((d) => ({
      key: d.entry.occurrence.instanceId,
      start: d.entry.start,
      endMs: d.entry.endMs,
      minutes: d.minutes,
      ...(d.snoozeUntil !== undefined ? { snoozeUntil: d.snoozeUntil } : {}),
      outcome: outcomeOf(d.at, now, checkedAt, d.entry.startMs, d.snoozeUntil !== undefined),
    }));
    const written = await claim(this.db, claims, now);
    for (const { record } of written) this.records.set(record.key, record);
    this.savedCheckedAt = now;

    const shown = written.filter((w) => w.claim.outcome === 'show').map((w) => w.claim.key);
    const missed = written.filter((w) => w.claim.outcome === 'missed').map((w) => w.claim.key);
    const notices = shown.map((key) => noticeFor(plan.occurrences.get(key)!, prefs, now));
    if (missed.length === 1) notices.push(noticeFor(plan.occurrences.get(missed[0]!)!, prefs, now));
    if (missed.length > 1)
      notices.push(
        groupNotice(
          missed.map((k) => plan.occurrences.get(k)!),
          prefs,
        ),
      );
    for (const notice of notices) {
      const result = await this.presenter.show(notice);
      this.systemActions = result.actions;
    }
  }

  /** Reminders waiting for an occurrence that was deleted, declined, moved, hidden or has ended go. */
  private async cancelGone(plan: ReminderPlan, now: number): Promise<void> {
    for (const record of [...this.records.values()]) {
      if (record.status !== 'active' && record.status !== 'snoozed') continue;
      const entry = plan.occurrences.get(record.key);
      if (entry && entry.start === record.start && entry.endMs > now) continue;
      const next = await updateRecord(this.db, record.key, { status: 'dismissed' });
      if (next) this.records.set(record.key, next);
      this.presenter.close(record.key);
    }
  }

  private publishPanel(): void {
    const plan = this.plan;
    const prefs = this.prefs;
    if (!plan || !prefs?.enabled) return this.setPanel([]);
    this.setPanel(panelItems(plan, this.records.values(), prefs.zone, this.clock.now()));
  }

  private setPanel(items: PanelItem[]): void {
    if (
      this.panel.systemActions === this.systemActions &&
      this.panel.linkProblem === this.linkProblem &&
      samePanel(this.panel.items, items)
    )
      return;
    this.panel = { items, systemActions: this.systemActions, linkProblem: this.linkProblem };
    for (const listener of this.listeners) listener();
  }

  private showLinkProblem(problem: LinkProblem | null): void {
    this.linkProblem = problem;
    this.setPanel(this.panel.items);
  }

  private publishAgenda(plan: ReminderPlan, prefs: ReminderPreferences, now: number): void {
    const items = agendaOf(plan, prefs.zone, now);
    const text = JSON.stringify(items);
    if (text === this.lastAgenda) return;
    this.lastAgenda = text;
    this.presenter.agenda(items);
  }

  /** The one timer: at the next reminder, snooze, agenda change or re-plan, or a minute from now. */
  private arm(): void {
    this.clearTimer();
    if (this.stopped || !this.prefs) return;
    const now = this.clock.now();
    const next = nextWakeAt(this.plan, this.records, this.panel.items, this.prefs, now);
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = null;
        this.wake(false);
      },
      Math.max(0, next - now),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
