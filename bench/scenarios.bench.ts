// How long the demo's scenarios take to build and to load (the large one is what a person waits for).
import { bench, describe } from 'vitest';
import { buildScenario } from '../mocks/db/scenarios/index';

describe('scenarios', () => {
  bench(
    'build the large scenario (10,000 users)',
    () => {
      buildScenario('large', '2025-06-01T00:00:00.000Z');
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench('build the default scenario', () => {
    buildScenario('default', '2025-06-01T00:00:00.000Z');
  });
});
