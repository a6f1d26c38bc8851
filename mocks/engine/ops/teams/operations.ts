// Teams (§4–§5): create and delete, settings (enforced = locked), members and roles, service accounts.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { isEnterprise, nameOf, requestedName, teamAdminCount } from '../../lookup';
import type {
  Actor,
  Org,
  RoleRef,
  ServiceAccount,
  StorageType,
  Team,
  TeamMembership,
  TeamSettings,
  World,
} from '../../model';
import { conflict, forbidden, invalid, notFound } from '../../reason';
import { Table } from '../../table';
import type { Draft } from '../../world-edit';
import { addToTeam, projectsOfTeam, removeFromTeam, setTeamRole } from '../cascades';
import { defineFamily, operation } from '../define';
import { first, holderOf, roleAssignable, teamNameRules, thenCheck } from '../rules';
import { teamScope } from '../scope';
import { DEFAULT_TEAM_SETTINGS, settingsRules } from './settings';
import { belongsTo } from '../../memberships';

const teamRes = (team: Team) => ({ kind: 'team', teamId: team.id }) as const;

/** The team and its org (404 otherwise), then the operation's gate and rules. */
function teamCheck(world: World, teamId: string, rules: (team: Team, org: Org) => Decision): Decision {
  const team = world.teams.get(teamId);
  const org = team ? world.orgs.get(team.orgId) : undefined;
  if (!team || !org) return notFound('No such team');
  return rules(team, org);
}

const lastTeamAdmin = (team: Team, role: RoleRef, name: string): Decision | null =>
  role === 'admin' && teamAdminCount(team) <= 1
    ? conflict(`${name} is the last Admin of team ${team.name}; make someone else an Admin first`)
    : null;

