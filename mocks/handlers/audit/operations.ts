// The audit side of every operation, in one Record over OperationType (the compiler names a new
// operation missing here): W&B's audit-log action name where W&B has one (team:invite_user,
// team:uninvite, project:update, run:stop, …), else a name in the same style; a short label for the
// Action filter; and the sentence and field changes an entry shows (describe-*.ts, per family). It
// lives with the handlers, not in the engine's registry, because it speaks in src/api's labels.
import type { Operation, OperationType } from '../../engine/index';
import { describeContent } from './describe-content';
import { describeApiKey, describeInvite, describeMember, describePerson } from './describe-members';
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

/** Entries of one family: its describe, with each operation's action name and filter label. */
const family =
  <O>(describe: (ctx: DescribeContext, op: O) => Described) =>
  (name: string, label: string): AuditOperation<O> => ({ name, label, describe });
const org = family(describeOrg);
const role = family(describeRole);
const member = family(describeMember);
const invite = family(describeInvite);
const team = family(describeTeam);
const project = family(describeProject);
const content = family(describeContent);
const person = family(describePerson);
const apiKey = family(describeApiKey);

export const AUDIT_OPERATIONS: { [K in OperationType]: AuditOperation<OperationOf<K>> } = {
  'org.rename': org('organization:update', 'Rename the organization'),
  'org.claimDomain': org('organization:claim_domain', 'Claim a domain'),
  'org.releaseDomain': org('organization:release_domain', 'Release a domain'),
  'org.setDefaultTeam': org('organization:update_settings', 'Change org settings'),
  'org.setSsoProvisioning': org('organization:update_settings', 'Change org settings'),
  'org.setBillingAdmin': org('organization:update_billing_user', 'Change the billing user'),
  'org.setEnforcement': org('organization:update_settings', 'Change org settings'),
  'org.setAccessContact': org('organization:update_settings', 'Change org settings'),
  'member.setOrgRole': member('organization:update_member', 'Change a member'),
  'member.setSeat': member('organization:update_member', 'Change a member'),
  'member.remove': member('organization:remove_member', 'Remove a member'),
  'invite.create': invite('organization:invite_user', 'Invite to the org'),
  'invite.resend': invite('organization:resend_invite', 'Resend an invite'),
  'invite.revoke': invite('organization:uninvite', 'Revoke an invite'),
  'invite.update': invite('organization:update_invite', 'Edit an invite'),
  'invite.accept': member('user:accept_invite', 'Accept an invite'),
  signup: member('user:create', 'Sign up or first sign-in'),
  'instance.setup': member('user:create', 'Sign up or first sign-in'),
  'sso.signIn': member('user:create', 'Sign up or first sign-in'),
  'person.setDefaultOrg': person('user:update_default_org', 'Change the Default API organization'),
  'apiKey.create': apiKey('user:create_api_key', 'Create an API key'),
  'apiKey.revoke': apiKey('user:delete_api_key', 'Revoke an API key'),
  'team.joinByDomain': team('team:join', 'Join a team by email domain'),
  'team.create': team('team:create', 'Create a team'),
  'team.delete': team('team:delete', 'Delete a team'),
  'team.updateSettings': team('team:update_settings', 'Change team settings'),
  'team.addMember': team('team:invite_user', 'Add to a team'),
  'team.setRole': team('team:update_role', 'Change a team role'),
  'team.removeMember': team('team:uninvite', 'Remove from a team'),
  'serviceAccount.create': team('team:create_service_account', 'Create a service account'),
  'serviceAccount.delete': team('team:delete_service_account', 'Delete a service account'),
  'role.create': role('role:create', 'Create a custom role'),
  'role.update': role('role:update', 'Edit a custom role'),
  'role.delete': role('role:delete', 'Delete a custom role'),
  'project.create': project('project:create', 'Create a project'),
  'project.update': project('project:update', 'Edit a project'),
  'project.addMember': project('project:add_user', 'Add to a project'),
  'project.removeMember': project('project:remove_user', 'Remove from a project'),
  'project.join': project('project:join', 'Join a project'),
  'project.setRole': project('project:update_role', 'Change a project role'),
  'run.move': project('run:move', 'Move runs'),
  'run.stop': project('run:stop', 'Stop a run'),
  'run.delete': project('run:delete', 'Delete a run'),
  'run.log': content('run:create', 'Log a run'),
  'report.create': content('report:create', 'Create a report'),
  'report.update': content('report:update', 'Edit a report'),
  'report.delete': content('report:delete', 'Delete a report'),
  'report.follow': content('report:follow', 'Follow a report'),
  'report.comment': content('report:comment', 'Comment on a report'),
  'report.share': content('report:share', 'Share a report'),
  'sweep.create': content('sweep:create', 'Create a sweep'),
  'sweep.logRun': content('sweep:run', 'Log a sweep run'),
  'sweep.delete': content('sweep:delete', 'Delete a sweep'),
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
