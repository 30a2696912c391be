// A settings file whose time zone is not one (hand-edited, or saved by an older version
// that took any string) no longer breaks the calendar: the app opens on the system's zone,
// shows its events, and main's log says what happened.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebShell } from '../../src-main/web/web-shell';
import { expect, test } from './fixtures';

test('a stored time zone that is not one falls back to the system zone, with a note', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'almanac-e2e-zone-'));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ timeZone: '<script>x</script>/../../etc', defaultView: 'week' }),
  );
  const shell = await startWebShell({
    port: 0,
    dataDir,
    rendererDir: resolve('dist/renderer'),
    version: 'e2e',
  });
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(shell.url);
    await page.getByRole('button', { name: 'New event' }).click();
    const editor = page.getByRole('dialog', { name: 'Event' });
    await editor.getByLabel('Title').fill('Still works');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: /^Still works/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Still works/ })).toBeVisible();
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await expect(page.getByLabel('Time zone')).toHaveValue(/system|^$/i);
    expect(readFileSync(shell.log.file, 'utf8')).toMatch(
      /saved time zone .* is not one Almanac knows/,
    );
  } finally {
    await page.context().close();
    await shell.close();
  }
});
