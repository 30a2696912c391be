// The flags of `npm run web`, read with Node's own parser (node:util parseArgs) and checked,
// so a mistyped one stops the start with a message saying what is wanted.
import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  dataDir: string;
  google?: string;
}

/** The flags, checked: a wrong one stops the start with a message saying what is wanted. */
export function readOptions(argv: string[]): CliOptions {
  let values: { port?: string; 'data-dir'?: string; google?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        google: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)} Use --port N, --data-dir DIR and --google URL.`,
      { cause: error },
    );
  }
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '4780') || port > 65535)
    throw new Error(`--port wants a number from 0 to 65535, not "${values.port}".`);
  if (values.google !== undefined && !URL.canParse(values.google))
    throw new Error(`--google wants a URL like http://127.0.0.1:8123, not "${values.google}".`);
  return {
    port,
    dataDir: values['data-dir'] ?? '.almanac-data',
    ...(values.google !== undefined ? { google: values.google } : {}),
  };
}
