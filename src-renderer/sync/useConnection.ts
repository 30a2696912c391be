// Whether Almanac's background process (main) answers. In the browser shell it can stop
// (`npm run web` ended or crashed) while the page stays open: the calendar then says so,
// and the controls that need main (sync) wait until it is back.
import { useEffect, useState } from 'react';
import { getApi } from '../bridge';

export function useConnection(): boolean {
  const [connected, setConnected] = useState(true);
  useEffect(() => getApi().onConnection(setConnected), []);
  return connected;
}
