// Ids of imported events: valid Google ids, derived from the UID alone (so a re-import finds
// the same records), different for different UIDs, and Google's own ids kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOGLE_EVENT_ID } from '../../../src-preload/model/instance-ids';
import {
  eventIdForUid,
  standaloneOccurrenceId,
  uidForEvent,
} from '../../../src-preload/ics/event-ids';

describe('event ids from UIDs', () => {
  it('are valid Google ids, the same for the same UID, different for different UIDs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1200 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1200 }),
        (a, b) => {
          const id = eventIdForUid(a);
          expect(id).toMatch(GOOGLE_EVENT_ID);
          expect(eventIdForUid(a)).toBe(id);
          if (a !== b) expect(eventIdForUid(b)).not.toBe(id);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keep Google’s own id from its UID, and only a valid one', () => {
    expect(eventIdForUid('5qk9m3t2rd1b0h8v6c4e2a1f0g@google.com')).toBe(
      '5qk9m3t2rd1b0h8v6c4e2a1f0g',
    );
    // Not an id Google could have given (x, w and capitals are outside base32hex).
    expect(eventIdForUid('xyz_R20260310@google.com')).toMatch(GOOGLE_EVENT_ID);
    expect(eventIdForUid('xyz_R20260310@google.com')).not.toBe('xyz_R20260310');
  });

  it('are long enough for Google even for one-letter UIDs, and short enough for very long ones', () => {
    expect(eventIdForUid('a')).toMatch(GOOGLE_EVENT_ID);
    expect(eventIdForUid('ab')).toMatch(GOOGLE_EVENT_ID);
    expect(eventIdForUid('a')).not.toBe(eventIdForUid('ab'));
    const long = 'x'.repeat(5000);
    expect(eventIdForUid(long).length).toBeLessThanOrEqual(1024);
    expect(eventIdForUid(long)).not.toBe(eventIdForUid(`${long}y`));
  });

  it('give an event made here the UID Google will give it, and back its id from that', () => {
    expect(uidForEvent({ id: 'a1b2c3d4e5' })).toBe('a1b2c3d4e5@google.com');
    expect(uidForEvent({ id: 'a1b2c3d4e5', iCalUID: 'other@example.com' })).toBe(
      'other@example.com',
    );
    expect(eventIdForUid(uidForEvent({ id: 'a1b2c3d4e5' }))).toBe('a1b2c3d4e5');
  });

  it('give lone occurrences ids of their own', () => {
    const lone = standaloneOccurrenceId('series@example.com', '20260310T083000Z');
    expect(lone).toMatch(GOOGLE_EVENT_ID);
    expect(lone).not.toBe(standaloneOccurrenceId('series@example.com', '20260317T083000Z'));
  });
});
