// All seed timestamps are offsets from the scenario's baseTime, so a scenario built "now" looks
// fresh (recent activity, invites about to expire) and tests can pin the clock.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface Clock {
  /** The baseTime itself, normalised to an ISO string. */
  readonly base: string;
  daysAgo(days: number): string;
  hoursAgo(hours: number): string;
  daysFrom(days: number): string;
}

export function createClock(baseTime: string): Clock {
  const baseMs = Date.parse(baseTime);
  if (Number.isNaN(baseMs)) throw new RangeError(`baseTime is not an ISO date: ${baseTime}`);
  // Seeds ask for the same whole days again and again (50,000 people joined on ~900 days): format once.
  const formatted = new Map<number, string>();
  const at = (ms: number): string => {
    let text = formatted.get(ms);
    if (text === undefined) formatted.set(ms, (text = new Date(ms).toISOString()));
    return text;
  };
  return {
    base: at(baseMs),
    daysAgo: (days) => at(baseMs - Math.round(days * DAY_MS)),
    hoursAgo: (hours) => at(baseMs - Math.round(hours * HOUR_MS)),
    daysFrom: (days) => at(baseMs + Math.round(days * DAY_MS)),
  };
}
