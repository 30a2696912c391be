// `npm run demo`: Almanac against the Google emulator, so a newcomer can watch sign-in and
// sync work without a Google Cloud project. It starts the emulator with a demo account, a
// "Desktop app" client and sample events, then the browser shell already holding that
// client's ID and secret. Everything listens on 127.0.0.1 only.
import { calendar as calendarApi } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { startFakeGoogle } from '../tests/fake-google/index';
import type { GoogleConfig } from '../src-main/auth/google-account';
import { startWebShell } from '../src-main/web/web-shell';
import { dataFolderStores } from '../src-main/web/data-folder';

export const DEMO_ACCOUNT = 'demo@example.com';
export const DEMO_CLIENT = {
  clientId: 'almanac-demo.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-almanac-demo-secret',
};

const root = fileURLToPath(new URL('../', import.meta.url));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDemo().catch((error: unknown) => {
    console.error(
      `The demo could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}

async function runDemo(): Promise<void> {
  const google = await startFakeGoogle({ port: 0 });
  await seedDemo(google.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-demo-'));
  await configureDemoClient(dataDir);
  const shell = await startWebShell({
    port: 0,
    dataDir,
    rendererDir: resolve(root, 'dist/renderer'),
    version: JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version,
    googleUrl: google.url,
  });
  console.log(`Google emulator on ${google.url} (demo account ${DEMO_ACCOUNT})`);
  console.log(`Almanac demo is running. Open ${shell.url}`);
  console.log('Click "Sync with Google", choose the demo account, then Continue and Allow.');
  const stop = async () => {
    await shell.close();
    await google.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** The demo account, its desktop client, and a calendar worth looking at. */
export async function seedDemo(googleUrl: string): Promise<void> {
  await admin(googleUrl, 'accounts', { email: DEMO_ACCOUNT, name: 'Demo User' });
  await admin(googleUrl, 'clients', { ...DEMO_CLIENT, type: 'desktop', publishing: 'production' });
  await admin(googleUrl, 'consent', { mode: 'page' });
  const tokens = (await admin(googleUrl, 'tokens', {
    email: DEMO_ACCOUNT,
    clientId: DEMO_CLIENT.clientId,
  })) as { access_token: string };
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: tokens.access_token });
  const api = calendarApi({ version: 'v3', auth, rootUrl: `${googleUrl}/` });
  const zone = 'Europe/Berlin';
  const monday = DateTime.now().setZone(zone).startOf('week');
  const at = (day: number, hour: number, minute = 0) =>
    monday.plus({ days: day }).set({ hour, minute }).toISO()!;
  const insert = (body: object) =>
    api.events.insert({ calendarId: 'primary', sendUpdates: 'none', requestBody: body });

  // A few weeks of meetings.
  const titles = [
    'Design review',
    'Customer call',
    'Planning',
    'Lunch with Sam',
    '1:1 with Alex',
    'Dentist',
  ];
  for (let week = -1; week < 3; week++) {
    for (let i = 0; i < 4; i++) {
      const day = week * 7 + ((i * 2 + week + 7) % 5);
      await insert({
        summary: titles[(i + week + 6) % titles.length],
        start: { dateTime: at(day, 9 + i * 2), timeZone: zone },
        end: { dateTime: at(day, 10 + i * 2), timeZone: zone },
      });
    }
  }
  // A weekly series with one moved instance.
  const series = await insert({
    summary: 'Team standup',
    start: { dateTime: at(0, 9, 30), timeZone: zone },
    end: { dateTime: at(0, 9, 45), timeZone: zone },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR'],
  });
  const instances = await api.events.instances({
    calendarId: 'primary',
    eventId: series.data.id!,
    maxResults: 5,
  });
  const moved = instances.data.items?.[2];
  if (moved?.id) {
    await api.events.patch({
      calendarId: 'primary',
      eventId: moved.id,
      sendUpdates: 'none',
      requestBody: {
        summary: 'Team standup (moved)',
        start: { dateTime: at(4, 11), timeZone: zone },
        end: { dateTime: at(4, 11, 15), timeZone: zone },
      },
    });
  }
  // An all-day event and an event with guests.
  await insert({
    summary: 'Company offsite',
    start: { date: monday.plus({ days: 10 }).toISODate()! },
    end: { date: monday.plus({ days: 12 }).toISODate()! },
  });
  await insert({
    summary: 'Quarterly review',
    location: 'Room 4.01',
    description: '<b>Agenda</b>: results, plans, questions.',
    start: { dateTime: at(3, 14), timeZone: zone },
    end: { dateTime: at(3, 15, 30), timeZone: zone },
    attendees: [{ email: 'alex@example.com' }, { email: 'sam@example.com' }],
  });
}

/** Puts the demo client's ID and secret where the browser shell keeps them. */
export async function configureDemoClient(dataDir: string): Promise<void> {
  const config: GoogleConfig = {
    enabled: true,
    clientId: DEMO_CLIENT.clientId,
    accounts: [],
  };
  const stores = dataFolderStores(dataDir);
  stores.config.write(config);
  await stores.vault.set('clientSecret', DEMO_CLIENT.clientSecret);
}

async function admin(googleUrl: string, route: string, body: object): Promise<unknown> {
  const response = await fetch(`${googleUrl}/__admin/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`The emulator refused ${route}: ${response.status} ${await response.text()}`);
  return response.json().catch(() => null);
}
