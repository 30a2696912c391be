// The bridge under hostile input: generated payloads (wrong types, extra keys, prototype
// tricks, anything at all) against `dispatch` for every channel of the contract, unknown and
// tricky channel names, and the Electron gate against senders that are not our top frame.
// A handler must never run on any of them, and every refusal is data, never a throw.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { channels, type ChannelName } from '../../../src-preload/contract';
import { dispatch, type Handlers } from '../../../src-main/ipc/dispatch';
import { createInvokeGate } from '../../../src-main/shell/ipc-gate';

/** One valid request per channel; a new channel without one fails the first test. */
const VALID: Record<ChannelName, unknown> = {
  'app:info': null,
  'settings:get': null,
  'settings:update': { theme: 'dark', weekStartsOn: 0 },
  'shell:open-external': { url: 'https://example.com/help' },
  'google:status': null,
  'google:save': {
    enabled: true,
    clientId: 'x.apps.googleusercontent.com',
    clientSecret: 'GOCSPX-abc',
  },
  'google:test': null,
  'google:connect': null,
  'google:cancel': null,
  'google:disconnect': null,
  'google:reset': { existing: 'keep', next: 'all', notifyGuests: false },
  'sync:status': null,
  'sync:now': { refreshCalendars: true },
  'sync:nudge': { reason: 'local-edit' },
  'sync:pause': { paused: true },
  'sync:refusals-seen': null,
  'sync:confirm-removal': { calendarIds: ['primary'] },
  'calendars:create-google': {
    details: { summary: 'Team', color: '#039be5', timeZone: 'Europe/Berlin', defaultReminders: [] },
  },
  'calendars:update-google': {
    calendarId: 'team@group.calendar.google.com',
    details: { summary: 'Team', color: '#039be5', timeZone: 'Europe/Berlin', defaultReminders: [] },
  },
  'reminders:show': {
    key: 'abcde_20260610T080000Z',
    title: 'Standup',
    body: 'Wed, 10 Jun, 10:00 – 10:15',
    joinUrl: 'https://meet.google.com/abc-defg-hij',
    canSnoozeUntilStart: true,
    group: false,
    sound: true,
  },
  'reminders:close': { key: 'abcde_20260610T080000Z' },
  'reminders:wake-in': { ms: 60_000 },
  'tray:agenda': { items: [{ key: 'abcde', label: '10:00 Standup', title: 'Standup' }] },
  'app:opened-files': null,
  'subscriptions:fetch': { url: 'https://example.com/feed.ics' },
};

const CHANNELS = Object.keys(channels) as ChannelName[];

function spies(): Handlers {
  return Object.fromEntries(
    CHANNELS.map((name) => [name, vi.fn(() => null)]),
  ) as unknown as Handlers;
}

const wrongValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
  fc.constant(Number.NaN),
  fc.bigInt(),
);

