// The audit side of every operation, in one Record over OperationType (the compiler names a new
// operation missing here): W&B's audit-log action name where W&B has one (team:invite_user,
// team:uninvite, project:update, run:stop, …), else a name in the same style; a short label for the
// Action filter; and the sentence and field changes an entry shows (describe-*.ts, per family). It
// lives with the handlers, not in the engine's registry, because it speaks in src/api's labels.
import type { Operation, OperationType } from '../../engine/index';
import { describeInvite, describeMember } from './describe-members';
import { describeOrg, describeRole } from './describe-org';
import { describeProject } from './describe-projects';
import { describeTeam } from './describe-teams';
import type { DescribeContext, Described } from './names';

interface AuditOperation<O> {
  /** The action name stored with each entry and offered by the filter. */
  name: string;
  label: string;
  describe(ctx: DescribeContext, op: O): Described;
}

type OperationOf<K extends OperationType> = Extract<Operation, { type: K }>;

export const AUDIT_OPERATIONS: { [K in OperationType]: AuditOperation<OperationOf<K>> } = {
  'org.rename': { name: 'organization:update', label: 'Rename the organization', describe: describeOrg },
  'org.claimDomain': { name: 'organization:claim_domain', label: 'Claim a domain', describe: describeOrg },
  'org.releaseDomain': {
    name: 'organization:release_domain',
    label: 'Release a domain',
    describe: describeOrg,
  },
  'org.setDefaultTeam': {
    name: 'organization:update_settings',
    label: 'Change org settings',
    describe: describeOrg,
  },
  'org.setSsoProvisioning': {
    name: 'organization:update_settings',
    label: 'Change org settings',
    describe: describeOrg,
  },
  'org.setBillingAdmin': {
    name: 'organization:update_billing_user',
    label: 'Change the billing user',
    describe: describeOrg,
  },
  'org.setEnforcement': {
    name: 'organization:update_settings',
    label: 'Change org settings',
    describe: describeOrg,
  },
  'member.setOrgRole': {
    name: 'organization:update_member',
    label: 'Change a member',
    describe: describeMember,
  },
  'member.setSeat': {
    name: 'organization:update_member',
    label: 'Change a member',
    describe: describeMember,
  },
  'member.remove': { name: 'organization:remove_member', label: 'Remove a member', describe: describeMember },
  'invite.create': { name: 'organization:invite_user', label: 'Invite to the org', describe: describeInvite },
  'invite.resend': {
    name: 'organization:resend_invite',
    label: 'Resend an invite',
    describe: describeInvite,
  },
  'invite.revoke': { name: 'organization:uninvite', label: 'Revoke an invite', describe: describeInvite },
  'invite.update': { name: 'organization:update_invite', label: 'Edit an invite', describe: describeInvite },
  'invite.accept': { name: 'user:accept_invite', label: 'Accept an invite', describe: describeMember },
  signup: { name: 'user:create', label: 'Sign up or first sign-in', describe: describeMember },
  'sso.signIn': { name: 'user:create', label: 'Sign up or first sign-in', describe: describeMember },
  'team.create': { name: 'team:create', label: 'Create a team', describe: describeTeam },
  'team.delete': { name: 'team:delete', label: 'Delete a team', describe: describeTeam },
  'team.updateSettings': {
    name: 'team:update_settings',
    label: 'Change team settings',
    describe: describeTeam,
  },
  'team.addMember': { name: 'team:invite_user', label: 'Add to a team', describe: describeTeam },
  'team.setRole': { name: 'team:update_role', label: 'Change a team role', describe: describeTeam },
  'team.removeMember': { name: 'team:uninvite', label: 'Remove from a team', describe: describeTeam },
  'serviceAccount.create': {
    name: 'team:create_service_account',
    label: 'Create a service account',
    describe: describeTeam,
  },
  'serviceAccount.delete': {
    name: 'team:delete_service_account',
    label: 'Delete a service account',
    describe: describeTeam,
  },
  'role.create': { name: 'role:create', label: 'Create a custom role', describe: describeRole },
  'role.update': { name: 'role:update', label: 'Edit a custom role', describe: describeRole },
  'role.delete': { name: 'role:delete', label: 'Delete a custom role', describe: describeRole },
  'project.create': { name: 'project:create', label: 'Create a project', describe: describeProject },
  'project.update': { name: 'project:update', label: 'Edit a project', describe: describeProject },
  'project.addMember': { name: 'project:add_user', label: 'Add to a project', describe: describeProject },
  'project.removeMember': {
    name: 'project:remove_user',
    label: 'Remove from a project',
    describe: describeProject,
  },
  'project.join': { name: 'project:join', label: 'Join a project', describe: describeProject },
  'project.setRole': {
    name: 'project:update_role',
    label: 'Change a project role',
    describe: describeProject,
  },
  'run.move': { name: 'run:move', label: 'Move runs', describe: describeProject },
  'run.stop': { name: 'run:stop', label: 'Stop a run', describe: describeProject },
  'run.delete': { name: 'run:delete', label: 'Delete a run', describe: describeProject },
};

const auditOf = <K extends OperationType>(type: K): AuditOperation<OperationOf<K>> => AUDIT_OPERATIONS[type];

/** One operation, between the world before and after it, as an audit entry's readable parts. */
export function describeOperation(ctx: DescribeContext, op: Operation): Described {
  return auditOf(op.type).describe(ctx, op);
}

/** Every distinct action name with its label, sorted by name: the Action filter's choices. */
export const ACTION_OPTIONS: { value: string; label: string }[] = [
  ...new Map(
    Object.values(AUDIT_OPERATIONS).map((a) => [a.name, { value: a.name, label: a.label }]),
  ).values(),
].sort((a, b) => a.value.localeCompare(b.value));
