// "Hooli": the large scenario's recipe at 5× — 50,000 users, 1,000 teams, 25,000 projects — to show the
// console (and measure the engine and the lists, npm run bench) at the size of a big enterprise.
import { buildGeneratedScenario, type BuiltScenario } from './generated-scenario';
import { scaledSpec } from './large-scenario';

export const HUGE_SCALE = 5;

export function buildHugeScenario(baseTime: string): BuiltScenario {
  return buildGeneratedScenario(
    baseTime,
    scaledSpec(HUGE_SCALE, 'huge', { id: 'org-hooli', slug: 'hooli', name: 'Hooli', domains: ['hooli.com'] }),
  );
}
