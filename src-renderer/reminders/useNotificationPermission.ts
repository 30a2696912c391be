// Web Notifications permission in the browser shell, asked for only on the user's click (as
// browsers require, and as people expect). In the desktop app reminders go to the system's
// notification centre through main, so there is nothing to ask: the state is 'not-needed'.
import { useCallback, useEffect, useState } from 'react';
import { getApi } from '../bridge';
import { webNotificationPermission } from './presenter';

export type PermissionState = NotificationPermission | 'unsupported' | 'not-needed' | 'unknown';

export function useNotificationPermission(): {
  state: PermissionState;
  request(): Promise<void>;
} {
  const [shell, setShell] = useState<'electron' | 'web' | null>(null);
  const [permission, setPermission] = useState(webNotificationPermission);
  useEffect(() => {
    let live = true;
    void getApi()
      .getAppInfo()
      .then((result) => live && setShell(result.ok ? result.value.shell : 'web'));
    return () => {
      live = false;
    };
  }, []);
  const request = useCallback(async () => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  }, []);
  const state: PermissionState =
    shell === null ? 'unknown' : shell === 'electron' ? 'not-needed' : permission;
  return { state, request };
}
