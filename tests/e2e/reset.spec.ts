// Reset Account through the real UI, for each of the 4 × 2 combinations of "User's Existing
// Events" and "Next Synchronization", against the Google emulator: both sides are checked
// right after the reset and again after signing in anew and syncing, and the emulator's
// notification log shows mail only when "Notify guests about deleted events" was ticked.
// Besides the linked events (one of them someone else's invitation), each case has an event
// on Google never synced here and one made here (while paused) never synced to Google.
import type { calendar_v3 } from '@googleapis/calendar';
import type { Page } from '@playwright/test';
import type { ResetChoices } from '../../src-preload/contract';
import {
  ACCOUNT,
  DESKTOP,
  createHere,
  enterCredentials,
  expect,
  googleAs,
  localEvents,
  signIn,
  slotInDays,
  syncNow,
  test,
} from './google-fixtures';

test.beforeEach(async ({ admin }) => {
  await admin('accounts', { email: 'bob@example.com', name: 'Bob' });
});

async function googleEvents(api: calendar_v3.Calendar): Promise<string[]> {
  const items =
    (await api.events.list({ calendarId: 'primary', maxResults: 2500 })).data.items ?? [];
  return items
    .filter((e) => e.status !== 'cancelled')
    .map((e) => e.summary ?? '')
    .sort();
}

async function openGooglePrefs(page: Page) {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByRole('tab', { name: 'Google Calendar' }).click();
  return prefs;
}

const EXISTING_LABEL: Record<ResetChoices['existing'], string> = {
  keep: 'Leave them untouched',
  'delete-google': 'Delete from the current Google Calendar account',
  'delete-local': 'Delete from this computer',
  'delete-both': 'Delete from both',
};
const NEXT_LABEL: Record<ResetChoices['next'], string> = {
  new: 'Synchronize only new events',
  all: 'Synchronize all existing events',
};

interface Case {
  existing: ResetChoices['existing'];
  next: ResetChoices['next'];
  notify: boolean;
  summary: RegExp;
  afterReset: { here: string[]; google: string[] };
  afterSync: { here: string[]; google: string[] };
}

const NEW = ['New here', 'New on Google'];
const CASES: Case[] = [
  {
    existing: 'keep',
    next: 'new',
    notify: false,
    summary: /Leaves all 2 events untouched/,
    afterReset: {
      here: ['Invited', 'Mine', 'Only here (local-only)'],
      google: ['Invited', 'Mine', 'Old on Google'],
    },
    afterSync: {
      here: ['Invited', 'Mine', ...NEW, 'Only here (local-only)'],
      google: ['Invited', 'Mine', ...NEW, 'Old on Google'],
    },
  },
  {
    existing: 'keep',
    next: 'all',
    notify: false,
    summary: /Leaves all 2 events untouched/,
    afterReset: {
      here: ['Invited', 'Mine', 'Only here (local-only)'],
      google: ['Invited', 'Mine', 'Old on Google'],
    },
    afterSync: {
      here: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
      google: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
    },
  },
  {
    existing: 'delete-google',
    next: 'new',
    notify: true,
    summary:
      /Deletes 1 event from Google Calendar, keeps them here.*1 event you were invited to stay on Google/,
    afterReset: {
      here: ['Invited (local-only)', 'Mine (local-only)', 'Only here (local-only)'],
      google: ['Invited', 'Old on Google'],
    },
    afterSync: {
      here: ['Invited (local-only)', 'Mine (local-only)', ...NEW, 'Only here (local-only)'],
      google: ['Invited', ...NEW, 'Old on Google'],
    },
  },
  {
    existing: 'delete-google',
    next: 'all',
    notify: false,
    summary: /Deletes 1 event from Google Calendar, keeps them here/,
    afterReset: {
      here: ['Invited (local-only)', 'Mine (local-only)', 'Only here (local-only)'],
      google: ['Invited', 'Old on Google'],
    },
    afterSync: {
      here: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
      google: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
    },
  },
  {
    existing: 'delete-local',
    next: 'new',
    notify: false,
    summary: /Deletes 2 events from this computer, keeps them on Google Calendar/,
    afterReset: { here: ['Only here (local-only)'], google: ['Invited', 'Mine', 'Old on Google'] },
    afterSync: {
      here: [...NEW, 'Only here (local-only)'],
      google: ['Invited', 'Mine', ...NEW, 'Old on Google'],
    },
  },
  {
    existing: 'delete-local',
    next: 'all',
    notify: false,
    summary: /Deletes 2 events from this computer/,
    afterReset: { here: ['Only here (local-only)'], google: ['Invited', 'Mine', 'Old on Google'] },
    afterSync: {
      here: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
      google: ['Invited', 'Mine', ...NEW, 'Old on Google', 'Only here'],
    },
  },
  {
    existing: 'delete-both',
    next: 'new',
    notify: false,
    summary: /Deletes 1 event from Google Calendar and 2 events from this computer/,
    afterReset: { here: ['Only here (local-only)'], google: ['Invited', 'Old on Google'] },
    afterSync: {
      here: [...NEW, 'Only here (local-only)'],
      google: ['Invited', ...NEW, 'Old on Google'],
    },
  },
  {
    existing: 'delete-both',
    next: 'all',
    notify: true,
    summary:
      /Deletes 1 event from Google Calendar and 2 events from this computer.*Guests are told/,
    afterReset: { here: ['Only here (local-only)'], google: ['Invited', 'Old on Google'] },
    afterSync: {
      here: ['Invited', ...NEW, 'Old on Google', 'Only here'],
      google: ['Invited', ...NEW, 'Old on Google', 'Only here'],
    },
  },
];

