// Text as iCalendar files can carry it, for the values and parameters an export writes.

/**
 * Text as iCalendar can carry it: line breaks as LF (a CR has no escape and would end the
 * line), and no other control characters, which RFC 5545 does not allow in text.
 */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Text for a parameter. ical.js, like Thunderbird, reads a parameter's value as escaped TEXT
 * (RFC 5545 has no escapes there), so a backslash is doubled to come back as one.
 */
export function parameterText(text: string): string {
  return icsText(text).replace(/\\/g, '\\\\');
}
