// Conformance: `npm run fake-google` — the line it prints, 127.0.0.1 only, --port 0, --seed.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function start(args: string[]): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'tests/fake-google/cli.ts', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] as string);
    });
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

test('prints the listening line for --port 0 and serves seeded data on 127.0.0.1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-google-'));
  const seedFile = join(dir, 'seed.json');
  writeFileSync(
    seedFile,
    JSON.stringify({
      accounts: [{ email: 'seed@example.com', name: 'Seed', calendars: [{ summary: 'Extra' }] }],
      clients: [
        { clientId: 'seed-client', clientSecret: 's', type: 'desktop', publishing: 'production' },
      ],
      events: [
        {
          calendarId: 'seed@example.com',
          id: 'seeded0001',
          summary: 'Seeded',
          start: { date: '2030-01-01' },
          end: { date: '2030-01-02' },
        },
      ],
    }),
  );
  const line = await start(['--port', '0', '--seed', seedFile]);
  expect(line).toMatch(/^Fake Google listening on http:\/\/127\.0\.0\.1:\d+$/);
  const url = line.slice('Fake Google listening on '.length);
  const tokens = (await (
    await fetch(`${url}/__admin/tokens`, {
      method: 'POST',
      body: JSON.stringify({ email: 'seed@example.com', clientId: 'seed-client' }),
    })
  ).json()) as { access_token: string };
  const events = (await (
    await fetch(`${url}/calendar/v3/calendars/primary/events`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    })
  ).json()) as { items: { id: string }[] };
  expect(events.items.map((e) => e.id)).toEqual(['seeded0001']);
  const list = (await (
    await fetch(`${url}/calendar/v3/users/me/calendarList`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    })
  ).json()) as { items: { summary: string }[] };
  expect(list.items.map((c) => c.summary)).toEqual(['seed@example.com', 'Extra']);
});

test('a bad --port is refused', async () => {
  await expect(start(['--port', 'eighty'])).rejects.toThrow(/exited 2/);
});
