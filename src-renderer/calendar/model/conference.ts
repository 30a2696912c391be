// Google Meet on an event: its link (hangoutLink, or a video entry point of its conference
// data; https only), and what asks Google to create one when the event is saved.
import type { CalendarEvent } from '../../../src-preload/model/event';

/** The Meet (video) link of an event: hangoutLink or a video entry point; https only. */
export function meetLinkOf(
  event: Pick<CalendarEvent, 'hangoutLink' | 'conferenceData'>,
): string | undefined {
  const candidates: unknown[] = [event.hangoutLink];
  const points = (event.conferenceData as { entryPoints?: unknown } | undefined)?.entryPoints;
  if (Array.isArray(points)) {
    for (const p of points as { entryPointType?: unknown; uri?: unknown }[])
      if (p?.entryPointType === 'video') candidates.push(p.uri);
  }
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    try {
      if (new URL(c).protocol === 'https:') return c;
    } catch {
      // not a URL: ignored
    }
  }
  return undefined;
}

/** What asks Google to create a Meet conference for the event (needs conferenceDataVersion=1). */
export function meetCreateRequest() {
  return {
    createRequest: {
      requestId: globalThis.crypto.randomUUID(),
      conferenceSolutionKey: { type: 'hangoutsMeet' },
    },
  };
}
