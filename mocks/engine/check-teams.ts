// check() for teams (§4–§5): create/delete, settings (enforced = locked), members and roles, service accounts.
import { TEAM_NAME_RE, first, holderOf, roleAssignable, thenCheck } from './check-helpers';
import type { Decision } from './decision';
import { decide } from './decide';
import { isEnterprise, nameOf, requestedName, teamAdminCount } from './lookup';
import { reservedTeamName } from './reserved-names';
import type { Actor, EnforceableSetting, Team, TeamSettings, World } from './model';
import type { Operation } from './operations';
import { conflict, forbidden, invalid, notFound } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type TeamOp = Op<
  | 'team.create'
  | 'team.delete'
  | 'team.updateSettings'
  | 'team.addMember'
  | 'team.setRole'
  | 'team.removeMember'
  | 'serviceAccount.create'
  | 'serviceAccount.delete'
>;

export const LOCKED_SETTING_TEXT = "This setting is locked because it's enforced org-wide";
const ENFORCEABLE: ReadonlySet<keyof TeamSettings> = new Set<EnforceableSetting>([
  'hidden',
  'futureProjectsPrivate',
  'membersCanInvite',
  'noPublicReportsInPrivateProjects',
  'codeSavingByDefault',
]);

const teamRes = (team: Team) => ({ kind: 'team', teamId: team.id }) as const;

export function checkTeamOp(world: World, actor: Actor, op: TeamOp): Decision {
  switch (op.type) {
    case 'team.create': {
      const org = world.orgs.get(op.orgId);
      if (!org) return notFound('No such organization');
      return thenCheck(decide(world, actor, 'organization:create_team', { kind: 'org', orgId: org.id }), () =>
        first(
          () => (world.teams.get(op.id) ? conflict('A team with this id already exists') : null),
          () =>
            TEAM_NAME_RE.test(op.name) ? null : invalid('name', 'Use 3–32 lowercase letters, digits, - or _'),
          () => {
            const reserved = reservedTeamName(op.name);
            return reserved ? invalid('name', reserved) : null;
          },
          () =>
            world.teams.values().some((t) => t.name === op.name)
              ? conflict(`The team name ${op.name} is taken`)
              : null,
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
    }
    case 'serviceAccount.create': {
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
    }
    case 'serviceAccount.delete': {
      const account = world.serviceAccounts.get(op.serviceAccountId);
      const team = account ? world.teams.get(account.teamId) : undefined;
      if (!account || !team) return notFound('No such service account');
      return thenCheck(decide(world, actor, 'team:create_service_account', teamRes(team)), () => null);
    }
    default:
      return checkExistingTeam(world, actor, op);
  }
}

function checkExistingTeam(
  world: World,
  actor: Actor,
  op: Exclude<TeamOp, Op<'team.create' | 'serviceAccount.create' | 'serviceAccount.delete'>>,
): Decision {
  const team = world.teams.get(op.teamId);
  const org = team ? world.orgs.get(team.orgId) : undefined;
  if (!team || !org) return notFound('No such team');
  const res = teamRes(team);
  switch (op.type) {
    case 'team.delete':
      return thenCheck(decide(world, actor, 'team:delete', res), () => null);
    case 'team.updateSettings':
      return thenCheck(decide(world, actor, 'team:manage_settings', res), () => {
        for (const [key, value] of Object.entries(op.settings) as [
          keyof TeamSettings,
          boolean | undefined,
        ][]) {
          if (value === undefined) continue;
          const enforced = ENFORCEABLE.has(key) ? org.enforcements[key as EnforceableSetting] : undefined;
          if (enforced !== undefined && enforced !== value) return forbidden('guard', LOCKED_SETTING_TEXT);
          if (
            key === 'recommendForDomainSignups' &&
            value !== team.settings[key] &&
            org.deployment !== 'saas'
          ) {
            return forbidden(
              'plan',
              'Recommending teams to new users by email domain is available only on Multi-tenant Cloud (SaaS)',
            );
          }
          if (key === 'recommendForDomainSignups' && !value && org.defaultTeamId === team.id) {
            return conflict(
              `Team ${team.name} is the default team for new sign-ups; choose another default team first`,
            );
          }
        }
        return null;
      });
    case 'team.addMember': {
      const holder = holderOf(world, op.principalId);
      if (!holder) return notFound('No such user or service account');
      return thenCheck(decide(world, actor, 'team:invite_user', res), () =>
        first(
          () => {
            const user = world.users.get(op.principalId);
            if (user && user.orgId !== org.id)
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
    }
    case 'team.setRole': {
      const holder = holderOf(world, op.principalId);
      const current = team.members.get(op.principalId);
      if (!holder || !current)
        return notFound(`${requestedName(world, op.principalId)} is not a member of team ${team.name}`);
      return thenCheck(decide(world, actor, 'team:update_role', res), () => {
        if (op.role === current.role) return null;
        return first(
          () => roleAssignable(world, org, holder, op.role),
          () =>
            current.role === 'admin' && teamAdminCount(team) <= 1
              ? conflict(
                  `${holder.name} is the last Admin of team ${team.name}; make someone else an Admin first`,
                )
              : null,
        );
      });
    }
    case 'team.removeMember': {
      const current = team.members.get(op.principalId);
      const name = nameOf(world, op.principalId);
      if (!current)
        return notFound(`${requestedName(world, op.principalId)} is not a member of team ${team.name}`);
      const leaving = actor.kind === 'user' && actor.userId === op.principalId;
      const gate = leaving
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
        : decide(world, actor, 'team:remove_user', res);
      return thenCheck(gate, () =>
        first(
          () =>
            world.serviceAccounts.get(op.principalId)
              ? invalid('principalId', 'Delete the service account instead of removing it')
              : null,
          () =>
            current.role === 'admin' && teamAdminCount(team) <= 1
              ? conflict(`${name} is the last Admin of team ${team.name}; make someone else an Admin first`)
              : null,
        ),
      );
    }
  }
}
