import { describe, expect, it } from 'vitest';
import { createClock } from './time';

const DAY_MS = 86_400_000;

describe('createClock', () => {
  it('writes every time exactly as Date#toISOString does', () => {
    const base = '2026-11-01T12:00:00.000Z';
    const clock = createClock(base);
    const baseMs = Date.parse(base);
    // Fractions of days, whole days, before 1970 and across leap days and years.
    const days = [0, 0.5, 1, 59.999, 365.25, 1500, 20_000, 20_454.3, 30_000.0001];
    for (let i = 0; i < 2000; i++) days.push(((i * 7919) % 40_000) + ((i * 104_729) % 1000) / 1000);
    for (const d of days) {
      expect(clock.daysAgo(d)).toBe(new Date(baseMs - Math.round(d * DAY_MS)).toISOString());
      expect(clock.daysFrom(d)).toBe(new Date(baseMs + Math.round(d * DAY_MS)).toISOString());
      expect(clock.hoursAgo(d)).toBe(new Date(baseMs - Math.round(d * 3_600_000)).toISOString());
    }
    expect(clock.base).toBe(base);
  });

  it('writes years beyond 9999 as Date does', () => {
    expect(createClock('+010000-01-01T00:00:00.000Z').daysAgo(0)).toBe('+010000-01-01T00:00:00.000Z');
  });
});
