// apply() for org settings and org members (§2): role/seat changes and removal cascades.
import { dropCustomRoles, dropFromProject, setTeamRole } from './apply-cascades';
import type { Actor, EnforceableSetting, Enforcements } from './model';
import type { Operation } from './operations';
import type { Draft } from './world-edit';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
export type OrgOp = Op<
  | 'org.rename'
  | 'org.claimDomain'
  | 'org.releaseDomain'
  | 'org.setDefaultTeam'
  | 'org.setSsoProvisioning'
  | 'org.setBillingAdmin'
  | 'org.setEnforcement'
>;
export type MemberOp = Op<'member.setOrgRole' | 'member.setSeat' | 'member.remove'>;

function setEnforcement(e: Enforcements, key: EnforceableSetting, value: boolean | null): Enforcements {
  const next = { ...e };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

export function applyOrgOp(draft: Draft, _actor: Actor, op: OrgOp): void {
  draft.update('orgs', op.orgId, (org) => {
    switch (op.type) {
      case 'org.rename':
        return { ...org, name: op.name.trim() };
      case 'org.claimDomain':
        return { ...org, domains: [...org.domains, op.domain.trim().toLowerCase()] };
      case 'org.releaseDomain':
        return { ...org, domains: org.domains.filter((d) => d !== op.domain.toLowerCase()) };
      case 'org.setDefaultTeam':
        return { ...org, defaultTeamId: op.teamId };
      case 'org.setSsoProvisioning':
        return { ...org, ssoProvisioning: op.enabled };
      case 'org.setBillingAdmin':
        return { ...org, billingAdminId: op.userId };
      case 'org.setEnforcement':
        return { ...org, enforcements: setEnforcement(org.enforcements, op.setting, op.value) };
    }
  });
}

export function applyMemberOp(draft: Draft, _actor: Actor, op: MemberOp): void {
  const user = draft.get('users', op.userId);
  if (!user?.orgId) return;
  const orgId = user.orgId;
  const orgTeams = draft.all('teams').filter((t) => t.orgId === orgId);
  switch (op.type) {
    case 'member.setOrgRole': {
      // An Admin holds a Full seat; a Viewer cannot (Decision §2): the seat follows the role.
      const modelsSeat =
        op.role === 'admin'
          ? 'full'
          : op.role === 'viewer' && user.modelsSeat === 'full'
            ? 'viewer'
            : user.modelsSeat;
      // Weave access is capped the same way for a Viewer.
      const weaveAccess = op.role === 'viewer' && user.weaveAccess === 'full' ? 'viewer' : user.weaveAccess;
      draft.set('users', user.id, { ...user, orgRole: op.role, modelsSeat, weaveAccess });
      // An org admin who joined Restricted projects of teams they are not in leaves them with the role.
      if (user.orgRole === 'admin' && op.role !== 'admin') {
        for (const p of draft.all('projects'))
          if (orgTeams.some((t) => t.id === p.teamId && !t.members.has(user.id)))
            dropFromProject(draft, p, user.id);
      }
      if (op.role !== 'member') dropCustomRoles(draft, orgId, user.id);
      if (op.role === 'viewer') {
        // An org Viewer is only ever View-Only in a team (§4).
        for (const t of orgTeams)
          if (t.members.get(user.id) && t.members.get(user.id)?.role !== 'viewer')
            setTeamRole(draft, t.id, user.id, 'viewer');
      }
      return;
    }
    case 'member.setSeat':
      draft.set('users', user.id, {
        ...user,
        modelsSeat: op.modelsSeat ?? user.modelsSeat,
        weaveAccess: op.weaveAccess ?? user.weaveAccess,
      });
      return;
    case 'member.remove': {
      // Their runs, reports, artifacts and project ownerships stay (§3): only access goes.
      const teamIds = new Set(orgTeams.map((t) => t.id));
      for (const t of orgTeams)
        if (t.members.get(user.id)) draft.set('teams', t.id, { ...t, members: t.members.without(user.id) });
      for (const p of draft.all('projects')) if (teamIds.has(p.teamId)) dropFromProject(draft, p, user.id);
      draft.update('orgs', orgId, (o) => (o.billingAdminId === user.id ? { ...o, billingAdminId: null } : o));
      draft.set('users', user.id, {
        ...user,
        orgId: null,
        orgRole: 'member',
        modelsSeat: 'none',
        weaveAccess: 'none',
      });
      return;
    }
  }
}
