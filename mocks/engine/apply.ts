// apply(): the change an operation makes, with every cascade. Pure: the input world is never
// mutated and only the collections and records that change are copied. Assumes check() allowed it.
import { applyArrivalOp } from './apply-arrivals';
import { applyMemberOp, applyOrgOp } from './apply-org';
import { applyProjectOp, applyRoleOp } from './apply-projects';
import { applyTeamOp } from './apply-teams';
import type { Actor, World } from './model';
import type { Operation } from './operations';
import { Draft } from './world-edit';

export function apply(world: World, actor: Actor, op: Operation): World {
  const draft = new Draft(world);
  switch (op.type) {
    case 'org.rename':
    case 'org.claimDomain':
    case 'org.releaseDomain':
    case 'org.setDefaultTeam':
    case 'org.setSsoProvisioning':
    case 'org.setBillingAdmin':
    case 'org.setEnforcement':
      applyOrgOp(draft, actor, op);
      break;
    case 'member.setOrgRole':
    case 'member.setSeat':
    case 'member.remove':
      applyMemberOp(draft, actor, op);
      break;
    case 'invite.create':
    case 'invite.resend':
    case 'invite.revoke':
    case 'invite.update':
    case 'invite.accept':
    case 'signup':
    case 'sso.signIn':
      applyArrivalOp(draft, actor, op);
      break;
    case 'team.create':
    case 'team.delete':
    case 'team.updateSettings':
    case 'team.addMember':
    case 'team.setRole':
    case 'team.removeMember':
    case 'serviceAccount.create':
    case 'serviceAccount.delete':
      applyTeamOp(draft, actor, op);
      break;
    case 'role.create':
    case 'role.update':
    case 'role.delete':
      applyRoleOp(draft, actor, op);
      break;
    default:
      applyProjectOp(draft, actor, op);
  }
  return draft.done();
}
