// Injected faults: rules that make matching API calls fail, stall or lose their response, so
// tests can reproduce what the network and Google do on a bad day. A rule matches by method
// and path (a prefix of the decoded path, or a regular expression when it starts with `^`)
// and the account whose token the call carries,
// optionally only on every n-th or exactly the n-th matching call, and fires at most `times`
// times. Rules apply to each API call, including each part of a batch.

export interface FaultRule {
  /** `user`: only calls made with that account's access token (a fault in one account). */
  match: { method?: string; path?: string; user?: string; every?: number; nth?: number };
  respond?: { status: number; reason?: string; retryAfter?: number };
  /** Lose the response: before the call is applied (nothing happened) or after (it did). */
  drop?: 'before-apply' | 'after-apply';
  delayMs?: number;
  times?: number;
}

export interface ActiveFault {
  rule: FaultRule;
  seen: number;
  fired: number;
}

export function activateRules(rules: FaultRule[]): ActiveFault[] {
  return rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
}

/** The fault that fires for this call, if any (first matching rule wins), counting the call. */
export function pickFault(
  faults: ActiveFault[],
  method: string,
  path: string,
  user?: string,
): FaultRule | undefined {
  let chosen: FaultRule | undefined;
  for (const fault of faults) {
    const { match, times } = fault.rule;
    if (match.method && match.method.toUpperCase() !== method) continue;
    if (match.path && !pathMatches(match.path, path)) continue;
    if (match.user && match.user.toLowerCase() !== user?.toLowerCase()) continue;
    if (times !== undefined && fault.fired >= times) continue;
    fault.seen += 1;
    if (chosen) continue;
    if (match.nth !== undefined && fault.seen !== match.nth) continue;
    if (match.every !== undefined && fault.seen % match.every !== 0) continue;
    fault.fired += 1;
    chosen = fault.rule;
  }
  return chosen;
}

function pathMatches(pattern: string, path: string): boolean {
  if (pattern.startsWith('^')) return new RegExp(pattern).test(path);
  return path.startsWith(pattern);
}
