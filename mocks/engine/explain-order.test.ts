// The order an explanation reads in (issue 15, ADR 0024): org role → seat → team role → visibility →
// project role → role, every refusing step named at its place, the first refusal deciding. One test per
// ordering rule; each fails if its rule breaks.
import { describe, expect, it } from 'vitest';
import { effectiveAccess } from './access';
import { decide } from './decide';
import type { Decision, ReasonStep } from './decision';
import type { Resource, World } from './model';
import type { Permission } from './permissions';
import { acmeWorld, as, editRow, outOfOrder, withMember, withOverride } from './test-world';

const w = acmeWorld();
const project = (projectId: string): Resource => ({ kind: 'project', projectId });
const steps = (d: Decision): ReasonStep[] => d.reasons.map((r) => r.step);
const denials = (d: Decision): ReasonStep[] =>
  d.reasons.filter((r) => r.effect === 'deny').map((r) => r.step);
const can = (userId: string, p: Permission, r: Resource, world: World = w): Decision =>
  decide(world, as(userId), p, r);
/** Where a step first appears in the chain (-1 when it is missing). */
const at = (d: Decision, step: ReasonStep): number => steps(d).indexOf(step);

describe('an explanation reads in §9 order', () => {
  // dee: org Viewer, View-Only in ml-research; given a Viewer seat here, so every step has a word.
  const viewerWorld = editRow(w, 'users', 'dee', (u) => ({ ...u, modelsSeat: 'viewer' }));
  const orgViewerLogs = can('dee', 'run:create', project('vision'), viewerWorld);

  it('the org role comes first, and decides for an org Viewer who may not log runs', () => {
    expect(orgViewerLogs.allowed).toBe(false);
    expect(orgViewerLogs.reasons[0]).toMatchObject({ step: 'org-role', effect: 'deny' });
    expect(orgViewerLogs.reasons.find((r) => r.effect === 'deny')?.text).toMatch(/org Viewer/);
  });

  it('the seat comes after the org role and before the team role', () => {
    expect(at(orgViewerLogs, 'seat')).toBe(at(orgViewerLogs, 'org-role') + 1);
    expect(at(orgViewerLogs, 'seat')).toBeLessThan(at(orgViewerLogs, 'team'));
  });

  it('every refusing step is named at its place: org role, seat, then the role', () => {
    expect(denials(orgViewerLogs)).toEqual(['org-role', 'seat', 'role']);
    expect(outOfOrder(orgViewerLogs.reasons)).toBeNull();
  });

  it('the team role comes before the visibility', () => {
    const d = can('bea', 'run:read', project('secret-llm')); // View-Only, not on the Restricted list
    expect(d.allowed).toBe(false);
    expect(steps(d).slice(-2)).toEqual(['team', 'visibility']);
    expect(d.reasons.at(-1)?.effect).toBe('deny');
  });

  it('the visibility comes before the project role', () => {
    const world = withOverride(w, 'secret-llm', 'gus', 'viewer');
    const d = can('gus', 'run:create', project('secret-llm'), world);
    expect(at(d, 'visibility')).toBeGreaterThanOrEqual(0);
    expect(at(d, 'visibility')).toBeLessThan(at(d, 'project-role'));
  });

  it('the project role comes before what the role grants, and names the role that decides', () => {
    const world = withOverride(w, 'vision', 'gus', 'viewer');
    const d = can('gus', 'run:create', project('vision'), world);
    expect(d.allowed).toBe(false);
    expect(at(d, 'project-role')).toBeLessThan(at(d, 'role'));
    expect(d.reasons.at(-1)).toMatchObject({ step: 'role', effect: 'deny' });
    expect(d.reasons.at(-1)?.text).toMatch(/View-Only in project ml-research\/vision/);
  });

  it('a seat that refuses decides before a team role that would allow', () => {
    const d = can('eve', 'run:create', project('vision')); // Member with a Viewer seat
    expect(denials(d)).toEqual(['seat']);
    expect(d.reasons.at(-1)).toMatchObject({ step: 'role', effect: 'note' });
  });

  it('an allowed chain walks every step and ends in its allow', () => {
    const d = can('hal', 'run:create', project('vision'), withMember(w, 'ml-research', 'hal', 'member'));
    expect(d.allowed).toBe(true);
    expect(steps(d)).toEqual(['org-role', 'seat', 'team', 'visibility', 'project-role', 'role']);
    expect(d.reasons.at(-1)?.effect).toBe('allow');
  });

  it('the source of a role lists every step, not only the team', () => {
    const access = effectiveAccess(viewerWorld, 'dee', { kind: 'project', projectId: 'vision' });
    expect(access.roleSource.map((r) => r.step)).toEqual([
      'org-role',
      'seat',
      'team',
      'visibility',
      'project-role',
    ]);
  });

  it('a stopped chain still names the org role and seat that refuse, before the team that stops it', () => {
    const world = editRow(w, 'teams', 'ml-research', (t) => ({ ...t, members: t.members.without('dee') }));
    const d = can('dee', 'run:create', project('vision'), world);
    expect(denials(d)).toEqual(['org-role', 'seat', 'team']);
  });
});
