// Runs, reports and artifacts for a project, authored by people who could have made them
// (members, admins and service accounts of the team; only invited ones in Restricted projects).
import { ARTIFACT_KINDS, REPORT_TITLES, RUN_ADJECTIVES, RUN_NOUNS } from './names';
import type { Project, RunState } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';
import type { Rng } from './prng';

export interface ContentSpec {
  runs: readonly [number, number];
  reports: readonly [number, number];
  artifacts: readonly [number, number];
}

const RUN_STATES: readonly RunState[] = ['finished', 'finished', 'finished', 'running', 'crashed', 'failed'];

/**
 * writers: principals allowed to log runs/artifacts; people: the subset who write reports
 * (service accounts never author reports). Empty writers → no content.
 */
export function fillProject(
  b: WorldBuilder,
  rng: Rng,
  project: Project,
  writers: readonly string[],
  people: readonly string[],
  spec: ContentSpec,
): void {
  if (writers.length === 0) return;
  const age = Math.max(1, (Date.parse(b.clock.base) - Date.parse(project.createdAt)) / 86_400_000);
  const runs = rng.int(spec.runs[0], spec.runs[1]);
  for (let i = 0; i < runs; i++) {
    const name = `${rng.pick(RUN_ADJECTIVES)}-${rng.pick(RUN_NOUNS)}-${i + 1}`;
    b.addRun(project.id, name, rng.pick(writers), rng.pick(RUN_STATES), rng.next() * age);
  }
  const reports = people.length === 0 ? 0 : rng.int(spec.reports[0], spec.reports[1]);
  for (let i = 0; i < reports; i++) {
    b.addReport(project.id, rng.pick(REPORT_TITLES), rng.pick(people), rng.next() * age);
  }
  const artifacts = rng.int(spec.artifacts[0], spec.artifacts[1]);
  for (let i = 0; i < artifacts; i++) {
    b.addArtifact(
      project.id,
      `${project.name}-${rng.pick(ARTIFACT_KINDS)}`,
      rng.pick(writers),
      rng.next() * age,
    );
  }
}
