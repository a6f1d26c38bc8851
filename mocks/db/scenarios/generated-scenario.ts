// The generated scenarios (startup, dedicated, self-managed, large) share one recipe: the org, the
// standard custom roles when it is Enterprise, generateOrg's people, teams and projects, a Full-seat
// limit that leaves a few seats free, and a generated admin as billing admin. Each scenario file is
// only the facts that make it what it is.
import type { Org, World } from '../../engine/index';
import { WorldBuilder } from '../../engine/index';
import { addStandardCustomRoles, ARTIFACT_CURATOR, LAUNCH_MANAGER } from './custom-roles';
import { generateOrg, type OrgPopulation } from './generate-org';
import { createPeopleSource } from './people';
import { createRng } from './prng';
import { createClock } from './time';

export interface BuiltScenario {
  world: World;
  homeOrgId: string;
  /** An org admin of the home org: who the demo acts as until someone picks another user. */
  defaultActorId: string;
}

export interface GeneratedScenarioSpec {
  /** Seeds the PRNG (the scenario's name), so the same spec always builds the same world. */
  seed: string;
  org: Omit<Org, 'createdAt' | 'billingAdminId' | 'fullSeatLimit' | 'trialEndsAt' | 'accessContact'> & {
    createdDaysAgo: number;
  };
  /** Launch Manager and Artifact Curator, held by a few members (Enterprise only). */
  standardCustomRoles: boolean;
  population: Omit<OrgPopulation, 'orgId' | 'customRoles'>;
  /** Which generated admin is the billing admin; 0 (the default) is the one the demo acts as. */
  billingAdminIndex?: number;
}

export function buildGeneratedScenario(baseTime: string, spec: GeneratedScenarioSpec): BuiltScenario {
  const b = new WorldBuilder(createClock(baseTime));
  const rng = createRng(spec.seed);
  const org = b.addOrg({ ...spec.org, billingAdminId: null, fullSeatLimit: 0 });
  if (spec.standardCustomRoles) addStandardCustomRoles(b, org.id);
  const generated = generateOrg(b, rng, createPeopleSource(), {
    ...spec.population,
    orgId: org.id,
    customRoles: spec.standardCustomRoles ? [LAUNCH_MANAGER, ARTIFACT_CURATOR] : [],
  });
  const admin = generated.adminIds[0] ?? '';
  org.fullSeatLimit = generated.fullSeatLimit;
  org.billingAdminId = generated.adminIds[spec.billingAdminIndex ?? 0] ?? admin;
  return { world: b.world, homeOrgId: org.id, defaultActorId: admin };
}
