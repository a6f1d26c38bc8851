// One operation, between the world before and after it, as an audit entry's readable parts.
import type { Operation } from '../../engine/index';
import { describeInvite, describeMember } from './describe-members';
import { describeOrg, describeRole } from './describe-org';
import { describeProject } from './describe-projects';
import { describeTeam } from './describe-teams';
import type { DescribeContext, Described } from './names';

export function describeOperation(ctx: DescribeContext, op: Operation): Described {
  switch (op.type) {
    case 'org.rename':
    case 'org.claimDomain':
    case 'org.releaseDomain':
    case 'org.setDefaultTeam':
    case 'org.setSsoProvisioning':
    case 'org.setBillingAdmin':
    case 'org.setEnforcement':
      return describeOrg(ctx, op);
    case 'member.setOrgRole':
    case 'member.setSeat':
    case 'member.remove':
    case 'invite.accept':
    case 'signup':
    case 'sso.signIn':
      return describeMember(ctx, op);
    case 'invite.create':
    case 'invite.resend':
    case 'invite.revoke':
    case 'invite.update':
      return describeInvite(ctx, op);
    case 'team.create':
    case 'team.delete':
    case 'team.updateSettings':
    case 'team.addMember':
    case 'team.setRole':
    case 'team.removeMember':
    case 'serviceAccount.create':
    case 'serviceAccount.delete':
      return describeTeam(ctx, op);
    case 'role.create':
    case 'role.update':
    case 'role.delete':
      return describeRole(ctx, op);
    case 'project.create':
    case 'project.update':
    case 'project.addMember':
    case 'project.removeMember':
    case 'project.join':
    case 'project.setRole':
    case 'run.move':
    case 'run.stop':
    case 'run.delete':
      return describeProject(ctx, op);
  }
}
