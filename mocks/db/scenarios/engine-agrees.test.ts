// The engine reads the scenarios the way they are meant: in the default world the cast can do what
// the demo script says they can, and no more; in the self-managed one, what W&B Server allows.
import { describe, expect, it } from 'vitest';
import {
  apply,
  asMember,
  check,
  decide,
  Table,
  type Actor,
  type Permission,
  type Resource,
  type TeamMembership,
} from '../../engine/index';
import { ACME_CAST as cast } from './default-cast';
import { buildScenario } from './index';

const { world } = buildScenario('default', '2026-11-01T12:00:00.000Z');
const as = (userId: string): Actor => ({ kind: 'user', userId });
const project = (path: string): Resource => {
  const [team, name] = path.split('/');
  return { kind: 'project', projectId: `project-${team ?? ''}-${name ?? ''}` };
};
const allowed = (userId: string, permission: Permission, resource: Resource): boolean =>
  decide(world, as(userId), permission, resource).allowed;

describe('the engine agrees with the default scenario', () => {
  it('lets outsiders read Open and Public projects only', () => {
    for (const path of [...cast.projects.open, ...cast.projects.public]) {
      expect(allowed(cast.outsider, 'project:read', project(path))).toBe(true);
      expect(allowed(cast.unaffiliated, 'project:read', project(path))).toBe(true);
    }
    expect(allowed(cast.outsider, 'run:create', project(cast.projects.open[0]))).toBe(true);
    expect(allowed(cast.outsider, 'run:create', project(cast.projects.public[0]))).toBe(false);
    expect(allowed(cast.outsider, 'project:read', project('ml-research/llm-finetune'))).toBe(false);
  });

  it('keeps the org viewer read-only and Restricted projects to their members', () => {
    expect(allowed(cast.orgViewer, 'run:read', project('ml-research/llm-finetune'))).toBe(true);
    expect(allowed(cast.orgViewer, 'run:create', project('ml-research/llm-finetune'))).toBe(false);
    expect(allowed(cast.member, 'project:read', project('ml-research/rlhf-experiments'))).toBe(false);
    expect(allowed('user-grossi', 'run:read', project('ml-research/rlhf-experiments'))).toBe(true);
  });

  it('gives the Launch Manager the launch permissions in infra, but not run logging', () => {
    expect(allowed(cast.launchManager, 'launch:queue_create', project('infra/launch-queues'))).toBe(true);
    expect(allowed(cast.launchManager, 'run:create', project('infra/launch-queues'))).toBe(false);
  });

  it('accepts ordinary admin changes and refuses the lockout ones', () => {
    const admin = as(cast.orgAdmin);
    const customOnViewer = {
      teamId: 'team-vision',
      principalId: cast.orgViewer,
      role: `custom:${cast.customRoles.launchManager}`,
    } as const;
    expect(check(world, admin, { type: 'team.setRole', ...customOnViewer }).allowed).toBe(false);
    expect(
      check(world, admin, {
        type: 'member.setSeat',
        orgId: 'org-acme-ml',
        userId: cast.member,
        modelsSeat: 'viewer',
      }).allowed,
    ).toBe(true);
    expect(
      check(world, admin, {
        type: 'member.setOrgRole',
        orgId: 'org-acme-ml',
        userId: cast.secondOrgAdmin,
        role: 'member',
      }).allowed,
    ).toBe(true);
    const vision = cast.teamAdmins.vision;
    expect(
      check(world, as(vision), {
        type: 'team.setRole',
        teamId: 'team-vision',
        principalId: vision,
        role: 'member',
      }).allowed,
    ).toBe(false);
  });
});

// Self-managed (W&B Server): the admin may Disable SSO Provisioning, which then refuses a first SSO
// sign-in; Members may not; SaaS-only features are refused with the deployment's reason.
describe('the engine agrees with the self-managed scenario', () => {
  const sm = buildScenario('self-managed', '2026-11-01T12:00:00.000Z');
  const orgId = sm.homeOrgId;
  const people = sm.world.users.values().flatMap((u) => asMember(u, orgId) ?? []);
  const admin = as(sm.defaultActorId);
  const member = as(people.find((u) => u.orgRole === 'member')?.id ?? '');
  const viewer = people.find((u) => u.orgRole === 'viewer')?.id ?? '';
  const newcomer = {
    id: 'user-newcomer',
    username: 'newcomer',
    name: 'New Comer',
    email: 'new.comer@vandelay-robotics.com',
  };
  const signIn = { type: 'sso.signIn', orgId, person: newcomer, at: '2026-11-01T12:00:00.000Z' } as const;
  const reason = (d: { reasons: { text: string }[] }) => d.reasons.map((r) => r.text).join(' / ');

  it('lets the org admin Disable SSO Provisioning, which then refuses a first SSO sign-in', () => {
    const disable = { type: 'org.setSsoProvisioning', orgId, enabled: false } as const;
    expect(check(sm.world, admin, disable).allowed).toBe(true);
    expect(check(sm.world, { kind: 'anonymous' }, signIn).allowed).toBe(true);
    const off = apply(sm.world, admin, disable);
    const refused = check(off, { kind: 'anonymous' }, signIn);
    expect(refused.allowed).toBe(false);
    expect(reason(refused)).toContain('SSO auto-provisioning is off for Vandelay Robotics');
  });

  it('refuses it to a Member, with the org-role reason', () => {
    const d = check(sm.world, member, { type: 'org.setSsoProvisioning', orgId, enabled: false });
    expect(d.allowed).toBe(false);
    expect(reason(d)).toContain("Only org Admins can change the organization's settings");
  });

  it('refuses the SaaS-only features to the admin: rename, domain capture, team recommendation', () => {
    expect(reason(check(sm.world, admin, { type: 'org.rename', orgId, name: 'Vandelay' }))).toContain(
      'only on Multi-tenant Cloud',
    );
    expect(
      check(sm.world, admin, { type: 'org.claimDomain', orgId, domain: 'vandelay-robotics.com' }).allowed,
    ).toBe(false);
    const teamId = sm.world.teams.keys()[0] ?? '';
    const recommend = check(sm.world, admin, {
      type: 'team.updateSettings',
      teamId,
      settings: { recommendForDomainSignups: true },
    });
    expect(reason(recommend)).toContain('only on Multi-tenant Cloud (SaaS)');
  });

  it('keeps the org Viewer read-only and Restricted projects to their listed members', () => {
    const projects = sm.world.projects.values();
    const members = (teamId: string) => sm.world.teams.get(teamId)?.members ?? Table.empty<TeamMembership>();
    const res = (projectId: string): Resource => ({ kind: 'project', projectId });
    const viewersProject = projects.find((p) => p.visibility === 'team' && members(p.teamId).get(viewer));
    expect(viewersProject).toBeDefined();
    const seen = res(viewersProject?.id ?? '');
    expect(decide(sm.world, as(viewer), 'run:read', seen).allowed).toBe(true);
    expect(decide(sm.world, as(viewer), 'run:create', seen).allowed).toBe(false);
    const restricted = projects.find((p) => p.visibility === 'restricted');
    const unlisted = members(restricted?.teamId ?? '')
      .entries()
      .find(([id, m]) => m.role === 'member' && !restricted?.restrictedMembers.includes(id))?.[0];
    expect(unlisted).toBeDefined();
    const target = res(restricted?.id ?? '');
    expect(decide(sm.world, as(unlisted ?? ''), 'project:read', target).allowed).toBe(false);
    expect(decide(sm.world, as(restricted?.ownerId ?? ''), 'run:read', target).allowed).toBe(true);
  });
});
