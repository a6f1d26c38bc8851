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
  const at = isoFormatter();
  return {
    base: at(baseMs),
    daysAgo: (days) => at(baseMs - Math.round(days * DAY_MS)),
    hoursAgo: (hours) => at(baseMs - Math.round(hours * HOUR_MS)),
    daysFrom: (days) => at(baseMs + Math.round(days * DAY_MS)),
  };
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * `new Date(ms).toISOString()`, the same text, for the seeds' tens of thousands of timestamps (most at
 * fractions of a day, so each one is new): the date part is formatted once per day, the time of day is
 * arithmetic. This was a fifth of building the large scenario (pinned-worlds.test.ts checks the text).
 */
function isoFormatter(): (ms: number) => string {
  const days = new Map<number, string>();
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    let date = days.get(day);
    if (date === undefined) days.set(day, (date = new Date(day * DAY_MS).toISOString().slice(0, 11)));
    // Years outside 0000–9999 are written ±YYYYYY: leave those to Date.
    if (date.charAt(10) !== 'T' || !Number.isInteger(ms)) return new Date(ms).toISOString();
    let rest = ms - day * DAY_MS;
    const hours = Math.floor(rest / HOUR_MS);
    rest -= hours * HOUR_MS;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    return `${date}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[millis]}Z`;
  };
}
