// Audit text for teams, team members and service accounts.
import type { Operation, World } from '../../engine/index';
import {
  diff,
  onOff,
  principalName,
  role,
  teamName,
  teamOrg,
  whose,
  type DescribeContext,
  type Described,
} from './names';
import { describeJoinRequest } from './describe-join-requests';

type TeamOp = Extract<Operation, { type: `team.${string}` | `serviceAccount.${string}` }>;

const SETTING_LABELS: Record<string, string> = {
  hidden: 'Hidden',
  futureProjectsPrivate: 'Future projects private',
  membersCanInvite: 'Members may invite',
  noPublicReportsInPrivateProjects: 'No public reports in private projects',
  recommendForDomainSignups: 'Recommend to matching domains',
  codeSavingByDefault: 'Code saving by default',
  autoAddNewUsers: 'Auto-add new users',
};

function memberRole(world: World, teamId: string, principalId: string): string | null {
  const membership = world.teams.get(teamId)?.members.get(principalId);
  return membership ? role(world, membership.role) : null;
}

/** Settings only while the team exists on both sides: a creation or deletion shows the team itself. */
function teamFields(world: World, teamId: string, withSettings: boolean): [string, string | null][] {
  const team = world.teams.get(teamId);
  if (!team)
    return [
      ['Team', null],
      ['Members', null],
    ];
  if (!withSettings)
    return [
      ['Team', team.name],
      ['Members', String(team.members.keys().length)],
    ];
  const settings = Object.entries(team.settings).map(([key, value]): [string, string | null] => [
    SETTING_LABELS[key] ?? key,
    onOff(value),
  ]);
  return [['Team', team.name], ['Members', String(team.members.keys().length)], ...settings];
}

function teamDiff(ctx: DescribeContext, teamId: string) {
  const both = Boolean(ctx.before.teams.get(teamId) && ctx.after.teams.get(teamId));
  const before = teamFields(ctx.before, teamId, both);
  const after = teamFields(ctx.after, teamId, both);
  const fields = new Map<string, [string | null, string | null]>();
  for (const [f, v] of before) fields.set(f, [v, null]);
  for (const [f, v] of after) fields.set(f, [fields.get(f)?.[0] ?? null, v]);
  return diff([...fields].map(([f, [b, a]]) => [f, b, a]));
}

export function describeTeam(ctx: DescribeContext, op: TeamOp): Described {
  if (op.type === 'serviceAccount.create' || op.type === 'serviceAccount.delete') {
    const account =
      op.type === 'serviceAccount.create'
        ? op.account
        : (ctx.before.serviceAccounts.get(op.serviceAccountId) ?? null);
    const id = account?.id ?? (op.type === 'serviceAccount.delete' ? op.serviceAccountId : '');
    const team = account ? teamName(ctx, account.teamId) : 'a team';
    const created = op.type === 'serviceAccount.create';
    return {
      orgId: account ? teamOrg(ctx, account.teamId) : null,
      target: { kind: 'serviceAccount', id, name: account?.name ?? 'a service account' },
      description: `${ctx.actor} ${created ? 'created' : 'deleted'} ${account ? `the service account ${account.name} in ${team}` : 'a service account'}`,
      changes: diff([
        [
          'Service account',
          created ? null : `${team}/${account?.name ?? ''}`,
          created ? `${team}/${account?.name ?? ''}` : null,
        ],
      ]),
    };
  }
  const teamId = op.type === 'team.create' ? op.id : op.teamId;
  const team = teamName(ctx, teamId);
  const orgId = teamOrg(ctx, teamId);
  const teamTarget = { kind: 'team' as const, id: teamId, name: team };
  switch (op.type) {
    case 'team.create':
    case 'team.delete':
    case 'team.updateSettings': {
      const verb = {
        'team.create': 'created the team',
        'team.delete': 'deleted the team',
        'team.updateSettings': 'changed the settings of',
      }[op.type];
      return {
        orgId,
        target: teamTarget,
        description: `${ctx.actor} ${verb} ${team}`,
        changes: teamDiff(ctx, teamId),
      };
    }
    case 'team.requestJoin':
    case 'team.withdrawJoinRequest':
    case 'team.approveJoinRequest':
    case 'team.declineJoinRequest':
      return describeJoinRequest(ctx, op);
    case 'team.joinByDomain': {
      const who = ctx.actorId ?? '';
      const a = memberRole(ctx.after, teamId, who);
      const description = `${ctx.actor} joined ${team} as ${a ?? '?'} (their email domain is claimed by the org)`;
      const target = { kind: 'user' as const, id: who, name: principalName(ctx, who), within: team };
      return { orgId, target, description, changes: diff([[`Role in ${team}`, null, a]]) };
    }
    case 'team.addMember':
    case 'team.setRole':
    case 'team.removeMember': {
      const who = principalName(ctx, op.principalId);
      const b = memberRole(ctx.before, teamId, op.principalId);
      const a = memberRole(ctx.after, teamId, op.principalId);
      const self = op.principalId === ctx.actorId;
      const description =
        op.type === 'team.addMember'
          ? `${ctx.actor} added ${who} to ${team} as ${a ?? '?'}`
          : op.type === 'team.setRole'
            ? `${ctx.actor} changed ${whose(ctx, op.principalId)} role in ${team} from ${b ?? '?'} to ${a ?? '?'}`
            : self
              ? `${ctx.actor} left ${team}`
              : `${ctx.actor} removed ${who} from ${team}`;
      const target = { kind: 'user' as const, id: op.principalId, name: who, within: team };
      return { orgId, target, description, changes: diff([[`Role in ${team}`, b, a]]) };
    }
  }
}
