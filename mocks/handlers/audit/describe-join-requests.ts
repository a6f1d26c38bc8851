// Audit text for "Ask to join" (ADR 0025): asked, withdrawn, approved (with the role they joined as),
// declined. The request itself shows as a field, so the log reads what was pending before and after.
import type { Operation } from '../../engine/index';
import { diff, principalName, role, teamName, teamOrg, type DescribeContext, type Described } from './names';

type JoinRequestOp = Extract<
  Operation,
  {
    type:
      'team.requestJoin' | 'team.withdrawJoinRequest' | 'team.approveJoinRequest' | 'team.declineJoinRequest';
  }
>;

export function describeJoinRequest(ctx: DescribeContext, op: JoinRequestOp): Described {
  const userId = op.type === 'team.requestJoin' ? (ctx.actorId ?? '') : op.userId;
  const team = teamName(ctx, op.teamId);
  const who = principalName(ctx, userId);
  const pending = (w: DescribeContext['before']) =>
    (w.teams.get(op.teamId)?.joinRequests ?? []).some((r) => r.userId === userId) ? 'Pending' : null;
  const membership = ctx.after.teams.get(op.teamId)?.members.get(userId);
  const joinedAs = membership ? role(ctx.after, membership.role) : null;
  const description = {
    'team.requestJoin': `${ctx.actor} asked to join ${team}`,
    'team.withdrawJoinRequest': `${ctx.actor} withdrew their request to join ${team}`,
    'team.approveJoinRequest': `${ctx.actor} approved ${who}'s request to join ${team}; they joined as ${joinedAs ?? '?'}`,
    'team.declineJoinRequest': `${ctx.actor} declined ${who}'s request to join ${team}`,
  }[op.type];
  const before = ctx.before.teams.get(op.teamId)?.members.get(userId);
  return {
    orgId: teamOrg(ctx, op.teamId),
    target: { kind: 'user', id: userId, name: who, within: team },
    description,
    changes: diff([
      [`Request to join ${team}`, pending(ctx.before), pending(ctx.after)],
      [`Role in ${team}`, before ? role(ctx.before, before.role) : null, joinedAs],
    ]),
  };
}
