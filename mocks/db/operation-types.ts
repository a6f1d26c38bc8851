// Every operation type, as runtime data for validating stored audit entries. A Record keyed by
// OperationType makes the compiler flag this list whenever operations.ts gains or loses a type.
import type { Operation, OperationType } from '../engine/index';

const KNOWN: Record<OperationType, true> = {
  'org.rename': true,
  'org.claimDomain': true,
  'org.releaseDomain': true,
  'org.setDefaultTeam': true,
  'org.setSsoProvisioning': true,
  'org.setBillingAdmin': true,
  'org.setEnforcement': true,
  'member.setOrgRole': true,
  'member.setSeat': true,
  'member.remove': true,
  'invite.create': true,
  'invite.resend': true,
  'invite.revoke': true,
  'invite.update': true,
  'invite.accept': true,
  signup: true,
  'sso.signIn': true,
  'team.create': true,
  'team.delete': true,
  'team.updateSettings': true,
  'team.addMember': true,
  'team.setRole': true,
  'team.removeMember': true,
  'serviceAccount.create': true,
  'serviceAccount.delete': true,
  'role.create': true,
  'role.update': true,
  'role.delete': true,
  'project.create': true,
  'project.update': true,
  'project.addMember': true,
  'project.removeMember': true,
  'project.join': true,
  'project.setRole': true,
  'run.move': true,
  'run.stop': true,
  'run.delete': true,
};

export const OPERATION_TYPES = Object.keys(KNOWN) as OperationType[];

/**
 * A structural check only: an object whose `type` is a known operation. The engine's apply()
 * is the real judge when the log is replayed.
 */
export function isOperationLike(value: unknown): value is Operation {
  if (typeof value !== 'object' || value === null) return false;
  const type: unknown = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(KNOWN, type);
}