/** Deleting a team takes its projects (and their runs, reports, artifacts, sweeps) and service accounts (§4). */
function deleteTeam(draft: Draft, teamId: string): void {
  const team = draft.get('teams', teamId);
  if (!team) return;
  const projectIds = new Set(projectsOfTeam(draft, teamId).map((p) => p.id));
  for (const id of projectIds) draft.delete('projects', id);
  for (const key of ['runs', 'reports', 'artifacts', 'sweeps'] as const) {
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

const isSelf = (actor: Actor, principalId: string): boolean =>
  actor.kind === 'user' && actor.userId === principalId;

export const teamOperations = defineFamily({
  'team.create': operation<{ id: string; orgId: string; name: string; storage: StorageType; at: string }>({
    check: (world, actor, op) => {
      const org = world.orgs.get(op.orgId);
      if (!org) return notFound('No such organization');
      return thenCheck(decide(world, actor, 'organization:create_team', { kind: 'org', orgId: org.id }), () =>
        first(
          () => (world.teams.get(op.id) ? conflict('A team with this id already exists') : null),
          () => teamNameRules(world, op.name),
          () =>
            op.storage.kind === 'external' && !isEnterprise(org)
              ? forbidden('plan', 'External storage needs an Enterprise license')
              : null,
          () =>
            op.storage.kind === 'external' && op.storage.bucket.trim() === ''
              ? invalid('storage', 'Enter the bucket')
              : null,
        ),
      );
    },
    apply: (draft, actor, op) => {
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
    },
    impactScope: (_before, _after, op) => [{ target: { kind: 'team', teamId: op.id }, principals: null }],
  }),

  'team.delete': operation<{ teamId: string }>({
    check: (world, actor, op) =>
      teamCheck(world, op.teamId, (team) =>
        thenCheck(decide(world, actor, 'team:delete', teamRes(team)), () => null),
      ),
    apply: (draft, _actor, op) => deleteTeam(draft, op.teamId),
    impactScope: (before, _after, op) => teamScope(before, op.teamId, null),
  }),

  'team.updateSettings': operation<{ teamId: string; settings: Partial<TeamSettings> }>({
    check: (world, actor, op) =>
      teamCheck(world, op.teamId, (team, org) =>
        thenCheck(decide(world, actor, 'team:manage_settings', teamRes(team)), () =>
          settingsRules(org, team, op.settings),
        ),
      ),
    apply: (draft, _actor, op) => {
      const defined = Object.fromEntries(
        Object.entries(op.settings).filter(([, v]) => v !== undefined),
      ) as Partial<TeamSettings>;
      draft.update('teams', op.teamId, (t) => ({ ...t, settings: { ...t.settings, ...defined } }));
    },
    impactScope: (before, _after, op) => teamScope(before, op.teamId, null),
  }),

  'team.addMember': operation<{ teamId: string; principalId: string; role: RoleRef; at: string }>({
    check: (world, actor, op) =>
      teamCheck(world, op.teamId, (team, org) => {
        const holder = holderOf(world, org.id, op.principalId);
        if (!holder) return notFound('No such user or service account');
        const res = teamRes(team);
        return thenCheck(decide(world, actor, 'team:invite_user', res), () =>
          first(
            () => {
              const user = world.users.get(op.principalId);
              if (user && !belongsTo(user, org.id))
                return invalid(
                  'principalId',
                  `${holder.name} is not in ${org.name}; invite them to the organization`,
                );
              const account = world.serviceAccounts.get(op.principalId);
              return account && account.teamId !== team.id
                ? invalid('principalId', `${holder.name} belongs to another team`)
                : null;
            },
            () =>
              team.members.get(op.principalId)
                ? conflict(`${holder.name} is already a member of team ${team.name}`)
                : null,
            () => roleAssignable(world, org, holder, op.role),
            () => {
              const manages = decide(world, actor, 'team:update_role', res).allowed;
              return manages || op.role === 'member' || op.role === 'viewer'
                ? null
                : forbidden('team', 'Members who invite may only add Members or View-Only users');
            },
          ),
        );
      }),
    apply: (draft, _actor, op) => addToTeam(draft, op.teamId, op.principalId, op.role, op.at),
    impactScope: (before, _after, op) => teamScope(before, op.teamId, [op.principalId]),
  }),

  'team.setRole': operation<{ teamId: string; principalId: string; role: RoleRef }>({
    check: (world, actor, op) =>
      teamCheck(world, op.teamId, (team, org) => {
        const holder = holderOf(world, org.id, op.principalId);
        const current = team.members.get(op.principalId);
        if (!holder || !current)
          return notFound(`${requestedName(world, op.principalId)} is not a member of team ${team.name}`);
        return thenCheck(decide(world, actor, 'team:update_role', teamRes(team)), () => {
          if (op.role === current.role) return null;
          return first(
            () => roleAssignable(world, org, holder, op.role),
            () => lastTeamAdmin(team, current.role, holder.name),
          );
        });
      }),
    apply: (draft, _actor, op) => setTeamRole(draft, op.teamId, op.principalId, op.role),
    impactScope: (before, _after, op) => teamScope(before, op.teamId, [op.principalId]),
  }),

  /** Also "leave team" when the actor removes themselves. */
  'team.removeMember': operation<{ teamId: string; principalId: string }>({
    check: (world, actor, op) =>
      teamCheck(world, op.teamId, (team) => {
        const current = team.members.get(op.principalId);
        const name = nameOf(world, op.principalId);
        if (!current)
          return notFound(`${requestedName(world, op.principalId)} is not a member of team ${team.name}`);
        const gate = isSelf(actor, op.principalId)
          ? {
              allowed: true,
              reasons: [
                {
                  step: 'team' as const,
                  text: `${name} may leave team ${team.name}`,
                  effect: 'allow' as const,
                },
              ],
            }
          : decide(world, actor, 'team:remove_user', teamRes(team));
        return thenCheck(gate, () =>
          first(
            () =>
              world.serviceAccounts.get(op.principalId)
                ? invalid('principalId', 'Delete the service account instead of removing it')
                : null,
            () => lastTeamAdmin(team, current.role, name),
          ),
        );
      }),
    apply: (draft, _actor, op) => removeFromTeam(draft, op.teamId, op.principalId),
    impactScope: (before, _after, op) => teamScope(before, op.teamId, [op.principalId]),
  }),

  'serviceAccount.create': operation<{ account: ServiceAccount }>({
    check: (world, actor, op) => {
      const team = world.teams.get(op.account.teamId);
      if (!team) return notFound('No such team');
      return thenCheck(decide(world, actor, 'team:create_service_account', teamRes(team)), () =>
        first(
          () =>
            world.serviceAccounts.get(op.account.id) || world.users.get(op.account.id)
              ? conflict('An account with this id already exists')
              : null,
          () => (op.account.name.trim() === '' ? invalid('name', 'Enter a name') : null),
          () => {
            const dup = world.serviceAccounts
              .values()
              .some((s) => s.teamId === team.id && s.name.toLowerCase() === op.account.name.toLowerCase());
            return dup
              ? conflict(`Team ${team.name} already has a service account named ${op.account.name}`)
              : null;
          },
        ),
      );
    },
    apply: (draft, _actor, op) => {
      draft.set('serviceAccounts', op.account.id, op.account);
      // Decision: a service account is a team Member (reads and writes non-restricted projects, §5.2).
      addToTeam(draft, op.account.teamId, op.account.id, 'member', op.account.createdAt);
    },
    impactScope: (before, _after, op) => teamScope(before, op.account.teamId, [op.account.id]),
  }),

  'serviceAccount.delete': operation<{ serviceAccountId: string }>({
    check: (world, actor, op) => {
      const account = world.serviceAccounts.get(op.serviceAccountId);
      const team = account ? world.teams.get(account.teamId) : undefined;
      if (!account || !team) return notFound('No such service account');
      return thenCheck(decide(world, actor, 'team:create_service_account', teamRes(team)), () => null);
    },
    apply: (draft, _actor, op) => {
      const account = draft.get('serviceAccounts', op.serviceAccountId);
      if (!account) return;
      removeFromTeam(draft, account.teamId, account.id);
      draft.delete('serviceAccounts', account.id);
    },
    impactScope: (before, _after, op) => {
      const sa = before.serviceAccounts.get(op.serviceAccountId);
      return sa ? teamScope(before, sa.teamId, [sa.id]) : [];
    },
  }),
});
