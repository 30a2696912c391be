// The HTTP server: binds 127.0.0.1 only, sends each request to the admin API, the Calendar
// API (single or batch) or the OAuth endpoints, and wraps every API call in what tests
// control: added latency, injected faults, and the request log.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorForStatus, errors } from './api-error.js';
import { ADMIN_PREFIX, handleAdmin } from './admin-routes.js';
import { handleBatch, type PartOutcome } from './batch.js';
import { CALENDAR_PREFIX, handleCalendarCall, presentedToken } from './calendar-routes.js';
import { handleAuthorize } from './consent-page.js';
import { pickFault } from './faults.js';
import {
  errorResponse,
  jsonResponse,
  readRequest,
  writeResponse,
  type ApiRequest,
  type ApiResponse,
} from './http-io.js';
import { handleRevoke, handleToken, handleTokenInfo } from './oauth-routes.js';
import type { World } from './world.js';

export const BATCH_PATH = '/batch/calendar/v3';

export async function listen(
  world: World,
  port: number,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    serve(world, req, res).catch((error: unknown) => {
      console.error('fake-google: unhandled error', error);
      if (!res.headersSent) writeResponse(res, errorResponse(errors.backendError()));
      else res.destroy();
    });
  });
  // Google answers keep-alive connections for a long time; clients here reuse sockets freely.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

async function serve(world: World, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = await readRequest(req);
  if (request.path.startsWith(ADMIN_PREFIX)) {
    writeResponse(res, handleAdmin(world, request));
    return;
  }
  if (world.latencyMs > 0) await sleep(world.latencyMs);

  let outcome: PartOutcome;
  if (request.path === BATCH_PATH) {
    if (request.method !== 'POST')
      outcome = { response: errorResponse(errors.notFound()), drop: false, applied: false };
    else {
      outcome = await runCall(world, request, async () => {
        const batch = await handleBatch(request, (part) =>
          runCall(world, part, async () => ({
            response: part.path.startsWith(CALENDAR_PREFIX)
              ? handleCalendarCall(world, part)
              : errorResponse(errors.notFound()),
          })),
        );
        return { response: batch.response, dropAfter: batch.drop };
      });
    }
  } else {
    const handler = pickHandler(request);
    outcome = await runCall(world, request, async () => ({ response: handler(world, request) }));
  }
  if (outcome.drop) {
    // Lose the response: the client sees a reset connection, whether or not the call applied.
    req.socket.destroy();
    return;
  }
  writeResponse(res, outcome.response);
}

function pickHandler(request: ApiRequest): (world: World, request: ApiRequest) => ApiResponse {
  if (request.path.startsWith(CALENDAR_PREFIX)) return handleCalendarCall;
  if (request.path === '/token' && request.method === 'POST') return handleToken;
  if (request.path === '/revoke' && request.method === 'POST') return handleRevoke;
  if (request.path === '/tokeninfo') return handleTokenInfo;
  if (request.path === '/o/oauth2/v2/auth' || request.path === '/o/oauth2/auth')
    return handleAuthorize;
  return () => jsonResponse(404, errors.notFound().toBody());
}

/** One API call under the fault rules, logged in the request log. */
async function runCall(
  world: World,
  request: ApiRequest,
  handler: () => Promise<{ response: ApiResponse; dropAfter?: boolean }>,
): Promise<PartOutcome> {
  const path = decodePath(request.path);
  const user = presentedToken(world, request)?.email;
  const fault = pickFault(world.faults, request.method, path, user);
  let outcome: PartOutcome;
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.drop === 'before-apply') {
    outcome = { response: { status: 0, headers: {}, body: '' }, drop: true, applied: false };
  } else if (fault?.respond) {
    outcome = {
      response: errorResponse(
        errorForStatus(fault.respond.status, fault.respond.reason, fault.respond.retryAfter),
      ),
      drop: false,
      applied: false,
    };
  } else {
    const result = await handler();
    outcome = {
      response: result.response,
      drop: fault?.drop === 'after-apply' || result.dropAfter === true,
      applied: true,
    };
  }
  world.requests.push({
    method: request.method,
    path,
    query: queryRecord(request.query),
    status: outcome.response.status,
    batched: request.batched,
    at: world.clock.iso(),
    ...(outcome.drop ? { dropped: true } : {}),
    ...(user ? { user } : {}),
  });
  return outcome;
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
