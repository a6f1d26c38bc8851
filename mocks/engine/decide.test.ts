// decide(): the §9 chain, one test per rule, each failing if the rule broke.
import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { visibleTeams } from './visibility';
import type { Decision } from './decision';
import type { Permission } from './permissions';
import type { Resource } from './model';
import {
  acmeWorld,
  anonymous,
  as,
  asService,
  editMembership,
  editRow,
  withMember,
  withOverride,
} from './test-world';
import { WorldBuilder } from './world-builder';

const w = acmeWorld();
const project = (projectId: string): Resource => ({ kind: 'project', projectId });
const can = (userId: string, p: Permission, r: Resource, world = w): Decision =>
  decide(world, as(userId), p, r);
const texts = (d: Decision): string => d.reasons.map((r) => r.text).join(' | ');

describe('§9 step 1: outsiders', () => {
  it('an outsider reads and submits to an Open project', () => {
    expect(can('olga', 'run:read', project('open-demo')).allowed).toBe(true);
    expect(can('olga', 'run:create', project('open-demo')).allowed).toBe(true);
    expect(can('olga', 'report:create', project('open-demo')).allowed).toBe(true);
    expect(can('olga', 'artifact:delete', project('open-demo')).allowed).toBe(false);
  });
  it('an outsider only reads a Public project', () => {
    expect(decide(w, anonymous, 'run:read', project('pub')).allowed).toBe(true);
    expect(decide(w, anonymous, 'run:create', project('pub')).allowed).toBe(false);
  });
  it('an outsider is denied a Team project, with the reason', () => {
    const d = can('olga', 'project:read', project('vision'));
    expect(d.allowed).toBe(false);
    expect(d.reasons[0]?.step).toBe('identity');
    expect(texts(d)).toContain('Olga is not in organization Acme');
  });
  it('an org member outside the team is treated like anyone on Open projects', () => {
    expect(can('hal', 'run:create', project('open-demo')).allowed).toBe(true);
    expect(can('hal', 'run:read', project('vision')).allowed).toBe(false);
  });
});

describe('§9 step 2: org role', () => {
  it('org admins manage every team without being members', () => {
    expect(can('ann', 'team:manage_settings', { kind: 'team', teamId: 'ml-research' }).allowed).toBe(true);
    expect(can('ann', 'run:delete', { kind: 'run', runId: 'r-gus' }).allowed).toBe(true);
  });
  it('an org Viewer is read-only everywhere, even where Open lets anyone submit', () => {
    expect(can('dee', 'run:read', project('vision')).allowed).toBe(true);
    const d = can('dee', 'run:create', project('open-demo'));
    expect(d.allowed).toBe(false);
    expect(texts(d)).toContain('org Viewer');
  });
  it('org permissions come from the org role only', () => {
    const org: Resource = { kind: 'org', orgId: 'acme' };
    expect(can('cal', 'organization:read', org).allowed).toBe(true);
    expect(can('cal', 'organization:list_users', org).allowed).toBe(true);
    expect(can('cal', 'organization:invite_user', org).allowed).toBe(false);
    expect(can('dee', 'organization:list_users', org).allowed).toBe(true);
    expect(can('ann', 'organization:create_team', org).allowed).toBe(true);
    expect(can('olga', 'organization:read', org).allowed).toBe(false);
  });
  it('the audit log and custom roles need Enterprise (plan reason)', () => {
    const teams = acmeWorld({ plan: 'teams' });
    const d = can('ann', 'organization:manage_roles', { kind: 'org', orgId: 'acme' }, teams);
    expect(d.allowed).toBe(false);
    expect(d.reasons.at(-1)).toMatchObject({ step: 'plan', text: 'Custom roles need an Enterprise license' });
    expect(can('ann', 'organization:read_audit_log', { kind: 'org', orgId: 'acme' }, teams).allowed).toBe(
      false,
    );
  });
});

