// Every operation type has an audit action and a sentence, even when the ids it names are unknown
// (a log entry must never break the page), and action names fit the filter's pattern.
import { describe, expect, it } from 'vitest';
import { apply, check, OPERATION_TYPES, type Operation } from '../../mocks/engine/index';
import { acmeWorld, as } from '../../mocks/engine/test-world';
import { AUDIT_OPERATIONS, describeOperation } from '../../mocks/handlers/audit/operations';
import { auditQuerySchema } from '../../src/api/audit';

const T = '2025-02-01T00:00:00.000Z';
const person = { id: 'new-1', username: 'newbie', name: 'New Person', email: 'new@acme.com' };

/** One op per type; fields a type does not use are ignored by it. */
function opOf(type: string, ids: { user: string; team: string; project: string }): Operation {
  const base = {
    type,
    orgId: 'acme',
    userId: ids.user,
    principalId: ids.user,
    teamId: ids.team,
    projectId: ids.project,
    toProjectId: ids.project,
    roleId: 'lm',
    inviteId: 'inv-x',
    serviceAccountId: 'sa1',
    runId: 'r-gus',
    runIds: ['r-gus'],
    role: 'viewer',
    domain: 'acme.dev',
    name: 'Acme Renamed',
    settings: { membersCanInvite: true },
    setting: 'hidden',
    value: true,
    enabled: true,
    modelsSeat: 'viewer',
    sentAt: T,
    expiresAt: T,
    person,
    at: T,
    id: 't-audit',
    storage: { kind: 'managed' },
    // Reports, sweeps and logged runs (ADR 0026).
    run: { id: 'run-new', projectId: ids.project, name: 'ci-run', createdAt: T },
    username: null,
    report: { id: 'rep-new', projectId: ids.project, title: 'Findings', createdAt: T },
    reportId: 'rep-gus',
    title: 'Findings, edited',
    follow: true,
    comment: { id: 'c-1', text: 'Nice', at: T },
    magicLink: 'link-1',
    // A shared server's first org, and a person's API key (ADR 0027).
    org: { id: 'org-first', slug: 'first', name: 'First', teamId: 'team-first', teamName: 'first' },
    key: { id: 'key-1', name: 'laptop', hash: 'ab'.repeat(32), last4: 'abcd', createdAt: T },
    keyId: 'key-1',
    sweep: { id: 'sw-new', projectId: ids.project, name: 'lr-search', method: 'random', createdAt: T },
    sweepId: 'sw-new',
    invite: {
      id: 'inv-new',
      orgId: 'acme',
      email: 'x@acme.com',
      orgRole: 'member',
      modelsSeat: 'full',
      weaveAccess: 'full',
      teams: [],
      invitedById: 'ann',
      sentAt: T,
      expiresAt: T,
      status: 'pending',
    },
    account: {
      id: 'sa-new',
      teamId: ids.team,
      name: 'bot',
      apiKeyLast4: '1234',
      createdById: 'ann',
      createdAt: T,
    },
    project: {
      id: 'p-new',
      teamId: ids.team,
      name: 'p-new',
      description: '',
      ownerId: 'ann',
      visibility: 'team',
      restrictedMembers: [],
      roleOverrides: {},
      createdAt: T,
      updatedAt: T,
    },
  };
  return base as unknown as Operation;
}

describe('audit descriptions', () => {
  it('every operation type has an action name the filter accepts', () => {
    for (const type of OPERATION_TYPES) {
      const { name } = AUDIT_OPERATIONS[type];
      expect(auditQuerySchema.parse({ action: name }).action).toBe(name);
    }
  });

  it('describes every operation type, with known or unknown ids, without throwing', () => {
    const world = acmeWorld();
    for (const ids of [
      { user: 'eve', team: 'ml-research', project: 'vision' },
      { user: 'ghost', team: 'no-team', project: 'no-project' },
    ]) {
      for (const type of OPERATION_TYPES) {
        const op = opOf(type, ids);
        // Apply when the engine allows it, so the after-world is real; else describe against the same world.
        const after = check(world, as('ann'), op).allowed ? apply(world, as('ann'), op) : world;
        const d = describeOperation({ before: world, after, actor: 'Ann', actorId: 'ann' }, op);
        expect(d.description.length, type).toBeGreaterThan(5);
        expect(d.target.name.length, type).toBeGreaterThan(0);
      }
    }
  });

  it('a demotion lists the cascades: seat and team roles', () => {
    const world = acmeWorld();
    const op: Operation = { type: 'member.setOrgRole', orgId: 'acme', userId: 'gus', role: 'viewer' };
    expect(check(world, as('ann'), op).allowed).toBe(true);
    const after = apply(world, as('ann'), op);
    const d = describeOperation({ before: world, after, actor: 'Ann', actorId: 'ann' }, op);
    expect(d.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['Org role', 'Models seat', 'Teams']),
    );
  });
});
