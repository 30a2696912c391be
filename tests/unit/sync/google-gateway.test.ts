// Mapping between Google's Event and our fields, the error table, backoff, and batch encoding.
import { expect, test } from 'vitest';
import {
  fieldsFromGoogle,
  insertBody,
  patchBody,
  recordFromGoogle,
} from '../../../src-main/google/event-mapping';
import { recurrenceError } from '../../../src-preload/model/recurrence-lines';
import { sameField } from '../../../src-preload/model/fields';
import {
  backoffDelay,
  classify,
  failureOf,
  plainSaid,
  reasonSaid,
  retryAfterMs,
} from '../../../src-main/google/errors';
import { encodeBatch, parseBatchResponse } from '../../../src-main/google/batch';

test('mapping keeps special fields verbatim and drops nulls', () => {
  const conferenceData = {
    conferenceId: 'aaa-bbbb-ccc',
    entryPoints: [{ entryPointType: 'video', uri: 'https://meet.google.com/aaa-bbbb-ccc' }],
    createRequest: null,
  };
  const fields = fieldsFromGoogle({
    id: 'abcde',
    summary: 'Call',
    location: null,
    start: { date: '2030-01-01' },
    end: { date: '2030-01-02' },
    eventType: 'focusTime',
    hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc',
    conferenceData,
  } as never);
  expect(fields.conferenceData).toBe(conferenceData);
  expect(fields).toMatchObject({
    eventType: 'focusTime',
    hangoutLink: 'https://meet.google.com/aaa-bbbb-ccc',
    status: 'confirmed',
  });
  expect('location' in fields).toBe(false);
  const { event } = recordFromGoogle(
    {
      id: 'abcde',
      etag: '"1"',
      updated: '2030-01-01T00:00:00Z',
      start: { date: '2030-01-01' },
      end: { date: '2030-01-02' },
    },
    'cal',
  );
  expect([event.startMs, event.endMs]).toEqual([
    Date.parse('2030-01-01T00:00:00Z'),
    Date.parse('2030-01-02T00:00:00Z'),
  ]);
});

test('patchBody: only named fields, null clears, start and end together, never read-only fields', () => {
  const event = {
    summary: 'S',
    start: { date: '2030-01-01' },
    end: { date: '2030-01-02' },
    organizer: { email: 'x@y' },
  };
  expect(patchBody(event, ['summary', 'location', 'organizer'])).toEqual({
    summary: 'S',
    location: null,
  });
  expect(patchBody(event, ['start'])).toEqual({
    start: { date: '2030-01-01' },
    end: { date: '2030-01-02' },
  });
  expect(
    insertBody({
      id: 'abcde',
      calendarId: 'c',
      kind: 'single',
      status: 'confirmed',
      summary: 'S',
      start: { date: '2030-01-01' },
      end: { date: '2030-01-02' },
      startMs: 0,
      endMs: 0,
      localVersion: 1,
      updatedAt: '',
      hangoutLink: 'h',
      eventType: 'default',
    }),
  ).toEqual({
    id: 'abcde',
    status: 'confirmed',
    summary: 'S',
    start: { date: '2030-01-01' },
    end: { date: '2030-01-02' },
  });
});

test("an event type's properties are kept, go up on insert with the type, and never in a patch", () => {
  const workingLocationProperties = {
    type: 'officeLocation',
    officeLocation: { label: 'HQ', buildingId: 'hq', floorId: null },
  };
  const fields = fieldsFromGoogle({
    id: 'abcde',
    eventType: 'workingLocation',
    workingLocationProperties,
    start: { date: '2030-01-01' },
    end: { date: '2030-01-02' },
  } as never);
  expect(fields.workingLocationProperties).toEqual({
    type: 'officeLocation',
    officeLocation: { label: 'HQ', buildingId: 'hq' },
  });
  const birthday = {
    id: 'abcde',
    calendarId: 'c',
    kind: 'master',
    status: 'confirmed',
    summary: 'Grace',
    start: { date: '2030-03-15' },
    end: { date: '2030-03-16' },
    recurrence: ['RRULE:FREQ=YEARLY'],
    startMs: 0,
    endMs: 0,
    localVersion: 1,
    updatedAt: '',
    eventType: 'birthday',
    birthdayProperties: { type: 'birthday' },
    iCalUID: 'x@google.com',
  } as const;
  expect(insertBody({ ...birthday, recurrence: [...birthday.recurrence] })).toMatchObject({
    eventType: 'birthday',
    birthdayProperties: { type: 'birthday' },
  });
  expect(
    patchBody({ ...fields, colorId: '5' }, ['colorId', 'eventType', 'workingLocationProperties']),
  ).toEqual({ colorId: '5' });
});

