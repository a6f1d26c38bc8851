// Dates as people read them: "3 days ago", "in 5 days", "never".
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export function relativeTime(iso: string | null, now: number = Date.now()): string {
  if (!iso) return 'Never';
  const diff = new Date(iso).getTime() - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

// One formatter for every date: toLocaleString(…, options) builds a new one per call, which showed up
// in profiles of the Users and audit tables (a title per row, each render).
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export function fullDate(iso: string): string {
  const date = new Date(iso);
  // format() throws on an invalid date where toLocaleString said "Invalid Date": keep saying that.
  return Number.isNaN(date.getTime()) ? String(date) : dateTime.format(date);
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [name.slice(0, 2)];
  return letters.map((p) => (p ?? '').charAt(0).toUpperCase()).join('');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
