// apply() for teams (§4–§5): creation, deletion with its projects, settings, members, service accounts.
import { addToTeam, projectsOfTeam, removeFromTeam, setTeamRole } from './apply-cascades';
import type { Actor, TeamMembership, TeamSettings } from './model';
import { Table } from './table';
import type { Operation } from './operations';
import type { Draft } from './world-edit';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
export type TeamOp = Op<
  | 'team.create'
  | 'team.delete'
  | 'team.updateSettings'
  | 'team.addMember'
  | 'team.setRole'
  | 'team.removeMember'
  | 'serviceAccount.create'
  | 'serviceAccount.delete'
>;

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  hidden: false,
  futureProjectsPrivate: false,
  membersCanInvite: false,
  noPublicReportsInPrivateProjects: false,
  recommendForDomainSignups: false,
  codeSavingByDefault: false,
  autoAddNewUsers: false,
};

/** Deleting a team takes its projects (and their runs, reports, artifacts) and service accounts (§4). */
function deleteTeam(draft: Draft, teamId: string): void {
  const team = draft.get('teams', teamId);
  if (!team) return;
  const projectIds = new Set(projectsOfTeam(draft, teamId).map((p) => p.id));
  for (const id of projectIds) draft.delete('projects', id);
  for (const key of ['runs', 'reports', 'artifacts'] as const) {
    for (const item of draft.all(key)) if (projectIds.has(item.projectId)) draft.delete(key, item.id);
  }
  for (const sa of draft.all('serviceAccounts'))
    if (sa.teamId === teamId) draft.delete('serviceAccounts', sa.id);
  draft.update('orgs', team.orgId, (o) => (o.defaultTeamId === teamId ? { ...o, defaultTeamId: null } : o));
  for (const invite of draft.all('invites')) {
    if (invite.teams.some((t) => t.teamId === teamId)) {
      draft.set('invites', invite.id, { ...invite, teams: invite.teams.filter((t) => t.teamId !== teamId) });
    }
  }
  draft.delete('teams', teamId);
}

export function applyTeamOp(draft: Draft, actor: Actor, op: TeamOp): void {
  switch (op.type) {
    case 'team.create': {
      // The creating org admin becomes the team's first Admin, so the team is never without one.
      const members =
        actor.kind === 'user'
          ? Table.of([[actor.userId, { role: 'admin' as const, joinedAt: op.at }]])
          : Table.empty<TeamMembership>();
      draft.set('teams', op.id, {
        id: op.id,
        orgId: op.orgId,
        name: op.name,
        storage: op.storage,
        settings: { ...DEFAULT_TEAM_SETTINGS },
        members,
        createdAt: op.at,
      });
      return;
    }
    case 'team.delete':
      deleteTeam(draft, op.teamId);
      return;
    case 'team.updateSettings': {
      const defined = Object.fromEntries(
        Object.entries(op.settings).filter(([, v]) => v !== undefined),
      ) as Partial<TeamSettings>;
      draft.update('teams', op.teamId, (t) => ({ ...t, settings: { ...t.settings, ...defined } }));
      return;
    }
    case 'team.addMember':
      addToTeam(draft, op.teamId, op.principalId, op.role, op.at);
      return;
    case 'team.setRole':
      setTeamRole(draft, op.teamId, op.principalId, op.role);
      return;
    case 'team.removeMember':
      removeFromTeam(draft, op.teamId, op.principalId);
      return;
    case 'serviceAccount.create':
      draft.set('serviceAccounts', op.account.id, op.account);
      // Decision: a service account is a team Member (reads and writes non-restricted projects, §5.2).
      addToTeam(draft, op.account.teamId, op.account.id, 'member', op.account.createdAt);
      return;
    case 'serviceAccount.delete': {
      const account = draft.get('serviceAccounts', op.serviceAccountId);
      if (!account) return;
      removeFromTeam(draft, account.teamId, account.id);
      draft.delete('serviceAccounts', account.id);
      return;
    }
  }
}
