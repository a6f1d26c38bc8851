// The custom roles seeded in Enterprise scenarios. Launch Manager is W&B's own blog example.
import type { CustomRole } from '../../engine/index';
import type { WorldBuilder } from '../../engine/index';

export const LAUNCH_MANAGER_ID = 'role-launch-manager';
export const ARTIFACT_CURATOR_ID = 'role-artifact-curator';
export const LAUNCH_MANAGER: `custom:${string}` = `custom:${LAUNCH_MANAGER_ID}`;
export const ARTIFACT_CURATOR: `custom:${string}` = `custom:${ARTIFACT_CURATOR_ID}`;

/** Adds both roles to an org; ids are per org only when more than one org holds them. */
export function addStandardCustomRoles(b: WorldBuilder, orgId: string): CustomRole[] {
  return [
    b.addCustomRole({
      id: LAUNCH_MANAGER_ID,
      orgId,
      name: 'Launch Manager',
      description:
        'Runs the Launch queues: creates and manages queues and submits jobs, otherwise read-only.',
      base: 'viewer',
      added: ['launch:queue_create', 'launch:queue_manage', 'launch:job_submit'],
      createdDaysAgo: 120,
    }),
    b.addCustomRole({
      id: ARTIFACT_CURATOR_ID,
      orgId,
      name: 'Artifact Curator',
      description: 'Maintains datasets and model artifacts and their aliases without logging runs.',
      base: 'viewer',
      added: [
        'artifact:create',
        'artifact:update',
        'artifact:delete',
        'artifact:alias_update',
        'artifact:alias_delete',
      ],
      createdDaysAgo: 90,
    }),
  ];
}
