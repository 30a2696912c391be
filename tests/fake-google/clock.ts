// The emulator's notion of "now". Everything time-dependent (token and code expiry, quota
// windows, `updated` stamps) reads this clock, so tests can jump forward (7-day refresh-token
// expiry, one-hour access tokens) without waiting.

export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** RFC 3339 with milliseconds and Z, as Google writes `created`/`updated`. */
  iso(): string {
    return new Date(this.now()).toISOString();
  }
}
