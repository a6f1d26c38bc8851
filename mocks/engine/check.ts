// check(): may this actor make this change? 403 forbidden / 409 conflict / 422 invalid / 404 not-found.
import { checkArrivalOp } from './check-arrivals';
import { checkInviteOp } from './check-invites';
import { checkMemberOp } from './check-members';
import { checkOrgOp } from './check-org';
import { checkProjectOp } from './check-projects';
import { checkRoleOp } from './check-roles';
import { checkRunOp } from './check-runs';
import { checkTeamOp } from './check-teams';
import type { Decision } from './decision';
import type { Actor, World } from './model';
import type { Operation } from './operations';

export function check(world: World, actor: Actor, op: Operation): Decision {
  switch (op.type) {
    case 'org.rename':
    case 'org.claimDomain':
    case 'org.releaseDomain':
    case 'org.setDefaultTeam':
    case 'org.setSsoProvisioning':
    case 'org.setBillingAdmin':
    case 'org.setEnforcement':
      return checkOrgOp(world, actor, op);
    case 'member.setOrgRole':
    case 'member.setSeat':
    case 'member.remove':
      return checkMemberOp(world, actor, op);
    case 'invite.create':
    case 'invite.resend':
    case 'invite.revoke':
    case 'invite.update':
      return checkInviteOp(world, actor, op);
    case 'invite.accept':
    case 'signup':
    case 'sso.signIn':
      return checkArrivalOp(world, actor, op);
    case 'team.create':
    case 'team.delete':
    case 'team.updateSettings':
    case 'team.addMember':
    case 'team.setRole':
    case 'team.removeMember':
    case 'serviceAccount.create':
    case 'serviceAccount.delete':
      return checkTeamOp(world, actor, op);
    case 'role.create':
    case 'role.update':
    case 'role.delete':
      return checkRoleOp(world, actor, op);
    case 'project.create':
    case 'project.update':
    case 'project.addMember':
    case 'project.removeMember':
    case 'project.join':
    case 'project.setRole':
      return checkProjectOp(world, actor, op);
    case 'run.move':
    case 'run.stop':
    case 'run.delete':
      return checkRunOp(world, actor, op);
  }
}
