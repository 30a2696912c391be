// The emulator's transport-neutral request/response pair. The HTTP server and the batch
// endpoint both turn their input into an ApiRequest and hand it to the same handlers, so a
// call behaves identically whether it arrived on its own or inside a multipart batch.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';

export interface ApiRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** True when this call is one part of a batch request. */
  batched: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Already-serialised body; empty for 204/304. */
  body: string;
}

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body: '' };
}

export function errorResponse(error: ApiError): ApiResponse {
  return jsonResponse(error.status, error.toBody(), error.headers);
}

export function htmlResponse(status: number, html: string): ApiResponse {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html };
}

export function redirectResponse(location: string): ApiResponse {
  return { status: 302, headers: { Location: location }, body: '' };
}

export async function readRequest(req: IncomingMessage): Promise<ApiRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
    batched: false,
  };
}

export function writeResponse(res: ServerResponse, response: ApiResponse): void {
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, {
    ...response.headers,
    ...(response.status === 204 || response.status === 304
      ? {}
      : { 'Content-Length': String(body.length) }),
  });
  res.end(response.status === 204 || response.status === 304 ? undefined : body);
}

/** Parses a JSON request body; Google answers unparsable bodies with 400 parseError. */
export function parseJsonBody(request: ApiRequest): Record<string, unknown> {
  if (request.body.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(request.body);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new ApiError(400, { domain: 'global', reason: 'parseError', message: 'Parse Error' });
  }
}
