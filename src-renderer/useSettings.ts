// Settings live in the main process; the renderer reads them once, follows changes pushed
// from main, and falls back to the defaults when the bridge is down so the calendar still
// works offline. `problem` carries a plain-words reason for the banner.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS } from '../src-preload/settings';
import type { Result } from '../src-preload/contract';
import type { Settings } from '../src-preload/settings';
import { getApi } from './bridge';
import { bridgeErrorText } from './i18n/bridge-error-words';
import type { MessageId } from './i18n/catalogues';
import type { MessageValues } from './i18n/active-locale';

/** A problem in words the window says in its language (it is found before that is known). */
export interface SettingsProblem {
  id: MessageId;
  values?: MessageValues;
}

export interface SettingsState {
  settings: Settings;
  /** False until main answered (or did not answer in time). */
  ready: boolean;
  /** Why settings could not be read or saved, for the banner; null when all is well. */
  problem: SettingsProblem | null;
  update(patch: Partial<Settings>): Promise<Result<Settings>>;
  dismissProblem(): void;
}

// Long enough for a slow start, short enough that a dead bridge does not hide the calendar.
const BRIDGE_PATIENCE_MS = 2500;

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);

  useEffect(() => {
    let live = true;
    const giveUp = setTimeout(() => {
      if (!live) return;
      setReady(true);
      setProblem((p) => p ?? { id: 'settings.notAnswering' });
    }, BRIDGE_PATIENCE_MS);
    let unsubscribe = () => {};
    try {
      const api = getApi();
      unsubscribe = api.onSettingsChanged((next) => live && setSettings(next));
      api.getSettings().then(
        (result) => {
          if (!live) return;
          clearTimeout(giveUp);
          if (result.ok) {
            setSettings(result.value);
            setProblem(null);
          } else {
            setProblem({
              id: 'settings.unreadable',
              values: { reason: bridgeErrorText(result.error) },
            });
          }
          setReady(true);
        },
        (error: unknown) => {
          if (!live) return;
          clearTimeout(giveUp);
          setProblem({ id: 'settings.unreadable', values: { reason: describe(error) } });
          setReady(true);
        },
      );
    } catch (error) {
      clearTimeout(giveUp);
      setProblem({ id: 'settings.unreachable', values: { reason: describe(error) } });
      setReady(true);
    }
    return () => {
      live = false;
      clearTimeout(giveUp);
      unsubscribe();
    };
  }, []);

  // The change shows at once (a ticked box stays ticked while main saves it); main's answer
  // then has the last word, and a refusal puts back what was there.
  const update = useCallback(async (patch: Partial<Settings>): Promise<Result<Settings>> => {
    let before: Settings | null = null;
    setSettings((current) => {
      before = current;
      return { ...current, ...patch };
    });
    const undo = () =>
      setSettings((current) => (before ? { ...current, ...pick(before, patch) } : current));
    try {
      const result = await getApi().updateSettings(patch);
      if (result.ok) setSettings(result.value);
      else undo();
      return result;
    } catch (error) {
      undo();
      return { ok: false, error: { code: 'bridge', message: describe(error) } };
    }
  }, []);

  const dismissProblem = useCallback(() => setProblem(null), []);

  return { settings, ready, problem, update, dismissProblem };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The values `settings` held for the keys a patch names. */
function pick(settings: Settings, patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(
    Object.keys(patch).map((key) => [key, settings[key as keyof Settings]]),
  ) as Partial<Settings>;
}