for (const c of CASES) {
  test(`Reset Account: “${EXISTING_LABEL[c.existing]}” + “${NEXT_LABEL[c.next]}”${c.notify ? ' + notify guests' : ''}`, async ({
    openApp,
    admin,
    google,
  }) => {
    const api = await googleAs(admin, google.url);
    const notifications = async () =>
      (
        (await (await fetch(`${google.url}/__admin/notifications`)).json()) as {
          to: string;
          kind: string;
        }[]
      ).map((n) => `${n.kind}:${n.to}`);
    await admin('events', {
      calendarId: ACCOUNT.email,
      events: [
        {
          summary: 'Mine',
          attendees: [{ email: 'carol@example.org', responseStatus: 'needsAction' }],
          ...slotInDays(1),
        },
        {
          summary: 'Invited',
          organizer: { email: 'bob@example.com' },
          attendees: [
            { email: 'bob@example.com', responseStatus: 'accepted' },
            { email: ACCOUNT.email, responseStatus: 'needsAction' },
          ],
          ...slotInDays(2),
        },
      ],
    });
    const page = await openApp();
    await enterCredentials(page, DESKTOP);
    await signIn(page);
    await expect.poll(() => localEvents(page)).toEqual(['Invited', 'Mine']);
    // On Google before the reset but never synced here.
    await admin('events', {
      calendarId: ACCOUNT.email,
      events: [{ summary: 'Old on Google', ...slotInDays(3) }],
    });

    // Made here while synchronization is paused: on this computer only at the moment of the reset.
    const prefs = await openGooglePrefs(page);
    await prefs.getByRole('checkbox', { name: 'Pause synchronization' }).check();
    await prefs.getByRole('button', { name: 'Close' }).click();
    await createHere(page, 'Only here');

    await openGooglePrefs(page);
    await expect(prefs.getByRole('button', { name: 'Stop synchronization' })).toBeVisible();
    await prefs.getByRole('button', { name: 'Reset Account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset Account' });
    const existing = dialog.getByRole('radiogroup', { name: "User's Existing Events" });
    const next = dialog.getByRole('radiogroup', { name: 'Next Synchronization' });
    await expect(existing.getByRole('radio', { name: 'Leave them untouched' })).toBeChecked();
    await expect(next.getByRole('radio', { name: 'Synchronize only new events' })).toBeChecked();
    await expect(
      dialog.getByRole('checkbox', { name: 'Notify guests about deleted events' }),
    ).toHaveCount(0);
    await existing.getByRole('radio', { name: EXISTING_LABEL[c.existing] }).check();
    await next.getByRole('radio', { name: NEXT_LABEL[c.next] }).check();
    const notify = dialog.getByRole('checkbox', { name: 'Notify guests about deleted events' });
    if (c.existing === 'delete-google' || c.existing === 'delete-both') {
      await expect(notify).not.toBeChecked();
      if (c.notify) await notify.check();
    } else await expect(notify).toHaveCount(0);
    await expect(dialog.getByRole('status', { name: 'What Confirm does' })).toHaveText(c.summary);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(prefs.getByRole('status', { name: 'Reset result' })).toContainText(
      'Reset Account finished',
    );
    await expect(prefs.getByText(`Connected as ${ACCOUNT.email}`)).toHaveCount(0);

    expect(await localEvents(page)).toEqual(c.afterReset.here);
    expect(await googleEvents(api)).toEqual(c.afterReset.google);
    expect(await notifications()).toEqual(c.notify ? ['cancellation:carol@example.org'] : []);

    // After the reset: one new event on each side, then a fresh sign-in.
    await api.events.insert({
      calendarId: 'primary',
      requestBody: { summary: 'New on Google', ...slotInDays(4) },
    });
    await prefs.getByRole('button', { name: 'Close' }).click();
    await createHere(page, 'New here');
    // Signed in anew, still paused: nothing moves until synchronization resumes.
    await signIn(page, { paused: true });
    expect(await googleEvents(api)).toEqual(c.afterReset.google.concat('New on Google').sort());
    await (
      await openGooglePrefs(page)
    )
      .getByRole('checkbox', { name: 'Pause synchronization' })
      .uncheck();
    await prefs.getByRole('button', { name: 'Close' }).click();
    await syncNow(page);
    await syncNow(page);
    expect(await localEvents(page)).toEqual(c.afterSync.here);
    expect(await googleEvents(api)).toEqual(c.afterSync.google);
    expect(await notifications()).toEqual(c.notify ? ['cancellation:carol@example.org'] : []);
    // The sync log tells the story.
    const codes = await page.evaluate(async () =>
      (await window.__almanac!.db.syncLog.toArray()).map((l) => l.code),
    );
    expect(codes).toEqual(expect.arrayContaining(['reset-started', 'reset-finished']));
  });
}
