// Everything the emulator knows: Google accounts and their calendar lists, calendars and
// their event stores, OAuth clients, codes and tokens, the emails Google would have sent,
// the request log, the colour palettes, and the knobs tests turn (consent mode, faults,
// latency, quota, clock).
// One World per server; `reset()` empties it.

import { Clock } from './clock.js';
import { defaultPalettes, type Palettes } from './colors.js';
import { EventStore } from './event-store.js';
import type { ActiveFault } from './faults.js';
import { Quota } from './quota.js';
import type { Setting } from './settings.js';

export interface Account {
  email: string;
  name: string;
  timeZone: string;
  /** calendarId → this user's calendar-list entry. */
  calendarList: Map<string, ListEntry>;
  listHead: number;
  listEpoch: number;
  /** Google Calendar's UI settings (settings.ts); made from the defaults on first read. */
  settings?: Map<string, Setting>;
}

export type AccessRole = 'freeBusyReader' | 'reader' | 'writer' | 'owner';

export interface ListEntry {
  calendarId: string;
  accessRole: AccessRole;
  primary: boolean;
  colorId: string;
  hidden: boolean;
  deleted: boolean;
  selected: boolean;
  /** The reminders events of this calendar get when they use the default (per user). */
  defaultReminders: Reminder[];
  summaryOverride?: string;
  /** Colours chosen as RGB (colorRgbFormat=true) instead of the palette entry's. */
  backgroundColor?: string;
  foregroundColor?: string;
  /** Calendar-list change sequence of the last change to this entry. */
  seq: number;
  etag: string;
}

export interface Reminder {
  method: 'email' | 'popup';
  minutes: number;
}

export interface Calendar {
  id: string;
  summary: string;
  description?: string;
  location?: string;
  timeZone: string;
  etag: string;
  updated: string;
  store: EventStore;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  type: 'desktop' | 'web';
  redirectUris: string[];
  publishing: 'testing' | 'production';
  testUsers: string[];
  /** Shown on the consent page; defaults to the client id. */
  name?: string;
  /** Verified apps skip the "Google hasn't verified this app" warning. */
  verified?: boolean;
}

export interface AccessToken {
  token: string;
  email: string;
  clientId: string;
  scope: string[];
  expiresAt: number;
  refreshToken?: string;
  revoked: boolean;
}

export interface RefreshToken {
  token: string;
  email: string;
  clientId: string;
  scope: string[];
  issuedAt: number;
  expiresAt?: number;
  revoked: boolean;
}

export interface AuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  email: string;
  scope: string[];
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAt: number;
  used: boolean;
}

export interface Notification {
  to: string;
  kind: 'invitation' | 'update' | 'cancellation';
  calendarId: string;
  eventId: string;
  at: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  status: number;
  batched: boolean;
  at: string;
  /** The response was withheld by an injected drop fault (status 0: the call never ran). */
  dropped?: boolean;
  /** The account whose access token came with the call (absent: none, or one Google does not know). */
  user?: string;
}

export interface ConsentSetting {
  mode: 'page' | 'approve' | 'deny';
  email?: string;
}

export class World {
  readonly clock = new Clock();
  readonly accounts = new Map<string, Account>();
  readonly calendars = new Map<string, Calendar>();
  readonly clients = new Map<string, OAuthClient>();
  readonly accessTokens = new Map<string, AccessToken>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  readonly codes = new Map<string, AuthCode>();
  notifications: Notification[] = [];
  requests: RequestRecord[] = [];
  consent: ConsentSetting = { mode: 'page' };
  faults: ActiveFault[] = [];
  latencyMs = 0;
  colors: Palettes = defaultPalettes();
  readonly quota: Quota;
  private lastEtag = 0;
  private calendarCounter = 0;

  constructor(options: { latencyMs?: number; quotaPerUserPerMinute?: number } = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.quota = new Quota(this.clock, options.quotaPerUserPerMinute);
  }

  reset(): void {
    this.accounts.clear();
    this.calendars.clear();
    this.clients.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    this.notifications = [];
    this.requests = [];
    this.consent = { mode: 'page' };
    this.faults = [];
    this.latencyMs = 0;
    this.colors = defaultPalettes();
    this.quota.reset();
    this.clock.reset();
  }

  /**
   * A fresh etag, strictly increasing across the whole emulator. Google's look like a quoted
   * microsecond timestamp; clients must only compare them for equality.
   */
  nextEtag(): string {
    this.lastEtag = Math.max(this.lastEtag + 1, this.clock.now() * 1000);
    return `"${this.lastEtag}"`;
  }

  addAccount(email: string, name?: string, timeZone = 'UTC'): Account {
    const existing = this.accounts.get(email);
    if (existing) return existing;
    const account: Account = {
      email,
      name: name ?? email.split('@')[0] ?? email,
      timeZone,
      calendarList: new Map(),
      listHead: 0,
      listEpoch: 0,
    };
    this.accounts.set(email, account);
    this.createCalendar(email, email, timeZone);
    this.addToList(account, email, 'owner', true);
    return account;
  }

  createCalendar(id: string, summary: string, timeZone: string): Calendar {
    const calendar: Calendar = {
      id,
      summary,
      timeZone,
      etag: this.nextEtag(),
      updated: this.clock.iso(),
      store: new EventStore(id, () => calendar.timeZone),
    };
    this.calendars.set(id, calendar);
    return calendar;
  }

  /** A secondary calendar id in the shape Google gives them. */
  newCalendarId(): string {
    this.calendarCounter += 1;
    return `${Date.now().toString(32)}${this.calendarCounter.toString(32)}fake@group.calendar.google.com`;
  }

  addToList(
    account: Account,
    calendarId: string,
    accessRole: AccessRole,
    primary = false,
  ): ListEntry {
    const entry: ListEntry = {
      calendarId,
      accessRole,
      primary,
      colorId: String((account.calendarList.size % 24) + 1),
      hidden: false,
      deleted: false,
      selected: true,
      // Google gives calendars one can write to a 10-minute popup; read-only ones none.
      defaultReminders:
        accessRole === 'owner' || accessRole === 'writer' ? [{ method: 'popup', minutes: 10 }] : [],
      seq: ++account.listHead,
      etag: this.nextEtag(),
    };
    account.calendarList.set(calendarId, entry);
    return entry;
  }
}
