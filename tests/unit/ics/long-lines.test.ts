// Long folded lines and non-ASCII text: folds cut inside a multi-byte character (some writers
// count bytes and cut wherever the 75th falls), LF line ends, a tab as the fold's blank, a
// byte-order mark, and classic Mac line ends.
import { describe, expect, it } from 'vitest';
import { contentLines } from '../../../src-preload/ics/content-lines';
import { readIcs } from '../../../src-preload/ics/ics-reader';
import { corpusFile, readCorpus } from './corpus';

describe('long lines folded inside characters', () => {
  const calendar = readCorpus('long-lines-unicode.ics');

  it('are unfolded before decoding, so no character is broken', () => {
    expect(calendar.problems).toEqual([]);
    const raw = corpusFile('long-lines-unicode.ics');
    // The file does cut characters: some physical lines are not UTF-8 on their own.
    const physical = new TextDecoder().decode(raw).split('\n');
    expect(physical.some((line) => line.includes('\uFFFD'))).toBe(true);
    const text = JSON.stringify(calendar.events);
    expect(text).not.toContain('\uFFFD');
  });

  it('give back every character of the summaries and descriptions', () => {
    const [committee, team] = calendar.events;
    expect(committee!.summary).toBe(`Réunion du comité — ${'très '.repeat(20)}longue`);
    const minutes = 'Ce compte rendu résume la réunion du comité : budget, calendrier, risques.';
    expect(committee!.description).toBe(
      `${Array(12).fill(minutes).join(' ')}\n\n${'会议纪要：预算、时间表与风险。'.repeat(10)}`,
    );
    expect(committee!.location).toBe('Salle Épée, 3ᵉ étage');
    expect(team!.summary).toBe('Встреча с командой 👩‍💻👨‍💻 مرحبا بالعالم');
    expect(team!.description).toBe(Array(8).fill('Emoji 🎉🎊🥳 and Ελληνικά κείμενο.').join(' '));
  });
});

describe('content lines', () => {
  it('number lines as the file has them, folded or not, whatever the line ends', () => {
    const crlf = contentLines('BEGIN:VCALENDAR\r\nSUMMARY:a\r\n  b\r\n\tc\r\nEND:VCALENDAR\r\n');
    expect(crlf.lines).toEqual([
      { text: 'BEGIN:VCALENDAR', line: 1 },
      { text: 'SUMMARY:a bc', line: 2 },
      { text: 'END:VCALENDAR', line: 5 },
    ]);
    const mac = contentLines('BEGIN:VCALENDAR\rX:1\r\rEND:VCALENDAR');
    expect(mac.lines).toEqual([
      { text: 'BEGIN:VCALENDAR', line: 1 },
      { text: 'X:1', line: 2 },
      { text: 'END:VCALENDAR', line: 4 },
    ]);
  });

  it('skip a byte-order mark', () => {
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('BEGIN:VCALENDAR\n'),
    ]);
    expect(contentLines(withBom).lines).toEqual([{ text: 'BEGIN:VCALENDAR', line: 1 }]);
  });

  it('read an escaped comma, semicolon, backslash and line break in text', () => {
    const event = readIcs(
      'BEGIN:VEVENT\nUID:x\nDTSTART:20260101T000000Z\nSUMMARY:a\\, b\\; c\\\\d\\ne\\Nf\nEND:VEVENT\n',
      { zone: 'UTC' },
    ).events[0]!;
    expect(event.summary).toBe('a, b; c\\d\ne\nf');
  });
});
