// The worlds the scenarios build, pinned: a hash of each world as JSON (every table's rows in order,
// the Tables inside rows too). Making a builder faster must not change what it builds: a stored demo
// replays its changes on the seed, so a different seed is a different demo. When a scenario is changed
// on purpose, put the new hash here (the failure prints it).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildScenario, type ScenarioName } from './index';

const BASE = '2026-11-01T12:00:00.000Z';

// `huge` is the large recipe at 5× (scenarios.test.ts checks that): pinning large covers its code.
const PINNED: Partial<Record<ScenarioName, string>> = {
  default: '71a38391f19ef1e5fd4622c66a5d91a12db151a043036ae59ca0f766d4bddc20',
  startup: 'f948dcb5edda6af05d101e13aae6f1ae2195a437a2063f797e4ba3b32ca358c6',
  dedicated: '61213ab58c1a4e9e41371b6ed0835d68ce7e7080ac8b9bf2d18bcfd86f09ed6e',
  'self-managed': 'cfa055d364925d8f20d3e57d3f80a0153ced3df6949790cb4114d5ae8ffe14c4',
  large: '3ab982386d413815dbae1654252ec4bf247efdb23ab62eeab1ea0e79ad283c94',
};

describe.each(Object.entries(PINNED))('scenario %s', (name, hash) => {
  it('builds exactly the pinned world', () => {
    const json = JSON.stringify(buildScenario(name as ScenarioName, BASE));
    expect(createHash('sha256').update(json).digest('hex')).toBe(hash);
  });
});
