import { describe, expect, it } from 'vitest';
import { newDraft } from '../../../src-renderer/calendar/model/drafts';
import {
  changedDraftFields,
  guestNotice,
  mergeDraft,
} from '../../../src-renderer/calendar/model/draft-merge';
import type { EventDraft } from '../../../src-renderer/calendar/model/types';

const opened = (): EventDraft => ({
  ...newDraft({
    start: '2026-03-10T14:00:00Z',
    end: '2026-03-10T15:00:00Z',
    allDay: false,
    timeZone: 'Europe/Berlin',
    calendarId: 'primary',
  }),
  summary: 'Planning',
  location: 'Room 1',
  attendees: [
    { email: 'olga@example.com', responseStatus: 'needsAction' },
    { email: 'bob@example.com', responseStatus: 'needsAction' },
  ],
});

describe('changedDraftFields', () => {
  it('is empty for an untouched draft and names each field the person changed', () => {
    expect(changedDraftFields(opened(), opened())).toEqual([]);
    expect(changedDraftFields(opened(), { ...opened(), summary: 'X', endTime: '17:00' })).toEqual([
      'time',
      'summary',
    ]);
  });
});

describe('mergeDraft', () => {
  it('keeps the person’s fields and takes everything else from the newer record', () => {
    const newer: EventDraft = {
      ...opened(),
      location: 'Room 9',
      attendees: [
        { email: 'olga@example.com', responseStatus: 'accepted' },
        { email: 'bob@example.com', responseStatus: 'declined' },
      ],
    };
    const merged = mergeDraft(newer, opened(), { ...opened(), summary: 'Planning (moved)' });
    expect(merged.summary).toBe('Planning (moved)');
    expect(merged.location).toBe('Room 9');
    expect(merged.attendees.map((a) => a.responseStatus)).toEqual(['accepted', 'declined']);
  });

  it('merges guests one by one: an added guest joins the newer list, answers that arrived stay', () => {
    const newer: EventDraft = {
      ...opened(),
      attendees: [
        { email: 'olga@example.com', responseStatus: 'accepted' },
        { email: 'bob@example.com', responseStatus: 'needsAction' },
      ],
    };
    const mine: EventDraft = {
      ...opened(),
      attendees: [
        { email: 'olga@example.com', responseStatus: 'needsAction' },
        { email: 'grace@example.com', responseStatus: 'needsAction' },
      ],
    };
    expect(mergeDraft(newer, opened(), mine).attendees).toEqual([
      { email: 'olga@example.com', responseStatus: 'accepted' },
      { email: 'grace@example.com', responseStatus: 'needsAction' },
    ]);
  });

  it('moves the times as one: a new end here never pairs with a start from elsewhere', () => {
    const newer: EventDraft = { ...opened(), startTime: '09:00', endTime: '10:00' };
    const merged = mergeDraft(newer, opened(), { ...opened(), endTime: '18:00' });
    expect([merged.startTime, merged.endTime]).toEqual(['15:00', '18:00']);
  });
});

describe('guestNotice', () => {
  it('an invitation for a new event with guests, nothing without guests', () => {
    expect(guestNotice(null, opened())).toBe('invitation');
    expect(guestNotice(null, { ...opened(), attendees: [] })).toBeNull();
  });

  it('nothing for the person’s own fields, an update for what guests see', () => {
    expect(guestNotice(opened(), { ...opened(), transparency: 'transparent' })).toBeNull();
    expect(guestNotice(opened(), { ...opened(), colorId: '5' })).toBeNull();
    expect(guestNotice(opened(), { ...opened(), location: 'Room 4' })).toBe('update');
    expect(guestNotice(opened(), { ...opened(), startTime: '16:00', endTime: '17:00' })).toBe(
      'update',
    );
  });

  it('an invitation when guests are only added, an update when one is removed', () => {
    const added = [
      ...opened().attendees,
      { email: 'grace@example.com', responseStatus: 'needsAction' as const },
    ];
    expect(guestNotice(opened(), { ...opened(), attendees: added })).toBe('invitation');
    expect(guestNotice(opened(), { ...opened(), attendees: opened().attendees.slice(1) })).toBe(
      'update',
    );
  });
});