test('fields compare as Google means them', () => {
  expect(sameField('visibility', undefined, 'default')).toBe(true);
  expect(
    sameField(
      'start',
      { dateTime: '2030-01-01T10:00:00+01:00', timeZone: 'Europe/Berlin' },
      { dateTime: '2030-01-01T09:00:00Z' },
    ),
  ).toBe(true);
  expect(
    sameField(
      'start',
      { dateTime: '2030-01-01T10:00:00+01:00' },
      { dateTime: '2030-01-01T10:00:00Z' },
    ),
  ).toBe(false);
  expect(sameField('start', { date: '2030-01-01' }, { dateTime: '2030-01-01T00:00:00Z' })).toBe(
    false,
  );
});

test('recurrences rrule cannot read are reported, readable ones pass', () => {
  expect(
    recurrenceError(['RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Europe/Berlin:20300107T090000'], {
      dateTime: '2030-01-07T09:00:00+01:00',
    }),
  ).toBeNull();
  expect(
    recurrenceError(['RDATE;VALUE=DATE:20300101,20300201'], { date: '2030-01-01' }),
  ).toBeNull();
  expect(recurrenceError(['RRULE:FREQ=DAILY;BYDAY=XX'], { date: '2030-01-01' })).not.toBeNull();
  expect(recurrenceError(['EXDATE:20300101T000000Z'], { date: '2030-01-01' })).not.toBeNull();
});

test('error classes follow the table', () => {
  const f = (status: number | null, reason?: string) => ({ status, reason, message: 'm' });
  expect(classify(f(null), 'patch').kind).toBe('retry');
  expect(classify(f(503), 'insert').kind).toBe('retry');
  expect(classify(f(429), 'list').kind).toBe('retry');
  expect(classify(f(403, 'rateLimitExceeded'), 'patch').kind).toBe('retry');
  expect(classify(f(403, 'userRateLimitExceeded'), 'patch').kind).toBe('retry');
  expect(classify(f(412, 'conditionNotMet'), 'patch').kind).toBe('merge');
  expect(classify(f(401, 'authError'), 'list').kind).toBe('auth');
  expect(classify(f(400, 'invalid_grant'), 'list').kind).toBe('auth');
  expect(classify(f(403, 'forbiddenForNonOrganizer'), 'patch')).toMatchObject({
    kind: 'park',
    why: expect.stringMatching(/organizer/),
  });
  expect(classify(f(400, 'invalid'), 'insert').kind).toBe('park');
  expect(classify(f(404, 'notFound'), 'patch').kind).toBe('park');
  expect(classify(f(409, 'duplicate'), 'insert').kind).toBe('done');
  expect(classify(f(404), 'delete').kind).toBe('done');
  expect(classify(f(410, 'deleted'), 'delete').kind).toBe('done');
  expect(classify(f(410, 'fullSyncRequired'), 'list').kind).toBe('full-sync');
});

