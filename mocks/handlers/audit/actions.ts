// The one mapping from an operation to its audit action: W&B's audit-log name where W&B has one
// (team:invite_user, team:uninvite, project:update, run:stop, …), else a name in the same style, and
// a short label for the filter. A Record over OperationType makes the compiler flag a new operation.
import type { OperationType } from '../../engine/index';

export interface AuditAction {
  name: string;
  label: string;
}

export const AUDIT_ACTIONS: Record<OperationType, AuditAction> = {
  'org.rename': { name: 'organization:update', label: 'Rename the organization' },
  'org.claimDomain': { name: 'organization:claim_domain', label: 'Claim a domain' },
  'org.releaseDomain': { name: 'organization:release_domain', label: 'Release a domain' },
  'org.setDefaultTeam': { name: 'organization:update_settings', label: 'Change org settings' },
  'org.setSsoProvisioning': { name: 'organization:update_settings', label: 'Change org settings' },
  'org.setBillingAdmin': { name: 'organization:update_billing_user', label: 'Change the billing user' },
  'org.setEnforcement': { name: 'organization:update_settings', label: 'Change org settings' },
  'member.setOrgRole': { name: 'organization:update_member', label: 'Change a member' },
  'member.setSeat': { name: 'organization:update_member', label: 'Change a member' },
  'member.remove': { name: 'organization:remove_member', label: 'Remove a member' },
  'invite.create': { name: 'organization:invite_user', label: 'Invite to the org' },
  'invite.resend': { name: 'organization:resend_invite', label: 'Resend an invite' },
  'invite.revoke': { name: 'organization:uninvite', label: 'Revoke an invite' },
  'invite.update': { name: 'organization:update_invite', label: 'Edit an invite' },
  'invite.accept': { name: 'user:accept_invite', label: 'Accept an invite' },
  signup: { name: 'user:create', label: 'Sign up or first sign-in' },
  'sso.signIn': { name: 'user:create', label: 'Sign up or first sign-in' },
  'team.create': { name: 'team:create', label: 'Create a team' },
  'team.delete': { name: 'team:delete', label: 'Delete a team' },
  'team.updateSettings': { name: 'team:update_settings', label: 'Change team settings' },
  'team.addMember': { name: 'team:invite_user', label: 'Add to a team' },
  'team.setRole': { name: 'team:update_role', label: 'Change a team role' },
  'team.removeMember': { name: 'team:uninvite', label: 'Remove from a team' },
  'serviceAccount.create': { name: 'team:create_service_account', label: 'Create a service account' },
  'serviceAccount.delete': { name: 'team:delete_service_account', label: 'Delete a service account' },
  'role.create': { name: 'role:create', label: 'Create a custom role' },
  'role.update': { name: 'role:update', label: 'Edit a custom role' },
  'role.delete': { name: 'role:delete', label: 'Delete a custom role' },
  'project.create': { name: 'project:create', label: 'Create a project' },
  'project.update': { name: 'project:update', label: 'Edit a project' },
  'project.addMember': { name: 'project:add_user', label: 'Add to a project' },
  'project.removeMember': { name: 'project:remove_user', label: 'Remove from a project' },
  'project.join': { name: 'project:join', label: 'Join a project' },
  'project.setRole': { name: 'project:update_role', label: 'Change a project role' },
  'run.move': { name: 'run:move', label: 'Move runs' },
  'run.stop': { name: 'run:stop', label: 'Stop a run' },
  'run.delete': { name: 'run:delete', label: 'Delete a run' },
};

/** Every distinct action name with its label, sorted by name: the Action filter's choices. */
export const ACTION_OPTIONS: { value: string; label: string }[] = [
  ...new Map(Object.values(AUDIT_ACTIONS).map((a) => [a.name, { value: a.name, label: a.label }])).values(),
].sort((a, b) => a.value.localeCompare(b.value));
