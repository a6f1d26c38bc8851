// §6 projects: visibility rules, restricted members, project roles (§6.2), run moves; apply cascades.
import { describe, expect, it } from 'vitest';
import { apply, check, type Operation } from '../registry';
import type { RoleRef } from '../../model';
import { acmeWorld, as, editRow, withOverride, withTeamSettings } from '../../test-world';

const w = acmeWorld();
const setVis = (projectId: string, visibility: 'open' | 'public' | 'team' | 'restricted'): Operation => ({
  type: 'project.update',
  projectId,
  visibility,
  at: '',
});

describe('§6.1 visibility', () => {
  it('§6.1 who may change visibility: project owner, team admin, org admin', () => {
    expect(check(w, as('gus'), setVis('vision', 'public')).allowed).toBe(true);
    expect(check(w, as('cal'), setVis('vision', 'public')).allowed).toBe(true);
    expect(check(w, as('ann'), setVis('vision', 'public')).allowed).toBe(true);
    expect(check(w, as('eve'), setVis('vision', 'public')).refusal).toBe('forbidden');
  });
  it('§6.1 a project admin via override still cannot change visibility', () => {
    const world = withOverride(acmeWorld(), 'vision', 'eve', 'admin');
    expect(check(world, as('eve'), setVis('vision', 'restricted')).refusal).toBe('forbidden');
  });
  it('§5.1 #2 "make all future projects private" turns off Open and Public, at creation and when editing', () => {
    let world = acmeWorld();
    world = withTeamSettings(world, 'ml-research', { futureProjectsPrivate: true });
    expect(check(world, as('gus'), setVis('vision', 'open')).refusal).toBe('forbidden');
    const create: Operation = {
      type: 'project.create',
      project: {
        id: 'np',
        teamId: 'ml-research',
        name: 'np',
        description: '',
        ownerId: 'gus',
        visibility: 'public',
        restrictedMembers: [],
        createdAt: '',
        updatedAt: '',
      },
    };
    expect(check(world, as('gus'), create).refusal).toBe('forbidden');
  });
  it('§5.3 an org-enforced private setting also turns off Open and Public', () => {
    let world = acmeWorld();
    world = editRow(world, 'orgs', 'acme', (row) => ({
      ...row,
      enforcements: { futureProjectsPrivate: true },
    }));
    expect(check(world, as('gus'), setVis('vision', 'public')).refusal).toBe('forbidden');
  });
  it('§6.1 Restricted → Team is always allowed', () => {
    let world = acmeWorld();
    world = withTeamSettings(world, 'ml-research', { futureProjectsPrivate: true });
    expect(check(world, as('cal'), setVis('secret-llm', 'team')).allowed).toBe(true);
  });
  it('§6.1 Decision: Team → Restricted keeps the owner and the person making the change', () => {
    const after = apply(w, as('cal'), setVis('vision', 'restricted'));
    expect(after.projects.get('vision')?.restrictedMembers.sort()).toEqual(['cal', 'gus']);
    expect(check(after, as('eve'), { type: 'run.stop', runId: 'r-eve' }).refusal).toBe('forbidden');
  });
  it("§6.1 Restricted members must be team members or the team's service accounts", () => {
    const op = (principalId: string): Operation => ({
      type: 'project.addMember',
      projectId: 'secret-llm',
      principalId,
    });
    expect(check(w, as('cal'), op('eve')).allowed).toBe(true);
    expect(check(w, as('cal'), op('hal')).refusal).toBe('invalid');
    expect(check(w, as('cal'), op('gus')).refusal).toBe('conflict');
    expect(check(w, as('gus'), op('eve')).refusal).toBe('forbidden');
  });
  it('§6.1 removing a user from a Restricted project removes their access and project role', () => {
    const world = apply(w, as('cal'), {
      type: 'project.setRole',
      projectId: 'secret-llm',
      principalId: 'gus',
      role: 'admin',
    });
    const after = apply(world, as('cal'), {
      type: 'project.removeMember',
      projectId: 'secret-llm',
      principalId: 'gus',
    });
    expect(after.projects.get('secret-llm')?.roleOverrides.get('gus')).toBeUndefined();
    const back = apply(after, as('cal'), {
      type: 'project.addMember',
      projectId: 'secret-llm',
      principalId: 'gus',
    });
    expect(back.projects.get('secret-llm')?.roleOverrides.get('gus')).toBeUndefined();
  });
  it('§6.1 team admins and org admins may Join a Restricted project; others may not', () => {
    expect(check(w, as('ann'), { type: 'project.join', projectId: 'secret-llm', at: '' }).allowed).toBe(true);
    expect(check(w, as('eve'), { type: 'project.join', projectId: 'secret-llm', at: '' }).refusal).toBe(
      'forbidden',
    );
    expect(check(w, as('cal'), { type: 'project.join', projectId: 'secret-llm', at: '' }).refusal).toBe(
      'conflict',
    );
  });
  it('§6.1 runs move into a Restricted project, never out of one', () => {
    expect(
      check(w, as('gus'), { type: 'run.move', runIds: ['r-gus'], toProjectId: 'secret-llm' }).allowed,
    ).toBe(true);
    const d = check(w, as('cal'), { type: 'run.move', runIds: ['r-secret'], toProjectId: 'vision' });
    expect(d.refusal).toBe('forbidden');
    expect(d.reasons[0]?.text).toContain('out of Restricted');
    expect(
      check(w, as('gus'), { type: 'run.move', runIds: ['r-eve'], toProjectId: 'open-demo' }).refusal,
    ).toBe('forbidden');
  });
  it("§8 :own members stop only their runs; admins stop anyone's", () => {
    expect(check(w, as('gus'), { type: 'run.stop', runId: 'r-gus' }).allowed).toBe(true);
    expect(check(w, as('gus'), { type: 'run.stop', runId: 'r-eve' }).refusal).toBe('forbidden');
    expect(check(w, as('cal'), { type: 'run.delete', runId: 'r-eve' }).allowed).toBe(true);
  });
});

