// The toolbar's words while sync waits on Google: why, and a countdown to the next try.
import { expect, test } from 'vitest';
import { retryWords } from '../../../src-renderer/sync/retry-words';
import { retryReason } from '../../../src-main/google/errors';

const now = Date.parse('2030-01-01T10:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

test('Google not answering counts down in whole seconds, rounding up, then says it retries now', () => {
  expect(retryWords({ at: at(4_200), reason: 'unavailable' }, now)).toBe(
    'Google is not answering, retrying in 5 s',
  );
  expect(retryWords({ at: at(1_000), reason: 'unavailable' }, now)).toBe(
    'Google is not answering, retrying in 1 s',
  );
  expect(retryWords({ at: at(0), reason: 'unavailable' }, now)).toBe(
    'Google is not answering, retrying now',
  );
  expect(retryWords({ at: at(-3_000), reason: 'unavailable' }, now)).toBe(
    'Google is not answering, retrying now',
  );
});

test('a rate limit is worded as Google asking Almanac to slow down', () => {
  expect(retryWords({ at: at(7_000), reason: 'rate-limited' }, now)).toBe(
    'Google asked Almanac to slow down, retrying in 7 s',
  );
});

test('which failures are an outage and which a rate limit', () => {
  expect(retryReason({ status: null, message: 'ECONNRESET' })).toBe('unavailable');
  expect(retryReason({ status: 503, message: 'x' })).toBe('unavailable');
  expect(retryReason({ status: 500, message: 'x' })).toBe('unavailable');
  expect(retryReason({ status: 429, message: 'x' })).toBe('rate-limited');
  expect(retryReason({ status: 403, reason: 'userRateLimitExceeded', message: 'x' })).toBe(
    'rate-limited',
  );
});
