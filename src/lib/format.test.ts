// The hand-written formatters say exactly what Intl would (they replaced it for start-up speed).
import { describe, expect, it } from 'vitest';
import { count, fullDate, relativeTime, relativeUnit } from './format';

describe('relative time and dates, as Intl says them', () => {
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  it('says each unit and count as Intl.RelativeTimeFormat does', () => {
    const units = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
    for (const unit of units)
      for (const value of [-1500, -12, -2, -1, 1, 2, 3, 12, 1500]) {
        expect(relativeUnit(value, unit), `${value} ${unit}`).toBe(rtf.format(value, unit));
      }
  });

  it('rounds a difference to its largest unit', () => {
    const now = Date.parse('2025-06-10T12:00:00Z');
    expect(relativeTime('2025-06-07T12:00:00Z', now)).toBe('3 days ago');
    expect(relativeTime('2025-06-11T12:00:00Z', now)).toBe('tomorrow');
    expect(relativeTime('2025-06-10T11:59:30Z', now)).toBe('just now');
    expect(relativeTime(null, now)).toBe('Never');
  });

  it('writes a date and time as Intl.DateTimeFormat (medium date, short time) does', () => {
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    for (const iso of [
      '2025-01-05T03:04:00',
      '2025-12-31T23:59:00',
      '2024-02-29T12:00:00',
      '2025-07-04T00:30:00',
    ]) {
      // ICU versions differ on the space before AM/PM (Chromium: narrow no-break; some Node: plain).
      const spaced = (text: string) => text.replace(/\s/g, ' ');
      expect(spaced(fullDate(iso)), iso).toBe(spaced(intl.format(new Date(iso))));
    }
    expect(fullDate('not a date')).toBe('Invalid Date');
  });

  it('writes counts with thousands separators as toLocaleString does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321, 2.5])
      expect(count(n)).toBe(n.toLocaleString('en'));
  });
});
