// Reading an .ics file (RFC 5545) into Almanac's events, with ical.js doing the parsing. Pure:
// no I/O, no DOM, no Electron, so the main process (feeds it fetches) and the renderer (files
// the user opens or drops) read files the same way.
//
// A file is read as far as it can be: a broken line or event becomes a problem naming the
// line or the event, and everything else still reads. See zone-resolver.ts for how time
// zones are understood, series-assembly.ts for how series are put together, and
// event-ids.ts for the ids events get.
import ICAL from 'ical.js';
import {
  blockLabel,
  contentLines,
  frameComponents,
  type ComponentBlock,
  type ContentLine,
} from './content-lines';
import { EventProblem, messageOf, reasonOf, readVevent, type ReadVevent } from './event-reader';
import type { IcsCalendar, IcsProblem, ReadOptions } from './ics-calendar';
import { because, problemWords, type IcsReason, type IcsReasonId } from './ics-reasons';
import { assembleEvents } from './series-assembly';
import { windowsZone } from './zone-offsets';
import { ianaName, ZoneResolver } from './zone-resolver';

/** The events of an .ics file (text, or its bytes as read from disk or the network). */
export function readIcs(input: string | Uint8Array, options: ReadOptions): IcsCalendar {
  const { lines, problems } = contentLines(input);
  const framed = frameComponents(lines);
  problems.push(...framed.problems);
  const calendar = calendarProperties(framed.properties, problems);

  const definitions = new Map<string, ICAL.Component>();
  const vevents: { component: ICAL.Component; block: ComponentBlock }[] = [];
  const leftOut: Record<string, number> = {};
  for (const block of framed.components) {
    if (block.name !== 'VEVENT' && block.name !== 'VTIMEZONE') {
      leftOut[block.name] = (leftOut[block.name] ?? 0) + 1;
      continue;
    }
    const component = parseBlock(block, problems);
    if (!component) continue;
    if (block.name === 'VEVENT') vevents.push({ component, block });
    else {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') definitions.set(tzid, component);
    }
  }

  const floatingZone = calendar.timeZone ?? options.zone;
  const zones = new ZoneResolver(definitions, floatingZone, [options.zone]);
  const selfEmails = new Set((options.selfEmails ?? []).map((e) => e.toLowerCase()));
  const read: ReadVevent[] = [];
  for (const { component, block } of vevents) {
    try {
      read.push(readVevent(component, block, { zones, selfEmails }));
    } catch (error) {
      problems.push({
        line:
          error instanceof EventProblem && error.line !== undefined
            ? error.line
            : block.lines[0]!.line,
        event: blockLabel(block),
        ...reasonOf(error),
        skipped: true,
      });
    }
  }
  const assembled = assembleEvents(read, floatingZone);
  problems.push(...assembled.problems, ...zones.problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...calendar, events: assembled.events, problems, zones: zones.report(), leftOut };
}

// ---------------------------------------------------------------------------------------

type CalendarProperties = Omit<IcsCalendar, 'events' | 'problems' | 'zones' | 'leftOut'>;

function calendarProperties(
  lines: readonly ContentLine[],
  problems: IcsProblem[],
): CalendarProperties {
  const out: CalendarProperties = {};
  for (const line of lines) {
    let property: ICAL.Property;
    try {
      property = new ICAL.Property(ICAL.parse.property(line.text));
    } catch (error) {
      problems.push({
        line: line.line,
        ...problemWords(plainParserMessage(error, undefined, true)),
        skipped: false,
      });
      continue;
    }
    const value = property.getFirstValue();
    const text = typeof value === 'string' ? value.trim() : '';
    switch (property.name) {
      case 'method':
        if (text) out.method = text.toUpperCase();
        break;
      case 'x-wr-calname':
      case 'name':
        if (text) out.name = text;
        break;
      case 'x-wr-caldesc':
      case 'description':
        if (text) out.description = text;
        break;
      case 'x-wr-timezone': {
        const zone = ianaName(text) ?? windowsZone(text);
        if (zone) out.timeZone = zone;
        break;
      }
      case 'color':
      case 'x-apple-calendar-color':
        if (text) out.color = text;
        break;
      case 'refresh-interval':
      case 'x-published-ttl': {
        const duration = value instanceof ICAL.Duration ? value : safeDuration(text);
        if (duration && duration.toSeconds() > 0)
          out.refreshMinutes = Math.round(duration.toSeconds() / 60);
        break;
      }
    }
  }
  return out;
}

function safeDuration(text: string): ICAL.Duration | null {
  try {
    return ICAL.Duration.fromString(text);
  } catch {
    return null;
  }
}

/** The component ical.js makes of a block, or null with a problem naming the bad line. */
function parseBlock(block: ComponentBlock, problems: IcsProblem[]): ICAL.Component | null {
  try {
    return new ICAL.Component(ICAL.parse(block.lines.map((l) => l.text).join('\r\n')));
  } catch (error) {
    // ical.js does not say where; the first line it cannot read on its own is the one.
    const bad = block.lines.find((line) => !isMarker(line.text) && !readsAlone(line.text));
    problems.push({
      line: (bad ?? block.lines[0]!).line,
      ...(block.name === 'VEVENT' ? { event: blockLabel(block) } : {}),
      ...problemWords(plainParserMessage(error, bad?.text)),
      skipped: true,
    });
    return null;
  }
}

function isMarker(text: string): boolean {
  return /^(BEGIN|END):/i.test(text);
}

function readsAlone(text: string): boolean {
  try {
    ICAL.parse.property(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * ical.js's parser messages in plain words, quoting the line shortened; others are "could not
 * be read", after the name of the property they are about, with ical.js's words as the detail.
 * `ignored`: the reading went on past the line.
 */
function plainParserMessage(error: unknown, line?: string, ignored = false): IcsReason {
  const message = messageOf(error);
  const name = line ? /^[A-Za-z0-9-]+/.exec(line)?.[0] : undefined;
  const then = ignored ? 'yes' : 'no';
  for (const [pattern, id, value] of PARSER_MESSAGES) {
    const quoted = pattern.exec(message)?.[1];
    if (quoted !== undefined)
      return because(id, {
        ignored: then,
        [value]: quoted.length > 60 ? `${quoted.slice(0, 60)}…` : quoted,
      });
  }
  return because('unreadable', {
    property: name ? name.toUpperCase() : 'none',
    ignored: then,
    detail: message,
  });
}

/** ical.js's messages, the sentence each is said in, and the value its quote fills. */
const PARSER_MESSAGES: [RegExp, IcsReasonId, 'line' | 'freq'][] = [
  [/^invalid line \(no token ";" or ":"\) "(.*)"$/s, 'notALine', 'line'],
  [/^Invalid parameters in '(.*)'$/s, 'badParameters', 'line'],
  [/^Missing parameter value in '(.*)'$/s, 'parameterWithoutValue', 'line'],
  [/^invalid frequency "(.*)" expected/s, 'badFreq', 'freq'],
];
