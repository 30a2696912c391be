// A repeat rule Almanac cannot read, met while drawing or changing its series (a notice says
// it when a change to the series fails on it). It keeps its sentence's id and values, so it
// is worded in the language shown when it is thrown: a parsed series keeps the failure
// across a change of language. rrule's own words stay as written, inside a sentence.
import { activeLocale } from '../../i18n/active-locale';
import type { MessageId } from '../../i18n/catalogues';

export type RuleProblem =
  'noStart' | 'noRule' | 'badDate' | 'unsupportedLine' | 'noFrequency' | 'badInterval' | 'parser';

export class UnreadableRuleError extends Error {
  constructor(
    readonly problem: RuleProblem,
    readonly values: Record<string, string> = {},
  ) {
    super(activeLocale().t(`series.unreadable.${problem}` as MessageId, values));
    this.name = 'UnreadableRuleError';
  }

  /** Why a series could not be read, from whatever its parsing threw. */
  static of(error: unknown): UnreadableRuleError {
    if (error instanceof UnreadableRuleError) return error;
    return new UnreadableRuleError('parser', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }

  /** The same problem in the language shown now. */
  again(): UnreadableRuleError {
    return new UnreadableRuleError(this.problem, this.values);
  }
}
