// Cutting an .ics file into content lines and top-level components, keeping line numbers.
//
// ical.js parses a whole file in one go and stops at the first bad line without saying where
// it was, so one broken event would lose the whole file. Here the file is only unfolded and
// cut on its BEGIN/END lines; each component then goes to ical.js on its own, so a bad one
// becomes a problem naming its line and the rest still reads. Nothing else of the syntax is
// read here.
import ICAL from 'ical.js';
import type { IcsProblem } from './ics-calendar';
import { because, problemWords } from './ics-reasons';

/** One unfolded content line and the file line (1-based) it starts on. */
export interface ContentLine {
  text: string;
  line: number;
}

/** A component directly inside a VCALENDAR (VEVENT, VTIMEZONE, VTODO, …), whole. */
export interface ComponentBlock {
  /** Upper case: VEVENT, VTIMEZONE, … */
  name: string;
  lines: ContentLine[];
}

export interface FramedFile {
  /** The VCALENDAR's own properties (METHOD, X-WR-CALNAME, …), of every calendar in the file. */
  properties: ContentLine[];
  components: ComponentBlock[];
  problems: IcsProblem[];
}

/**
 * The file's content lines, unfolded. Folding is undone on bytes before decoding, since some
 * writers fold in the middle of a multi-byte character; a file that is not UTF-8 (older
 * Outlook exports) is read as Windows-1252 and says so.
 */
export function contentLines(input: string | Uint8Array): {
  lines: ContentLine[];
  problems: IcsProblem[];
} {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const out = new Uint8Array(bytes.length);
  const starts: number[] = [];
  let length = 0;
  let lineNo = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Lines end with CRLF or LF; in a file without any LF, with CR (classic Mac OS).
  const newline = bytes.includes(0x0a) ? 0x0a : 0x0d;
  while (i < bytes.length) {
    let next = bytes.indexOf(newline, i);
    if (next < 0) next = bytes.length;
    const end = newline === 0x0a && next > i && bytes[next - 1] === 0x0d ? next - 1 : next;
    lineNo += 1;
    const folded = (bytes[i] === 0x20 || bytes[i] === 0x09) && starts.length > 0;
    if (folded) {
      out.set(bytes.subarray(i + 1, end), length);
      length += end - i - 1;
    } else if (end > i) {
      if (starts.length > 0) out[length++] = 0x0a;
      starts.push(lineNo);
      out.set(bytes.subarray(i, end), length);
      length += end - i;
    }
    i = next + 1;
  }
  const problems: IcsProblem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(out.subarray(0, length));
  } catch {
    text = new TextDecoder('windows-1252')
      .decode(out.subarray(0, length))
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
    problems.push({ ...problemWords(because('notUtf8')), skipped: false });
  }
  const lines = text === '' ? [] : text.split('\n').map((t, k) => ({ text: t, line: starts[k]! }));
  return { lines, problems };
}

/**
 * The file's calendars cut into their components. Lenient like other calendar programs: a
 * missing END:VCALENDAR or a bare VEVENT without a VCALENDAR still reads. A component that is
 * never closed, or closed by the wrong END, is dropped with a problem, and reading goes on at
 * the next component.
 */
export function frameComponents(lines: readonly ContentLine[]): FramedFile {
  const properties: ContentLine[] = [];
  const components: ComponentBlock[] = [];
  const problems: IcsProblem[] = [];
  let inCalendar = false;
  let sawCalendar = false;
  let block: ComponentBlock | null = null;
  let stack: string[] = [];
  let broken = false;
  let stray: ContentLine | null = null;

  const unclosed = (at: number) => {
    if (!block) return;
    if (!broken)
      problems.push({
        line: block.lines[0]!.line,
        ...named(block),
        ...problemWords(
          because('neverClosed', { name: block.name, expected: stack.at(-1) ?? '', line: at }),
        ),
        skipped: true,
      });
    block = null;
    stack = [];
    broken = false;
  };

  for (const line of lines) {
    const marker = /^(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]+)[ \t]*$/i.exec(line.text);
    const kind = marker?.[1]!.toUpperCase();
    const name = marker?.[2]!.toUpperCase() ?? '';
    if (name === 'VCALENDAR') {
      unclosed(line.line);
      inCalendar = kind === 'BEGIN';
      sawCalendar = true;
      continue;
    }
    if (kind === 'BEGIN' && (!block || TOP_LEVEL.has(name))) {
      unclosed(line.line);
      block = { name, lines: [line] };
      stack = [name];
      continue;
    }
    if (!block) {
      if (kind === 'END') {
        problems.push({
          line: line.line,
          ...problemWords(because('endWithoutBegin', { name })),
          skipped: false,
        });
      } else if (inCalendar) properties.push(line);
      else stray ??= line;
      continue;
    }
    block.lines.push(line);
    if (kind === 'BEGIN') stack.push(name);
    else if (kind === 'END') {
      if (name !== stack.at(-1)) {
        if (!broken)
          problems.push({
            line: line.line,
            ...named(block),
            ...problemWords(
              because('wrongEnd', {
                name,
                expected: stack.at(-1) ?? '',
                block: block.name,
                line: block.lines[0]!.line,
              }),
            ),
            skipped: true,
          });
        broken = true;
        if (stack.includes(name)) stack.length = stack.lastIndexOf(name);
      } else stack.pop();
      if (stack.length === 0) {
        if (!broken) components.push(block);
        block = null;
        broken = false;
      }
    }
  }
  unclosed(lines.length > 0 ? lines[lines.length - 1]!.line + 1 : 1);
  if (!sawCalendar && components.length === 0 && problems.length === 0) {
    problems.push(
      stray ? notCalendar(stray) : { ...problemWords(because('emptyFile')), skipped: true },
    );
  }
  return { properties, components, problems };
}

/** How problems name a component that could not be read: its SUMMARY, else its UID. */
export function blockLabel(block: ComponentBlock): string | undefined {
  if (block.name !== 'VEVENT') return undefined;
  for (const name of ['SUMMARY', 'UID']) {
    const line = block.lines.find((l) => new RegExp(`^${name}[;:]`, 'i').test(l.text));
    if (!line) continue;
    try {
      const value = new ICAL.Property(ICAL.parse.property(line.text)).getFirstValue();
      if (typeof value === 'string' && value.trim()) return value.trim();
    } catch {
      // An unreadable SUMMARY is no name; try the UID.
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F only, and Node's TextDecoder decodes it as
 * Latin-1 there; browsers do not. Those 32 characters, as the WHATWG Encoding Standard maps
 * them (the five unassigned ones stay as they are).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Components that sit directly in a VCALENDAR; one of them opening ends any still open. */
const TOP_LEVEL = new Set([
  'VEVENT',
  'VTODO',
  'VJOURNAL',
  'VFREEBUSY',
  'VTIMEZONE',
  'VAVAILABILITY',
]);

function named(block: ComponentBlock): { event?: string } {
  const label = blockLabel(block);
  return label ? { event: label } : {};
}

function notCalendar(first: ContentLine): IcsProblem {
  const shown = first.text.length > 60 ? `${first.text.slice(0, 60)}…` : first.text;
  return {
    line: first.line,
    ...problemWords(because('notCalendar', { start: shown })),
    skipped: true,
  };
}