test("each refusal in the sync log names Google's status and reason, what it means and what to do", () => {
  const said = (status: number, reason: string, message = 'm') =>
    reasonSaid({ status, reason, message }).text;
  expect(said(403, 'forbiddenForNonOrganizer')).toMatch(
    /403 forbiddenForNonOrganizer: you are a guest.*Ask the organizer/,
  );
  expect(said(403, 'requiredAccessLevel')).toMatch(
    /only read this calendar.*403 requiredAccessLevel.*Ask the calendar's owner/,
  );
  expect(said(404, 'notFound')).toMatch(
    /no longer has this event.*404 notFound.*deleted there.*create it again/,
  );
  expect(said(410, 'deleted')).toMatch(/410 deleted.*create it again/);
  expect(said(400, 'invalid', 'The end is before the start.')).toMatch(
    /refused the change \(400 invalid: The end is before the start\.\).*Correct the event/,
  );
  expect(said(403, 'somethingNew', 'Nope')).toMatch(
    /403 somethingNew: Nope\..*kept here only.*Export…/,
  );
  // What the engine handles on its own says so, and names Google's words too.
  expect(plainSaid({ status: 429, reason: 'rateLimitExceeded', message: 'm' }).text).toMatch(
    /429 rateLimitExceeded.*waits and tries again.*sync less often/,
  );
  expect(plainSaid({ status: 503, reason: 'backendError', message: 'm' }).text).toMatch(
    /503 backendError.*tries again shortly/,
  );
  expect(plainSaid({ status: 400, reason: 'invalid', message: 'Bad' }).text).toBe(
    said(400, 'invalid', 'Bad'),
  );
});

test('failureOf reads gaxios-shaped errors and OAuth errors', () => {
  const gaxios = {
    message: 'x',
    response: {
      status: 429,
      data: {
        error: {
          code: 429,
          message: 'Rate Limit Exceeded',
          errors: [{ reason: 'rateLimitExceeded' }],
        },
      },
      headers: new Headers({ 'retry-after': '3' }),
    },
  };
  expect(failureOf(gaxios)).toEqual({
    status: 429,
    reason: 'rateLimitExceeded',
    message: 'Rate Limit Exceeded',
    retryAfter: '3',
  });
  expect(
    failureOf({
      message: 'y',
      response: {
        status: 400,
        data: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
      },
    }).reason,
  ).toBe('invalid_grant');
  expect(failureOf(new TypeError('fetch failed')).status).toBeNull();
});

test('backoff grows exponentially, is jittered, capped, and never sooner than Retry-After', () => {
  const policy = { baseMs: 100, maxMs: 1000, maxAttempts: 5, random: () => 1 };
  expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, null, policy))).toEqual([
    100, 200, 400, 800, 1000,
  ]);
  expect(backoffDelay(0, null, { ...policy, random: () => 0 })).toBe(50);
  expect(backoffDelay(0, 5000, policy)).toBe(5000);
  expect(retryAfterMs('7')).toBe(7000);
  expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
});

test('batch encoding: one application/http part per call with Content-ID, headers and JSON body; answers parsed back in order', () => {
  const body = encodeBatch(
    [
      {
        method: 'PATCH',
        path: '/calendar/v3/calendars/c/events/e1?sendUpdates=all',
        headers: { 'If-Match': '"7"' },
        body: { summary: 'S' },
      },
      { method: 'DELETE', path: '/calendar/v3/calendars/c/events/e2' },
    ],
    'B',
  );
  expect(body).toBe(
    '--B\r\nContent-Type: application/http\r\nContent-ID: <item0>\r\n\r\nPATCH /calendar/v3/calendars/c/events/e1?sendUpdates=all HTTP/1.1\r\nIf-Match: "7"\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"summary":"S"}\r\n' +
      '--B\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\nDELETE /calendar/v3/calendars/c/events/e2 HTTP/1.1\r\n\r\n\r\n--B--\r\n',
  );
  const answer =
    '--R\r\nContent-Type: application/http\r\nContent-ID: <response-item1>\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n\r\n--R\r\nContent-Type: application/http\r\nContent-ID: <response-item0>\r\n\r\nHTTP/1.1 412 Precondition Failed\r\nContent-Type: application/json; charset=UTF-8\r\nRetry-After: 2\r\n\r\n{"error":{"code":412,"errors":[{"reason":"conditionNotMet"}]}}\r\n--R--\r\n';
  const parts = parseBatchResponse(answer, 'multipart/mixed; boundary=R');
  expect(parts.map((p) => [p.index, p.response.status])).toEqual([
    [1, 204],
    [0, 412],
  ]);
  expect(parts[1]?.response.headers['retry-after']).toBe('2');
  expect(parts[1]?.response.body).toEqual({
    error: { code: 412, errors: [{ reason: 'conditionNotMet' }] },
  });
});
