// How every repeated figure of `npm run bench` is printed: the median of the repetitions with
// the fastest and slowest beside it, and, where a floor was measured in the same run, the
// floor's own spread and the ratio of the two medians (the figure that stays comparable on a
// busy machine, since both sides feel the same load).

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface AgainstFloor extends Spread {
  floor: Spread;
  ratioToFloor: number;
}

/** Median, min and max of `samples` (at least one), rounded to 0.1. */
export function spread(samples: number[]): Spread {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    median: round(median),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
    runs: sorted.length,
  };
}

/** The figure's spread beside its floor's, with the ratio of the medians. */
export function againstFloor(samples: number[], floorSamples: number[]): AgainstFloor {
  const own = spread(samples);
  const floor = spread(floorSamples);
  return { ...own, floor, ratioToFloor: Number((own.median / floor.median).toFixed(2)) };
}

/** Runs `measure` `times` times, one after the other, and returns what each took. */
export async function repeat(times: number, measure: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(await measure());
  return out;
}

const STARTED = performance.now();

/** A line on stderr saying where a long run has got to (stdout holds only the JSON). */
export function progress(what: string): void {
  const seconds = Math.round((performance.now() - STARTED) / 1000);
  process.stderr.write(`[bench +${seconds} s] ${what}\n`);
}

/** Rounded to 0.1 ms, as every figure is printed. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
