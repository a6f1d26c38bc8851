// Dates as people read them: "3 days ago", "in 5 days", "never". English only, written out rather than
// with Intl: building Intl's relative-time and date formatters loads locale data, which cost 10–40 ms of
// the first page's script on a slow phone (issue 13, Lighthouse). format.test.ts checks both against Intl.
const UNITS: [RelativeUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];
type RelativeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

// What `numeric: 'auto'` says for one unit back or ahead.
const LAST: Partial<Record<RelativeUnit, [string, string]>> = {
  year: ['last year', 'next year'],
  month: ['last month', 'next month'],
  week: ['last week', 'next week'],
  day: ['yesterday', 'tomorrow'],
};

/** As Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit). */
export function relativeUnit(value: number, unit: RelativeUnit): string {
  const named = Math.abs(value) === 1 ? LAST[unit] : undefined;
  if (named) return value < 0 ? named[0] : named[1];
  const n = Math.abs(value);
  const words = `${count(n)} ${unit}${n === 1 ? '' : 's'}`;
  return value < 0 || Object.is(value, -0) ? `${words} ago` : `in ${words}`;
}

export function relativeTime(iso: string | null, now: number = Date.now()): string {
  if (!iso) return 'Never';
  const diff = new Date(iso).getTime() - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relativeUnit(Math.round(diff / ms), unit);
  }
  return 'just now';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** As Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }): "Jan 5, 2025, 3:04 PM". */
export function fullDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(date);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const day = `${MONTHS[date.getMonth()] ?? ''} ${date.getDate()}, ${date.getFullYear()}`;
  return `${day}, ${hours % 12 || 12}:${minutes}\u202f${hours < 12 ? 'AM' : 'PM'}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [name.slice(0, 2)];
  return letters.map((p) => (p ?? '').charAt(0).toUpperCase()).join('');
}

/** A count with thousands separators, "12,345" (as toLocaleString('en') says it, without building a formatter). */
export function count(n: number): string {
  if (!Number.isInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
