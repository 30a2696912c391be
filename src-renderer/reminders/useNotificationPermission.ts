// Web Notifications permission in the browser shell, asked for only on the user's click (as
// browsers require, and as people expect). In the desktop app reminders go to the system's
// notification centre through main, so there is nothing to ask: the state is 'not-needed'.
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../src-preload/contract';
import { getApi } from '../bridge';
import { webNotificationPermission } from './presenter';

export type PermissionState = NotificationPermission | 'unsupported' | 'not-needed' | 'unknown';

export function useNotificationPermission(): {
  state: PermissionState;
  request(): Promise<void>;
  /** Which shell and platform this is, once main has said. */
  info: AppInfo | null;
} {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [permission, setPermission] = useState(webNotificationPermission);
  useEffect(() => {
    let live = true;
    void getApi()
      .getAppInfo()
      .then((result) => {
        if (!live) return;
        // Without main's answer this is most likely the browser shell that lost its server.
        setInfo(
          result.ok
            ? result.value
            : { name: 'Almanac', version: '', platform: 'unknown', shell: 'web' },
        );
      });
    return () => {
      live = false;
    };
  }, []);
  const request = useCallback(async () => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  }, []);
  const state: PermissionState =
    info === null ? 'unknown' : info.shell === 'electron' ? 'not-needed' : permission;
  return { state, request, info };
}