describe('§9 step 3: team membership and role', () => {
  it('names the View-Only role in the refusal', () => {
    const d = can('bea', 'run:create', project('vision'));
    expect(d.allowed).toBe(false);
    expect(texts(d)).toContain('Bea is View-Only in team ml-research');
  });
  it('a non-member of the team has no access to its Team projects', () => {
    expect(texts(can('hal', 'project:read', project('vision')))).toContain(
      'Hal is not a member of team ml-research',
    );
  });
  it('a service account acts only within its own team', () => {
    const world = new WorldBuilder()
      .org('acme')
      .user('a')
      .team('t1', { a: 'admin' })
      .team('t2', { a: 'admin' })
      .serviceAccount('bot', 't1')
      .project('p1', 't1')
      .project('p2', 't2')
      .build();
    expect(decide(world, asService('bot'), 'run:create', project('p1')).allowed).toBe(true);
    expect(decide(world, asService('bot'), 'run:read', project('p2')).allowed).toBe(false);
  });
  it('service accounts need Enterprise', () => {
    const world = new WorldBuilder()
      .org('acme', { plan: 'teams' })
      .user('a')
      .team('t1', { a: 'admin' })
      .serviceAccount('bot', 't1')
      .project('p1', 't1')
      .build();
    const d = decide(world, asService('bot'), 'run:create', project('p1'));
    expect(d.reasons.at(-1)).toMatchObject({ step: 'plan' });
  });
  it('a hidden team is hidden from non-members, but its Open and Public projects stay reachable by link', () => {
    const world = new WorldBuilder()
      .org('acme')
      .user('ann', { orgRole: 'admin' })
      .user('x')
      .user('y')
      .team('h', { x: 'admin' }, { hidden: true })
      .team('other', { x: 'admin' })
      .serviceAccount('bot', 'other')
      .project('p', 'h', { visibility: 'open' })
      .project('pub', 'h', { visibility: 'public' })
      .project('t', 'h', { visibility: 'team' })
      .org('globex')
      .user('olga')
      .build();
    const team = { kind: 'team', teamId: 'h' } as const;
    // The team itself (its page, its listings) is refused to non-members, with the reason.
    expect(can('y', 'project:read', team, world).reasons.at(-1)?.text).toMatch(/hidden from non-members/);
    expect(visibleTeams(world, as('y'), 'acme').map((t) => t.id)).toEqual(['other']);
    expect(can('y', 'project:read', project('t'), world).allowed).toBe(false);
    // Open: everyone with the link reads and submits; Public: reads. Org members outside the team too.
    for (const actor of [as('y'), as('olga'), anonymous, asService('bot')]) {
      expect(decide(world, actor, 'run:read', project('p')).allowed).toBe(true);
      expect(decide(world, actor, 'run:create', project('p')).allowed).toBe(true);
      expect(decide(world, actor, 'run:read', project('pub')).allowed).toBe(true);
      expect(decide(world, actor, 'run:create', project('pub')).allowed).toBe(false);
      expect(decide(world, actor, 'run:read', project('t')).allowed).toBe(false);
    }
    expect(can('ann', 'project:read', project('t'), world).allowed).toBe(true);
  });
  it('members may invite when the team allows it', () => {
    const team: Resource = { kind: 'team', teamId: 'ml-research' };
    expect(can('gus', 'team:invite_user', team).allowed).toBe(false);
    let world = acmeWorld();
    world = editRow(world, 'teams', 'ml-research', (row) => ({
      ...row,
      settings: { ...row.settings, membersCanInvite: true },
    }));
    expect(can('gus', 'team:invite_user', team, world).allowed).toBe(true);
    expect(can('gus', 'team:update_role', team, world).allowed).toBe(false);
    expect(can('bea', 'team:invite_user', team, world).allowed).toBe(false);
  });
});

describe('§9 step 4: visibility', () => {
  it('Restricted content needs membership: "was not invited"', () => {
    const d = can('eve', 'run:read', project('secret-llm'));
    expect(d.allowed).toBe(false);
    expect(texts(d)).toContain('ml-research/secret-llm is Restricted and Eve was not invited');
    expect(can('gus', 'run:read', project('secret-llm')).allowed).toBe(true);
  });
  it('org and team admins get management only until they join', () => {
    expect(can('ann', 'project:manage_users', project('secret-llm')).allowed).toBe(true);
    expect(can('ann', 'project:read', project('secret-llm')).allowed).toBe(true);
    expect(can('ann', 'run:read', { kind: 'run', runId: 'r-secret' }).allowed).toBe(false);
    const joined = acmeWorld();
    joined.projects.get('secret-llm')!.restrictedMembers.push('ann');
    expect(can('ann', 'run:read', { kind: 'run', runId: 'r-secret' }, joined).allowed).toBe(true);
  });
});

describe('§9 step 5: project role override', () => {
  it('an override replaces the team role in Team projects', () => {
    const world = withOverride(acmeWorld(), 'vision', 'gus', 'admin');
    expect(can('gus', 'project:delete', project('vision'), world).allowed).toBe(true);
    expect(can('gus', 'project:delete', project('open-demo'), world).allowed).toBe(false);
  });
  it('overrides are ignored on Open/Public projects and for View-Only users', () => {
    let world = acmeWorld();
    world = withOverride(world, 'pub', 'gus', 'admin');
    world = withOverride(world, 'vision', 'bea', 'admin');
    expect(can('gus', 'project:delete', project('pub'), world).allowed).toBe(false);
    expect(can('bea', 'project:delete', project('vision'), world).allowed).toBe(false);
  });
});

