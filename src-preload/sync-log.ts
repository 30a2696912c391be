// The sync log: what sync did and what went wrong, one line per cycle and per problem,
// kept in the renderer's IndexedDB and shown in Preferences → Sync log.

export type LogLevel = 'info' | 'warn' | 'error';

export interface SyncLogEntry {
  id?: number;
  at: string;
  level: LogLevel;
  calendarId?: string;
  eventId?: string;
  code?: string;
  message: string;
  detail?: unknown;
}
