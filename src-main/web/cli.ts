// `npm run web`: starts the browser shell and prints the address to open.
// Flags: --port N (0 = any free port; default 4780), --data-dir DIR (default ./.almanac-data),
// --google URL (talk to this Google emulator instead of Google).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions } from './cli-options';
import { startWebShell } from './web-shell';
import { captureConsole } from '../logging/app-log';

const root = fileURLToPath(new URL('../../', import.meta.url));

main().catch((error: unknown) => {
  console.error(
    `Almanac could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

async function main(): Promise<void> {
  const args = readOptions(process.argv.slice(2));
  const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version as string;
  const shell = await startWebShell({
    port: args.port,
    dataDir: resolve(args.dataDir),
    rendererDir: resolve(root, 'dist/renderer'),
    version,
    googleUrl: args.google,
  });
  // Only the real process routes its console to the log file; tests run many shells in one process.
  captureConsole(shell.log);
  console.log(`Almanac is running. Open ${shell.url}`);
  const stop = () => void shell.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
