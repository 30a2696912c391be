// Main's end of the local-store MessagePort: one serving page at a time, answers relayed, calls refused when nobody serves.
import { describe, expect, it, vi } from 'vitest';
import { StorePortHost } from '../../../src-main/shell/local-store-port';
import type { StorePort } from '../../../src-main/shell/local-store-port';

function fakePort() {
  const handlers: Record<string, (event?: { data: unknown }) => void> = {};
  const port = {
    postMessage: vi.fn(),
    on: vi.fn((event: string, listener: (event?: { data: unknown }) => void) => {
      handlers[event] = listener;
    }),
    start: vi.fn(),
    close: vi.fn(),
  };
  return {
    port: port as unknown as StorePort & typeof port,
    receive: (data: unknown) => handlers.message?.({ data }),
    hangUp: () => handlers.close?.(),
  };
}

describe('StorePortHost', () => {
  it('refuses calls while no page serves the store', () => {
    expect(new StorePortHost().send({ id: 1, method: 'calendars', args: [] })).toBe(false);
  });

  it('sends calls to the current page and relays well-formed answers only', () => {
    const host = new StorePortHost();
    const { port, receive } = fakePort();
    const answers = vi.fn();
    host.onAnswer(answers);
    host.attach(port);
    expect(port.start).toHaveBeenCalled();
    expect(host.send({ id: 1, method: 'calendars', args: [] })).toBe(true);
    expect(port.postMessage).toHaveBeenCalledWith({ id: 1, method: 'calendars', args: [] });
    receive({ id: 1, ok: true, value: [] });
    receive('garbage');
    receive({ id: 'x', ok: true });
    receive(null);
    expect(answers).toHaveBeenCalledTimes(1);
    expect(answers).toHaveBeenCalledWith({ id: 1, ok: true, value: [] });
  });

  it('turns an answer that fails its schema into the failure of its call', () => {
    const host = new StorePortHost();
    const { port, receive } = fakePort();
    const answers = vi.fn();
    host.onAnswer(answers);
    host.attach(port);
    receive({ id: 2, ok: false });
    expect(answers).toHaveBeenCalledWith({
      id: 2,
      ok: false,
      error: {
        code: 'invalid-answer',
        message: 'The local calendar sent an answer Almanac cannot read.',
        said: { id: 'storeUnreadableAnswer', values: {} },
      },
    });
  });

  it('replaces an old page’s port and ignores what the old port still says', () => {
    const host = new StorePortHost();
    const old = fakePort();
    const fresh = fakePort();
    const answers = vi.fn();
    const closed = vi.fn();
    host.onAnswer(answers);
    host.onClose(closed);
    host.attach(old.port);
    host.attach(fresh.port);
    expect(old.port.close).toHaveBeenCalled();
    expect(closed).toHaveBeenCalledOnce();
    old.receive({ id: 1, ok: true, value: null });
    expect(answers).not.toHaveBeenCalled();
    host.send({ id: 2, method: 'calendarSnapshot', args: ['cal'] });
    expect(fresh.port.postMessage).toHaveBeenCalled();
    expect(old.port.postMessage).not.toHaveBeenCalled();
  });

  it('stops sending once the page hangs up', () => {
    const host = new StorePortHost();
    const { port, hangUp } = fakePort();
    host.attach(port);
    hangUp();
    expect(host.send({ id: 3, method: 'calendars', args: [] })).toBe(false);
  });
});