describe('§6.2 project roles', () => {
  const setRole = (
    principalId: string,
    role: Operation & { type: 'project.setRole' } extends { role: infer R } ? R : never,
    projectId = 'vision',
  ): Operation => ({ type: 'project.setRole', projectId, principalId, role });
  const setTeamRole = (principalId: string, role: RoleRef): Operation => ({
    type: 'team.setRole',
    teamId: 'ml-research',
    principalId,
    role,
  });
  it('§6.2 project roles exist only on Team and Restricted projects', () => {
    expect(check(w, as('cal'), setRole('gus', 'admin', 'pub')).refusal).toBe('conflict');
    expect(check(w, as('cal'), setRole('gus', 'admin')).allowed).toBe(true);
  });
  it('§6.2 a View-Only team user cannot get a project role', () => {
    expect(check(w, as('cal'), setRole('bea', 'member')).refusal).toBe('conflict');
  });
  it('§6.2 while equal to the team role the project role moves along; once different it stays', () => {
    const overridden = apply(w, as('cal'), setRole('gus', 'admin'));
    const moved = apply(overridden, as('cal'), setTeamRole('gus', 'viewer'));
    expect(moved.projects.get('vision')?.roleOverrides.get('gus')).toBeUndefined(); // View-Only keeps no project roles
    const eve = apply(w, as('cal'), setRole('eve', 'viewer'));
    const promoted = apply(eve, as('cal'), setTeamRole('eve', 'admin'));
    expect(promoted.projects.get('vision')?.roleOverrides.get('eve')).toBe('viewer');
    expect(promoted.projects.get('open-demo')?.roleOverrides.get('eve')).toBeUndefined();
  });
  it('§6.2 Decision: choosing the team role again clears the override', () => {
    const overridden = apply(w, as('cal'), setRole('gus', 'admin'));
    const cleared = apply(overridden, as('cal'), setRole('gus', 'member'));
    expect(cleared.projects.get('vision')?.roleOverrides.get('gus')).toBeUndefined();
  });
  it('§6.2 a team-role change that makes the override equal to the team role drops it', () => {
    const overridden = apply(w, as('cal'), setRole('gus', 'admin'));
    const after = apply(overridden, as('cal'), setTeamRole('gus', 'admin'));
    expect(after.projects.get('vision')?.roleOverrides.get('gus')).toBeUndefined();
  });
});

describe('§3 leaving the org', () => {
  it('§3 removing a user removes them from every team and project but keeps their runs and ownership', () => {
    const after = apply(w, as('ann'), { type: 'member.remove', orgId: 'acme', userId: 'gus' });
    expect(after.teams.get('ml-research')?.members.get('gus')).toBeUndefined();
    expect(after.projects.get('secret-llm')?.restrictedMembers).not.toContain('gus');
    expect(after.runs.get('r-gus')?.authorId).toBe('gus');
    expect(after.projects.get('vision')?.ownerId).toBe('gus');
    expect(after.users.get('gus')?.orgs).toEqual([]);
  });
});