describe('§9 step 6: role → permissions', () => {
  it(':own permissions apply to the author only', () => {
    expect(can('gus', 'run:delete', { kind: 'run', runId: 'r-gus' }).allowed).toBe(true);
    const d = can('gus', 'run:delete', { kind: 'run', runId: 'r-eve' });
    expect(d.allowed).toBe(false);
    expect(d.reasons.at(-1)?.step).toBe('ownership');
    expect(can('cal', 'run:delete', { kind: 'run', runId: 'r-eve' }).allowed).toBe(true);
  });
  it('a custom role is its base plus the added permissions', () => {
    const world = new WorldBuilder()
      .org('acme')
      .user('a')
      .user('l')
      .customRole('launch', 'viewer', ['launch:queue_create', 'launch:job_submit'], 'Launch Manager')
      .team('t', { a: 'admin', l: 'custom:launch' })
      .project('p', 't')
      .build();
    expect(can('l', 'launch:queue_create', project('p'), world).allowed).toBe(true);
    expect(can('l', 'run:read', project('p'), world).allowed).toBe(true);
    expect(can('l', 'run:create', project('p'), world).allowed).toBe(false);
    expect(texts(can('l', 'run:read', project('p'), world))).toContain('Launch Manager');
  });
  it('a custom role acts as its base without Enterprise', () => {
    const world = new WorldBuilder()
      .org('acme', { plan: 'teams' })
      .user('a')
      .user('l')
      .customRole('launch', 'viewer', ['launch:queue_create'])
      .team('t', { a: 'admin', l: 'custom:launch' })
      .project('p', 't')
      .build();
    const d = can('l', 'launch:queue_create', project('p'), world);
    expect(d.allowed).toBe(false);
    expect(d.reasons.some((r) => r.step === 'plan')).toBe(true);
  });
  it('the project owner may update their own project', () => {
    expect(can('gus', 'project:update', project('vision')).allowed).toBe(true);
    expect(can('eve', 'project:update', project('vision')).allowed).toBe(false);
  });
});

describe('§9 step 7 / §2 seats', () => {
  it('a Viewer seat is read-only and cannot download artifacts', () => {
    expect(can('eve', 'run:read', project('vision')).allowed).toBe(true);
    expect(can('eve', 'run:create', project('vision')).allowed).toBe(false);
    const d = can('eve', 'artifact:download', { kind: 'artifact', artifactId: 'art-gus' });
    expect(d.allowed).toBe(false);
    // The seat is the first (and only) step that refuses: it decides (ADR 0024).
    expect(d.reasons.find((r) => r.effect === 'deny')?.step).toBe('seat');
  });
  it('no seat means nothing in Models, but management still comes from the role', () => {
    expect(can('fay', 'project:read', project('vision')).allowed).toBe(false);
    const world = withMember(acmeWorld(), 'ml-research', 'fay', 'admin');
    expect(can('fay', 'team:update_role', { kind: 'team', teamId: 'ml-research' }, world).allowed).toBe(true);
    expect(can('fay', 'run:read', project('vision'), world).allowed).toBe(false);
  });
});

describe('every cap that refuses is named (issue 7)', () => {
  const denials = (d: Decision) => d.reasons.filter((r) => r.effect === 'deny').map((r) => r.step);
  it('an org Viewer who is View-Only with a Viewer seat hears all three, in §9 order: org role, seat, role', () => {
    const d = can('dee', 'run:create', project('vision'));
    expect(d.allowed).toBe(false);
    expect(denials(d)).toEqual(['org-role', 'seat', 'role']);
  });
  it('an org Viewer whose role would allow it hears the org role and the seat caps', () => {
    let world = acmeWorld();
    world = editMembership(world, 'dee', 'acme', { modelsSeat: 'viewer' });
    world = withMember(world, 'ml-research', 'dee', 'member');
    const d = can('dee', 'run:create', project('vision'), world);
    expect(denials(d)).toEqual(['org-role', 'seat']);
  });
  it('an org permission refused by the role also names the plan when the plan lacks it', () => {
    const teams = acmeWorld({ plan: 'teams' });
    const d = can('cal', 'organization:manage_roles', { kind: 'org', orgId: 'acme' }, teams);
    expect(denials(d)).toEqual(['org-role', 'plan']);
  });
});

it('unknown resources answer not-found', () => {
  expect(can('ann', 'project:read', project('nope')).refusal).toBe('not-found');
});

describe('each reason once', () => {
  it('an "anyone" decision says its sentence once, allowed or refused', () => {
    for (const [who, perm, target] of [
      ['olga', 'run:read', 'open-demo'],
      ['olga', 'run:create', 'pub'],
      ['hal', 'run:create', 'open-demo'],
      ['hal', 'project:delete', 'open-demo'],
    ] as const) {
      const texts = can(who, perm, project(target)).reasons.map((r) => r.text);
      expect(new Set(texts).size, texts.join(' | ')).toBe(texts.length);
      expect(texts.filter((t) => /anyone may view/.test(t))).toHaveLength(1);
    }
  });
});
