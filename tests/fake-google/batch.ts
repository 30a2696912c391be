// POST /batch/calendar/v3: Google's multipart/mixed batch. Each part is a whole HTTP request
// (path only) that runs exactly as if it had been sent alone, with the outer headers (except
// Content-*) and query parameters as defaults; each counts against quota on its own. The
// response has one application/http part per request, in order, with per-part statuses and
// Content-ID `response-<id>`, each a full HTTP response (status line, headers with
// Content-Type and ETag where they apply and always Content-Length, blank line, body). More
// than 1000 calls is a 400 for the whole batch.

import { STATUS_CODES } from 'node:http';
import { randomBytes } from 'node:crypto';
import { errors } from './api-error.js';
import { errorResponse, type ApiRequest, type ApiResponse } from './http-io.js';

export const MAX_BATCH_CALLS = 1000;

export interface PartOutcome {
  response: ApiResponse;
  /** The connection is to be cut once the batch is done: nothing is answered. */
  drop: boolean;
  /** Whether the call took effect; a call dropped before applying also stops the batch. */
  applied: boolean;
}

export async function handleBatch(
  outer: ApiRequest,
  runPart: (part: ApiRequest) => Promise<PartOutcome>,
): Promise<{ response: ApiResponse; drop: boolean }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(outer.headers['content-type'] ?? '');
  if (!/^multipart\/mixed/i.test(outer.headers['content-type'] ?? '') || !boundary) {
    return {
      response: errorResponse(
        errors.badRequest('Batch requests must be multipart/mixed with a boundary.'),
      ),
      drop: false,
    };
  }
  const parts = splitMultipart(outer.body, (boundary[1] ?? boundary[2]) as string);
  if (parts.length === 0)
    return {
      response: errorResponse(errors.badRequest('The batch request has no parts.')),
      drop: false,
    };
  if (parts.length > MAX_BATCH_CALLS)
    return {
      response: errorResponse(
        errors.badRequest(`A batch request may contain at most ${MAX_BATCH_CALLS} calls.`),
      ),
      drop: false,
    };

  const answers: { contentId: string | undefined; response: ApiResponse }[] = [];
  let drop = false;
  for (const part of parts) {
    const parsed = parsePart(part, outer);
    if ('error' in parsed) {
      answers.push({
        contentId: parsed.contentId,
        response: errorResponse(errors.badRequest(parsed.error)),
      });
      continue;
    }
    const outcome = await runPart(parsed.request);
    if (outcome.drop) {
      drop = true;
      if (!outcome.applied) break;
    }
    answers.push({ contentId: parsed.contentId, response: outcome.response });
  }
  const responseBoundary = `batch_${randomBytes(12).toString('base64url')}`;
  const body =
    answers
      .map(({ contentId, response }) => {
        // A full HTTP response each, as Google sends them: its header lines always end in a
        // Content-Length (0 for a 204), so a parser that splits at the first blank line and
        // reads that many bytes finds every part, bodiless ones included.
        const headerLines = Object.entries(response.headers)
          .filter(([k]) => k.toLowerCase() !== 'content-length')
          .map(([k, v]) => `${k}: ${v}`);
        headerLines.push(`Content-Length: ${Buffer.byteLength(response.body)}`);
        return [
          `--${responseBoundary}`,
          'Content-Type: application/http',
          ...(contentId ? [`Content-ID: <response-${contentId}>`] : []),
          '',
          `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
          ...headerLines,
          '',
          response.body,
        ].join('\r\n');
      })
      .join('\r\n') + `\r\n--${responseBoundary}--\r\n`;
  return {
    response: {
      status: 200,
      headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
      body,
    },
    drop,
  };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const pieces = body.split(delimiter);
  const parts: string[] = [];
  // pieces[0] is the preamble; a piece starting with "--" is the close delimiter.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    parts.push(piece.replace(/^\r?\n/, '').replace(/\r?\n$/, ''));
  }
  return parts;
}

function parsePart(
  part: string,
  outer: ApiRequest,
):
  | { request: ApiRequest; contentId: string | undefined }
  | { error: string; contentId: string | undefined } {
  const [partHeaderText, httpText = ''] = splitHead(part);
  const partHeaders = parseHeaders(partHeaderText);
  const contentId = partHeaders['content-id']?.replace(/^<|>$/g, '');
  const [head, body] = splitHead(httpText);
  const [requestLine = '', ...headerLines] = head.split(/\r?\n/);
  const match = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?$/.exec(requestLine.trim());
  if (!match) return { error: 'Each batch part must be an HTTP request.', contentId };
  const target = new URL(match[2] as string, 'http://127.0.0.1');
  const query = new URLSearchParams(outer.query);
  for (const [k, v] of target.searchParams) query.set(k, v);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(outer.headers))
    if (!k.startsWith('content-') && k !== 'host') headers[k] = v;
  Object.assign(headers, parseHeaders(headerLines.join('\n')));
  return {
    request: {
      method: match[1] as string,
      path: target.pathname,
      query,
      headers,
      body: body.replace(/\r?\n$/, ''),
      batched: true,
    },
    contentId,
  };
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
