// The Google emulator as a library: start it on 127.0.0.1 for a test, a benchmark or the demo.
// See admin-routes.ts for the admin API and DESIGN.md §5 for what it is for.

import type { Server } from 'node:http';
import { listen } from './server.js';
import { applySeed, type SeedData } from './seed.js';
import { World } from './world.js';

export type { SeedData, SeedAccount, SeedCalendar, SeedClient, SeedEvent } from './seed.js';
export type { FaultRule } from './faults.js';
export type { Notification, RequestRecord } from './world.js';
export { World } from './world.js';

export interface FakeGoogleOptions {
  /** 0 or omitted: a free port. */
  port?: number;
  seed?: SeedData;
  /** Added to every API request (not to admin calls). */
  latencyMs?: number;
  /** Per-user quota; Google's default of 600 requests per user per minute if omitted. */
  quotaPerUserPerMinute?: number;
}

export interface FakeGoogle {
  /** Origin without trailing slash, e.g. http://127.0.0.1:8123. */
  url: string;
  port: number;
  /** The emulator's state, for in-process seeding and inspection (bulk seeding is fastest here). */
  world: World;
  close(): Promise<void>;
}

export async function startFakeGoogle(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  const world = new World({
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.quotaPerUserPerMinute !== undefined
      ? { quotaPerUserPerMinute: options.quotaPerUserPerMinute }
      : {}),
  });
  if (options.seed) applySeed(world, options.seed);
  const { server, port } = await listen(world, options.port ?? 0);
  return { url: `http://127.0.0.1:${port}`, port, world, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