describe('dispatch refuses malformed payloads on every channel', () => {
  it('has a valid sample for every channel, and the sample passes', async () => {
    expect(Object.keys(VALID).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const h = spies();
      expect(await dispatch(h, channel, VALID[channel]), channel).toMatchObject({ ok: true });
      expect(h[channel], channel).toHaveBeenCalledOnce();
    }
  });

  it.each(CHANNELS)(
    '%s: any payload its schema rejects never reaches the handler',
    async (channel) => {
      const schema = channels[channel].request;
      await fc.assert(
        fc.asyncProperty(
          fc.anything({
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
          }),
          async (payload) => {
            fc.pre(!schema.safeParse(payload).success);
            const h = spies();
            const result = await dispatch(h, channel, payload);
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
            expect(h[channel]).not.toHaveBeenCalled();
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it.each(CHANNELS.filter((c) => VALID[c] !== null))(
    '%s: a wrong type in any key, or an extra key, is refused',
    async (channel) => {
      const sample = VALID[channel] as Record<string, unknown>;
      const keys = Object.keys(sample);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            // One known key gets a value of another type.
            fc
              .record({ key: fc.constantFrom(...keys), value: wrongValue })
              .map(({ key, value }) => ({ ...sample, [key]: value })),
            // An extra key rides along (a handler must never see fields it did not ask for).
            fc
              .record({
                key: fc.string({ minLength: 1 }).filter((k) => !Object.hasOwn(sample, k)),
                value: fc.anything(),
              })
              .map(({ key, value }) => ({
                ...sample,
                [key]: value,
              })),
          ),
          async (payload) => {
            // Some "wrong" values are still valid (an omitted optional key); those must pass.
            const h = spies();
            const result = await dispatch(h, channel, payload);
            if (channels[channel].request.safeParse(payload).success) {
              expect(result.ok).toBe(true);
              return;
            }
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
            expect(h[channel]).not.toHaveBeenCalled();
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it('every object payload is strict: extra keys are refused on every channel that takes one', async () => {
    for (const channel of CHANNELS.filter((c) => VALID[c] !== null)) {
      const h = spies();
      const result = await dispatch(h, channel, { ...(VALID[channel] as object), injected: true });
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(h[channel], channel).not.toHaveBeenCalled();
    }
  });

  it('a prototype-polluting payload is refused and pollutes nothing', async () => {
    const h = spies();
    const payload = JSON.parse(
      '{"theme":"dark","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ) as unknown;
    const result = await dispatch(h, 'settings:update', payload);
    expect(result.ok).toBe(false);
    expect(h['settings:update']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('opens only https links, whatever the URL looks like', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.webUrl({
            validSchemes: ['http', 'ftp', 'file', 'javascript', 'smb', 'ms-msdt', 'app', 'data'],
          }),
          fc.string(),
        ),
        async (url) => {
          fc.pre(!url.startsWith('https://'));
          const h = spies();
          expect(await dispatch(h, 'shell:open-external', { url })).toMatchObject({
            ok: false,
            error: { code: 'invalid-payload' },
          });
          expect(h['shell:open-external']).not.toHaveBeenCalled();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('dispatch refuses unknown channels', () => {
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'fs:read',
    'shell:exec',
    'SETTINGS:GET',
    ' settings:get',
    'settings:get ',
    'settings:get\u0000',
  ])('%j', async (name) => {
    const h = spies();
    expect(await dispatch(h, name, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    for (const channel of CHANNELS) expect(h[channel]).not.toHaveBeenCalled();
  });

  it.each([
    ['an object without a prototype', Object.create(null) as unknown],
    [
      'an object whose toString is not a function (valid JSON over the web socket)',
      JSON.parse('{"toString":1}') as unknown,
    ],
    [
      'an object whose toString throws',
      {
        toString: () => {
          throw new Error('boom');
        },
      },
    ],
    ['a symbol', Symbol('settings:get')],
  ])('%s is refused as data, never thrown', async (_name, name) => {
    const h = spies();
    await expect(dispatch(h, name, null)).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('any name that is not a channel, and any non-string, is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 2000 }), fc.anything({ withNullPrototype: true })),
        fc.anything(),
        async (name, payload) => {
          fc.pre(!(typeof name === 'string' && Object.hasOwn(channels, name)));
          const h = spies();
          const result = await dispatch(h, name, payload);
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
          // The echo of a hostile name is bounded.
          expect(result.ok ? '' : result.error.message.length).toBeLessThan(200);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the Electron gate refuses unknown senders', () => {
  const production = { devOrigin: null };
  const ourUrl = fc.constantFrom(
    'app://almanac/index.html',
    'app://almanac/',
    'app://almanac/index.html#/prefs',
  );
  const foreignUrl = fc.oneof(
    fc.webUrl({ validSchemes: ['http', 'https', 'file', 'ftp'] }),
    fc.constantFrom(
      'app://evil/index.html',
      'app://almanac.evil.example/',
      'app://user@almanac/index.html',
      'http://localhost:5173/',
      'file:///work/main/dist/renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/index.html',
      'blob:app://almanac/1234',
      '',
    ),
  );

  it('any sender that is not our page, or our page in a subframe, gets untrusted-sender on any channel', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ url: foreignUrl, isMainFrame: fc.boolean() }),
          fc.record({ url: ourUrl, isMainFrame: fc.constant(false) }),
          fc.constant(null),
        ),
        fc.constantFrom(...CHANNELS),
        async (sender, channel) => {
          const h = spies();
          const warn = vi.fn();
          const result = await createInvokeGate(h, production, warn)(
            channel,
            sender,
            VALID[channel],
          );
          expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
          expect(h[channel]).not.toHaveBeenCalled();
          expect(warn).toHaveBeenCalledOnce();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('our own top frame gets through on every channel', async () => {
    for (const channel of CHANNELS) {
      const h = spies();
      const result = await createInvokeGate(h, production, () => undefined)(
        channel,
        { url: 'app://almanac/index.html', isMainFrame: true },
        VALID[channel],
      );
      expect(result, channel).toMatchObject({ ok: true });
    }
  });

  it('a refused sender’s payload is never logged', async () => {
    const warn = vi.fn();
    const secret = 'GOCSPX-very-secret-value';
    await createInvokeGate(spies(), production, warn)(
      'google:save',
      { url: 'https://evil.example/', isMainFrame: true },
      { enabled: true, clientId: 'x', clientSecret: secret },
    );
    expect(JSON.stringify(warn.mock.calls)).not.toContain(secret);
  });
});
