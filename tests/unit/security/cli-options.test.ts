// `npm run web`'s flags: read by node:util's parser, each checked, and anything else refused
// with a message naming the flags there are.
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../../src-main/web/cli-options';

describe('the browser shell’s flags', () => {
  it('has defaults', () => {
    expect(readOptions([])).toEqual({ port: 4780, dataDir: '.almanac-data' });
  });

  it('reads each flag, in either spelling', () => {
    expect(
      readOptions(['--port', '0', '--data-dir', '/tmp/a', '--google=http://127.0.0.1:8123']),
    ).toEqual({ port: 0, dataDir: '/tmp/a', google: 'http://127.0.0.1:8123' });
  });

  it.each([
    [['--port', 'x'], /--port wants a number from 0 to 65535, not "x"/],
    [['--port', '-1'], /Option '--port' argument is ambiguous/],
    [['--port=-1'], /--port wants a number/],
    [['--port', '70000'], /--port wants a number/],
    [['--port', '1.5'], /--port wants a number/],
    [['--google', 'not a url'], /--google wants a URL/],
    [['--data-dir'], /argument missing.*Use --port N, --data-dir DIR and --google URL/],
    [['--verbose'], /Unknown option '--verbose'.*Use --port N/],
    [['stray'], /Unexpected argument 'stray'.*Use --port N/],
  ])('refuses %j', (argv, message) => {
    expect(() => readOptions(argv)).toThrow(message);
  });
});
