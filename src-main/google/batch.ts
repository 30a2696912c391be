// Google's batch endpoint (`POST {apiRoot}batch/calendar/v3`): many Calendar calls in one
// HTTP request, as multipart/mixed with one `application/http` part per call, answered with
// one part per call carrying its own status, headers and body. @googleapis/calendar has no
// batch support, so this encodes and parses the format itself. The few calls Google refuses
// inside a batch (creating or updating working-location events) go alone, answered alike.
//
// Batch size: Google allows 1000 calls per batch but counts each against quota, and advises
// small batches for Calendar. We send at most 50: 1,000 pushes still take only 20 requests,
// a failed or cut-off batch re-sends at most 50 calls, and 50 quota units at once stays far
// below the 600-per-minute per-user limit even with a retry or two in the same minute.

import { said, SaidError } from '../../src-preload/log-words';
import { authorizedFetch, type TokenSource } from './authorized-fetch';

export const BATCH_LIMIT = 50;

export interface BatchRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Absolute path with query, e.g. `/calendar/v3/calendars/x/events?sendUpdates=none`. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON when the part carried JSON, else the text (or null when empty). */
  body: unknown;
}

export class BatchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfter: string | null,
  ) {
    super(`Batch request failed with HTTP ${status}`);
    this.name = 'BatchHttpError';
  }
}

/** Sends up to BATCH_LIMIT calls in one HTTP request; answers in the order of `requests`. */
export async function sendBatch(
  client: TokenSource,
  apiRoot: string,
  requests: BatchRequest[],
  fetchImpl: typeof fetch = fetch,
): Promise<BatchResponse[]> {
  if (requests.length === 0) return [];
  if (requests.length > BATCH_LIMIT)
    throw new SaidError(said('batchTooLarge', { max: BATCH_LIMIT }));
  const boundary = `almanac_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const body = encodeBatch(requests, boundary);
  const url = new URL('batch/calendar/v3', apiRoot).toString();
  const { response, text } = await authorizedFetch(client, fetchImpl, url, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    body,
  });
  if (response.status !== 200)
    throw new BatchHttpError(response.status, text, response.headers.get('retry-after'));
  const parsed = parseBatchResponse(text, response.headers.get('content-type') ?? '');
  return orderAnswers(parsed, requests.length);
}

/** Sends one call on its own, for what Google does not accept inside a batch; answered like a batch part. */
export async function sendAlone(
  client: TokenSource,
  apiRoot: string,
  request: BatchRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<BatchResponse> {
  const url = new URL(request.path.replace(/^\//, ''), apiRoot).toString();
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json; charset=UTF-8';
  const { response, text } = await authorizedFetch(client, fetchImpl, url, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
  });
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (answerHeaders[name.toLowerCase()] = value));
  return {
    status: response.status,
    headers: answerHeaders,
    body: parseBody(text, answerHeaders['content-type']),
  };
}

/** The multipart/mixed body for `requests`; part i has Content-ID `<item{i}>`. */
export function encodeBatch(requests: BatchRequest[], boundary: string): string {
  const parts = requests.map((request, i) => {
    const lines = [
      `--${boundary}`,
      'Content-Type: application/http',
      `Content-ID: <item${i}>`,
      '',
      `${request.method} ${request.path} HTTP/1.1`,
    ];
    const headers = { ...request.headers };
    let payload = '';
    if (request.body !== undefined) {
      payload = JSON.stringify(request.body);
      headers['Content-Type'] = 'application/json; charset=UTF-8';
    }
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    lines.push('', payload);
    return lines.join('\r\n');
  });
  return `${parts.join('\r\n')}\r\n--${boundary}--\r\n`;
}

/** The parts of a batch answer, with the index each Content-ID names (null when absent). */
export function parseBatchResponse(
  text: string,
  contentType: string,
): { index: number | null; response: BatchResponse }[] {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) throw new SaidError(said('batchNoBoundary'));
  const delimiter = `--${match[1] ?? match[2]}`;
  const out: { index: number | null; response: BatchResponse }[] = [];
  for (const piece of text.split(delimiter).slice(1)) {
    if (piece.startsWith('--')) break;
    const part = piece.replace(/^\r?\n/, '');
    const [partHead, http] = splitHead(part);
    const partHeaders = parseHeaders(partHead);
    const id = /item(\d+)/.exec(partHeaders['content-id'] ?? '');
    const [head, rawBody] = splitHead(http);
    const [statusLine = '', ...headerLines] = head.split(/\r?\n/);
    const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine.trim())?.[1] ?? NaN);
    if (!Number.isFinite(status))
      // The line is Google's, kept as it came.
      throw new SaidError(said('batchNoStatusLine', { line: statusLine.slice(0, 80) }));
    const headers = parseHeaders(headerLines.join('\n'));
    const bodyText = rawBody.replace(/\r?\n$/, '');
    out.push({
      index: id ? Number(id[1]) : null,
      response: { status, headers, body: parseBody(bodyText, headers['content-type']) },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------

/** Google "might perform your calls in any order"; Content-IDs put the answers back in ours. */
function orderAnswers(
  parsed: { index: number | null; response: BatchResponse }[],
  count: number,
): BatchResponse[] {
  const answers: (BatchResponse | undefined)[] = new Array(count);
  parsed.forEach((p, position) => {
    const index = p.index ?? position;
    if (index >= 0 && index < count) answers[index] = p.response;
  });
  // A call with no answer (connection cut mid-batch) reads as a network failure for that call.
  return Array.from(answers, (a) => a ?? { status: 0, headers: {}, body: null });
}

function splitHead(text: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return [text, ''];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return null;
  if (!contentType || /json/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
