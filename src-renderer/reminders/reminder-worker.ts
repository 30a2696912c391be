// The browser shell's service worker. It exists for one reason: Chromium puts buttons only
// on notifications a service worker shows, and tells only that worker when one is clicked.
// The page shows the reminder through this worker's registration (worker-notifications.ts);
// a click comes here, brings Almanac's tab forward, opens the call for Join (a click lets a
// worker open a window; the page, woken later, could not), and hands the rest to the page,
// which acts as its reminder panel does. It caches nothing and handles no requests.
import {
  WORKER_MESSAGE_TYPE,
  clickAction,
  linkToOpen,
  type ReminderNotificationData,
} from './notification-buttons';

// The renderer typechecks against the DOM library, not the worker one: the little of the
// worker's scope this uses is spelled out here.
interface WindowClient {
  focus(): Promise<unknown>;
  postMessage(message: unknown): void;
}
interface ClickEvent extends Event {
  action: string;
  notification: { data: unknown; close(): void };
  waitUntil(work: Promise<unknown>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ClickEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: ClickEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
  };
}

const worker = self as unknown as WorkerScope;

// A new version takes over at once: there is no cached state to migrate.
worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => keepAlive(event, worker.clients.claim()));

worker.addEventListener('notificationclick', (event) => {
  event.notification.close();
  keepAlive(event, answerClick(event.notification.data as ReminderNotificationData, event.action));
});

async function answerClick(data: unknown, button: string): Promise<void> {
  const link = linkToOpen(data, button);
  const linkOpened = link !== null && (await attempt(() => worker.clients.openWindow(link)));
  const action = clickAction(data, button, linkOpened);
  if (!action) return;
  const pages = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const page = pages[0];
  if (!page) {
    // Almanac's tab was closed: the reminder waits in its panel for the next start. A
    // window opened here would lack the key `npm run web` printed, so only the body's
    // click opens one, and that page says which address to open.
    if (action.action === 'open') await attempt(() => worker.clients.openWindow('./'));
    return;
  }
  if (action.action === 'open' || action.action === 'join') await attempt(() => page.focus());
  page.postMessage({ type: WORKER_MESSAGE_TYPE, action });
}

/** Keeps the worker alive until `work` is done; an event made by script cannot be extended. */
function keepAlive(event: ClickEvent, work: Promise<unknown>): void {
  try {
    event.waitUntil(work);
  } catch {
    // The work runs all the same.
  }
}

/** Runs a step the browser may refuse (focus and windows need the user's click). */
async function attempt(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch {
    return false;
  }
}
