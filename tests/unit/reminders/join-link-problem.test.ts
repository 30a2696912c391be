// A reminder's Join whose link the system could not open says why, as the editor does under a
// link: the presenter hands back main's refusal, and the reminder stays in the panel with
// the reason (worded in the reader's language) instead of being dismissed by a click that
// did nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, UserFacingError } from '../../../src-main/ipc/dispatch';
import type { AlmanacApi } from '../../../src-preload/almanac-api';
import { refusalSentence } from '../../../src-preload/bridge-words';
import type { BridgeError } from '../../../src-preload/contract';
import { conventionsFor } from '../../../src-preload/locale';
import type { AlmanacDatabase } from '../../../src-renderer/db/database';
import { localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { bridgeErrorText } from '../../../src-renderer/i18n/bridge-error-words';
import { createPresenter } from '../../../src-renderer/reminders/presenter';
import type { ReminderEngine } from '../../../src-renderer/reminders/reminder-engine';
import { freshDb, timed } from '../renderer/fixtures';
import {
  FakeClock,
  berlin,
  settle,
  startSchedule,
  type RecordingPresenter,
} from './schedule-harness';

const MEET = 'https://meet.google.com/abc-defg-hij';
const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));

/** Main's answer when the system has no browser to hand the address to, through dispatch. */
const refusingMain = (): AlmanacApi['openExternal'] => (url) =>
  dispatch(
    {
      'shell:open-external': async ({ url: asked }: { url: string }) => {
        throw new UserFacingError('open-failed', refusalSentence('openFailed', { url: asked }));
      },
    } as never,
    'shell:open-external',
    { url },
  ) as ReturnType<AlmanacApi['openExternal']>;

afterEach(() => setActiveLocale(locale('en-GB')));

describe('the presenter', () => {
  it('hands back why the link could not be opened, and nothing once it was', async () => {
    const refusing = createPresenter(
      { openExternal: refusingMain() } as Partial<AlmanacApi> as AlmanacApi,
      () => undefined,
      () => 10,
    );
    const error = await refusing.openLink(MEET);
    expect(error).toMatchObject({ code: 'open-failed', words: { id: 'openFailed' } });
    setActiveLocale(locale('fr-FR'));
    expect(bridgeErrorText(error!)).toBe(
      `Impossible d’ouvrir ${MEET} dans votre navigateur. Copiez plutôt l’adresse.`,
    );
    const opening = createPresenter(
      {
        openExternal: async () => ({ ok: true, value: null }),
      } as Partial<AlmanacApi> as AlmanacApi,
      () => undefined,
      () => 10,
    );
    expect(await opening.openLink(MEET)).toBeNull();
  });
});

describe('the schedule', () => {
  let db: AlmanacDatabase;
  let engine: ReminderEngine;
  let presenter: RecordingPresenter;
  let refusal: BridgeError;

  beforeEach(async () => {
    db = freshDb();
    await db.events.put(
      timed('standup1', '2026-06-10T10:30', '2026-06-10T10:45', 'Europe/Berlin', {
        hangoutLink: MEET,
        reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 10 }] },
      }),
    );
    const clock = new FakeClock(berlin('2026-06-10', '10:00'));
    ({ engine, presenter } = await startSchedule(db, clock));
    await clock.advanceTo(berlin('2026-06-10', '10:20'), engine);
    expect(engine.getPanel().items.map((item) => item.key)).toEqual(['standup1']);
    const answer = await refusingMain()(MEET);
    if (answer.ok) throw new Error('not refused');
    refusal = answer.error;
  });
  afterEach(() => engine.stop());

  it('keeps a reminder whose Join could not open the link, saying why', async () => {
    presenter.linkAnswer = refusal;
    await engine.act('standup1', 'join');
    await settle(engine);
    expect(presenter.links).toEqual([MEET]);
    const panel = engine.getPanel();
    expect(panel.linkProblem).toEqual({ key: 'standup1', error: refusal });
    // Not dismissed: still in the panel, its notification not closed.
    expect(panel.items.map((item) => item.key)).toEqual(['standup1']);
    expect(presenter.closed).toEqual([]);

    // Once the link opens, the reason goes and Join dismisses the reminder as before.
    presenter.linkAnswer = null;
    await engine.act('standup1', 'join');
    await settle(engine);
    expect(engine.getPanel().linkProblem).toBeNull();
    expect(engine.getPanel().items).toEqual([]);
    expect(presenter.closed).toEqual(['standup1']);
  });

  it('lets the reason go when the reminder is snoozed, or when it is dismissed', async () => {
    presenter.linkAnswer = refusal;
    await engine.act('standup1', 'join');
    expect(engine.getPanel().linkProblem).not.toBeNull();
    engine.dismissLinkProblem();
    expect(engine.getPanel().linkProblem).toBeNull();
    await engine.act('standup1', 'join');
    await engine.act('standup1', { snooze: 5 });
    await settle(engine);
    expect(engine.getPanel().linkProblem).toBeNull();
    expect(engine.getPanel().items).toEqual([]);
  });
});
