// Main's end of the MessagePort over which the renderer lends its database: in Electron, the
// sync engine in main calls the renderer's LocalStore over it. The preload sends one port per page load on STORE_PORT_CHANNEL; main.ts checks the sender like any
// IPC and hands the port here. The sync engine's RemoteLocalStore sends calls through
// `send` and receives answers from `onAnswer`. Pure: Electron's MessagePortMain fits `StorePort`.
import { readStoreAnswer } from '../../src-preload/bridge-messages';
import type { StoreAnswer, StoreCall } from '../../src-preload/local-store';

/** Keep in step with src-preload/electron.ts, which cannot import main-process code. */
export const STORE_PORT_CHANNEL = 'local-store:port';

export interface StorePort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

export class StorePortHost {
  private port: StorePort | null = null;
  private readonly answerListeners = new Set<(answer: StoreAnswer) => void>();
  private readonly closeListeners = new Set<() => void>();

  /** A new page replaces the old one's port: only the current page holds the database. */
  attach(port: StorePort): void {
    this.detach();
    this.port = port;
    port.on('message', ({ data }) => {
      if (port !== this.port) return;
      // Checked as the browser shell checks its socket's answers.
      const answer = readStoreAnswer(data);
      if (answer) for (const listener of this.answerListeners) listener(answer);
    });
    port.on('close', () => {
      if (port === this.port) this.detach();
    });
    port.start();
  }

  /** Sends a call to the renderer; false when no page serves the store. */
  send(call: StoreCall): boolean {
    if (!this.port) return false;
    this.port.postMessage(call);
    return true;
  }

  onAnswer(listener: (answer: StoreAnswer) => void): () => void {
    this.answerListeners.add(listener);
    return () => this.answerListeners.delete(listener);
  }

  /** Told when the serving page goes away, so calls in flight can fail at once. */
  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  detach(): void {
    const port = this.port;
    if (!port) return;
    this.port = null;
    port.close();
    for (const listener of this.closeListeners) listener();
  }
}
