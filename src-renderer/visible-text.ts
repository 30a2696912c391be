// Text other people wrote (event titles, guests' names, calendar names, log lines quoting
// them), as the screen shows it: without Unicode's bidirectional embedding, override and
// isolate controls, which can make "‮gnp.exe" read as "exe.png". Left-to-right and
// right-to-left marks stay (they cannot reverse letters, and right-to-left writing uses
// them). Display only: what is stored and synced keeps every character it had.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function visibleText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
