// `npm run fake-google -- --port 8123 [--seed FILE]`: the emulator as a process, serving on
// 127.0.0.1 until stopped. `--port 0` picks a free port; the line printed says which.

import { readFileSync } from 'node:fs';
import { startFakeGoogle, type SeedData } from './index.js';

const args = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const index = args.indexOf(flag);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
};

const portText = value('--port') ?? '8123';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${portText}"`);
  process.exit(2);
}
const seedFile = value('--seed');
let seed: SeedData | undefined;
if (seedFile) {
  try {
    seed = JSON.parse(readFileSync(seedFile, 'utf8')) as SeedData;
  } catch (error) {
    console.error(
      `Could not read seed file ${seedFile}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  }
}

const google = await startFakeGoogle({ port, ...(seed ? { seed } : {}) });
console.log(`Fake Google listening on ${google.url}`);
const stop = (): void => {
  void google.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
