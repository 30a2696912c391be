// Set-up for Reset Account's integration tests: the sync world (emulator, Dexie, the real
// clients, the engine) plus a ResetService on the same database with its plan kept in
// memory, wired to the engine the way SyncService wires them (the engine consults the
// reset's "only new events" filter). `restart` builds a new ResetService on the same plan,
// as the next start of the app would.
import { OAuth2Client } from 'google-auth-library';
import type { ResetChoices, ResetReport } from '../../../src-preload/contract';
import { createDexieLocalStore } from '../../../src-renderer/db/local-store';
import { googleEndpoints } from '../../../src-main/google/endpoints';
import { ResetService, type SavedReset } from '../../../src-main/sync/reset';
import type { StoredValue } from '../../../src-main/settings/stored-value';
import { CLIENT, startSyncWorld, type SyncWorld } from '../sync/harness';

export interface ResetWorld extends SyncWorld {
  reset: ResetService;
  /** How often the reset signed out of Google. */
  disconnects: number;
  run(
    existing: ResetChoices['existing'],
    next: ResetChoices['next'],
    notifyGuests?: boolean,
  ): Promise<ResetReport>;
  /** A new ResetService on the saved plan (the next start); it becomes `reset`. */
  restart(options?: ResetOptions): Promise<ResetService>;
}

export interface ResetOptions {
  fetch?: typeof fetch;
  batchSize?: number;
  maxAttempts?: number;
}

export async function startResetWorld(): Promise<ResetWorld> {
  const saved: StoredValue<SavedReset> & { value: unknown } = {
    value: undefined,
    read() {
      return structuredClone(this.value);
    },
    write(v) {
      this.value = structuredClone(v);
    },
  };
  let reset: ResetService | null = null;
  const w = await startSyncWorld({
    engine: {
      skipExisting: {
        remote: (c, i) => reset?.existingEvents.remote(c, i) ?? false,
        local: (c, id) => reset?.existingEvents.local(c, id) ?? false,
      },
    },
  });
  const endpoints = googleEndpoints(w.url);
  const tokens = await w.admin<{ refresh_token: string }>('tokens', {
    email: w.email,
    clientId: CLIENT.clientId,
  });
  const world = w as ResetWorld;
  world.disconnects = 0;
  world.restart = async (options = {}) => {
    reset = new ResetService({
      store: createDexieLocalStore(w.db),
      endpoints,
      saved,
      sleep: async () => undefined,
      backoff: { baseMs: 1, maxMs: 2, maxAttempts: options.maxAttempts ?? 6 },
      batchSize: options.batchSize,
      fetch: options.fetch,
      account: {
        status: async () => ({ state: 'connected', account: w.email }),
        authorizedClient: async () => {
          const client = new OAuth2Client({
            clientId: CLIENT.clientId,
            clientSecret: CLIENT.clientSecret,
            endpoints: { oauth2TokenUrl: endpoints.tokenUrl },
          });
          client.setCredentials({ refresh_token: tokens.refresh_token });
          return client;
        },
        disconnect: async () => void world.disconnects++,
      },
    });
    world.reset = reset;
    return reset;
  };
  world.run = (existing, next, notifyGuests = false) =>
    world.reset.reset({ existing, next, notifyGuests });
  await world.restart();
  return world;
}
