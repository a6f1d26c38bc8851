// ?scenario=large (or huge) must build that scenario only: a 50,000-user world built for nothing
// (the default, or the stored one about to be replaced) costs seconds before the first page.
import { describe, expect, it, vi } from 'vitest';
import { createDb } from './db';
import { scenarioSeed } from './scenarios/index';
import { memoryStorage } from './storage';

vi.mock('./scenarios/index', async (original) => {
  const real = await original<typeof import('./scenarios/index')>();
  return { ...real, scenarioSeed: vi.fn(real.scenarioSeed) };
});

const BASE = '2026-11-01T12:00:00.000Z';
const built = () => vi.mocked(scenarioSeed).mock.calls.map(([name]) => name);

describe('choosing a scenario', () => {
  it('builds only the requested scenario on an empty store', () => {
    vi.mocked(scenarioSeed).mockClear();
    createDb({ storage: memoryStorage(), scenario: 'startup', baseTime: BASE });
    expect(built()).toEqual(['startup']);
  });

  it('builds only the requested scenario when the store holds another one', () => {
    const storage = memoryStorage();
    createDb({ storage, scenario: 'dedicated', baseTime: BASE });
    vi.mocked(scenarioSeed).mockClear();
    const db = createDb({ storage, scenario: 'startup', baseTime: BASE });
    expect(db.scenario).toBe('startup');
    expect(built()).toEqual(['startup']);
  });

  it('builds only the stored scenario when none is requested, and only the new one on a switch', () => {
    const storage = memoryStorage();
    createDb({ storage, scenario: 'dedicated', baseTime: BASE });
    vi.mocked(scenarioSeed).mockClear();
    const db = createDb({ storage, baseTime: BASE });
    expect(built()).toEqual(['dedicated']);
    db.reset('startup');
    expect(built()).toEqual(['dedicated', 'startup']);
  });
});
