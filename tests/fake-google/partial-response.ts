// `fields`, the partial-response parameter every Google API method takes: `id,summary`,
// `items(id,updated),nextSyncToken`, `attendees/email`, `*`. json-mask implements exactly
// this grammar (it was written after Google's); the emulator adds Google's 400 for a
// selector it cannot read. Only successful JSON answers are cut; errors stay whole.

import mask from 'json-mask';
import { ApiError } from './api-error.js';
import type { ApiResponse } from './http-io.js';

/** A checked selector; 400 invalidParameter for one json-mask would read loosely. */
export function compileFields(fields: string): string {
  let depth = 0;
  for (const char of fields) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) break;
  }
  if (fields.trim() === '' || depth !== 0 || /(^|[,(/])\s*([,)/]|$)/.test(fields))
    throw invalidSelection(fields);
  return fields;
}

export function partialResponse(response: ApiResponse, fields: string): ApiResponse {
  if (response.status < 200 || response.status >= 300 || response.body === '') return response;
  if (!/json/i.test(response.headers['Content-Type'] ?? '')) return response;
  const selected = mask(JSON.parse(response.body) as object, fields) ?? {};
  return { ...response, body: JSON.stringify(selected) };
}

function invalidSelection(fields: string): ApiError {
  return new ApiError(400, {
    domain: 'global',
    reason: 'invalidParameter',
    message: `Invalid field selection ${fields}`,
    locationType: 'parameter',
    location: 'fields',
  });
}
