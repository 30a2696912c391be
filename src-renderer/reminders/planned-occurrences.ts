// The occurrences a reminder plan holds, found by instance id. A plan holds every occurrence
// of the four weeks a reminder can reach ahead (thousands, in a busy calendar), but the
// schedule looks up only a handful of them (the ones its records name). A generated instance
// of a series writes its id and ISO start only when something reads them (they cost more
// than the rest of planning it), so this holds the occurrences as they are and finds one
// by what its id names: a record's own id, or a series instance's original start. Every
// answer is checked against the occurrence's real id, and a key these do not find falls
// back to an index of every id, so the answers are those of a map by instance id.
import { originalStartOf } from '../../src-preload/model/instance-ids';
import type { PlannedOccurrence } from './reminder-plan';

export class PlannedOccurrences {
  private byRecordId: Map<string, PlannedOccurrence> | null = null;
  private byStartMs: Map<number, PlannedOccurrence[]> | null = null;
  private byInstanceId: Map<string, PlannedOccurrence> | null = null;

  constructor(private readonly entries: readonly PlannedOccurrence[]) {}

  get size(): number {
    return this.entries.length;
  }

  values(): IterableIterator<PlannedOccurrence> {
    return this.entries.values();
  }

  /** The occurrence whose instance id is `key`, if the plan holds it. */
  get(key: string): PlannedOccurrence | undefined {
    if (!this.byRecordId) this.index();
    const record = this.byRecordId!.get(key);
    if (record?.occurrence.instanceId === key) return record;
    const named = originalStartOf(key);
    const startMs =
      named === null ? null : (named.instant ?? Date.parse(`${named.date}T00:00:00Z`));
    for (const entry of startMs === null ? [] : (this.byStartMs!.get(startMs) ?? []))
      if (entry.occurrence.instanceId === key) return entry;
    // Not where its id says (gone, or an id of a shape not read above): ask every id, once.
    this.byInstanceId ??= new Map(this.entries.map((e) => [e.occurrence.instanceId, e]));
    return this.byInstanceId.get(key);
  }

  /**
   * A stored record (event or exception) is found by its own id; a generated instance by its
   * start, which its id names (as instants: timed, the start; all-day, UTC midnight of the date).
   */
  private index(): void {
    const byRecordId = new Map<string, PlannedOccurrence>();
    const byStartMs = new Map<number, PlannedOccurrence[]>();
    for (const entry of this.entries) {
      const { occurrence } = entry;
      if (occurrence.master !== undefined && occurrence.event === occurrence.master) {
        const same = byStartMs.get(occurrence.startMs);
        if (same) same.push(entry);
        else byStartMs.set(occurrence.startMs, [entry]);
      } else byRecordId.set(occurrence.event.id, entry);
    }
    this.byRecordId = byRecordId;
    this.byStartMs = byStartMs;
  }
}
