// Audit text for organization settings and custom roles.
import type { Operation, Org, World } from '../../engine/index';
import { onOff, principalName, fieldChanges, type DescribeContext, type Described } from './names';

type OrgOp = Extract<Operation, { type: `org.${string}` }>;
type RoleOp = Extract<Operation, { type: 'role.create' | 'role.update' | 'role.delete' }>;

const SETTING_LABELS: Record<string, string> = {
  hidden: 'Hide teams',
  futureProjectsPrivate: 'Make future projects private',
  membersCanInvite: 'Members may invite',
  noPublicReportsInPrivateProjects: 'No public reports in private projects',
  codeSavingByDefault: 'Code saving by default',
};

function orgFields(world: World, org: Org | undefined, op: OrgOp): [string, string | null][] {
  if (!org) return [];
  const defaultTeam = org.defaultTeamId ? (world.teams.get(org.defaultTeamId)?.name ?? null) : null;
  const billing = org.billingAdminId ? (world.users.get(org.billingAdminId)?.name ?? null) : null;
  const fields: [string, string | null][] = [
    ['Name', org.name],
    ['Claimed domains', org.domains.length ? org.domains.join(', ') : null],
    ['Default team', defaultTeam],
    ['SSO provisioning', onOff(org.ssoProvisioning)],
    ['Billing user', billing],
    ['Access contact', org.accessContact],
  ];
  if (op.type === 'org.setEnforcement') {
    const value = org.enforcements[op.setting];
    fields.push([
      `Enforced: ${SETTING_LABELS[op.setting] ?? op.setting}`,
      value === undefined ? 'Not enforced' : onOff(value),
    ]);
  }
  return fields;
}

export function describeOrg(ctx: DescribeContext, op: OrgOp): Described {
  const changes = fieldChanges(ctx, (w) => orgFields(w, w.orgs.get(op.orgId), op));
  const name =
    ctx.after.orgs.get(op.orgId)?.name ?? ctx.before.orgs.get(op.orgId)?.name ?? 'the organization';
  const target = { kind: 'org' as const, id: op.orgId, name };
  let what: string;
  switch (op.type) {
    case 'org.rename':
      what = `renamed the organization from ${ctx.before.orgs.get(op.orgId)?.name ?? '?'} to ${op.name}`;
      break;
    case 'org.claimDomain':
      what = `claimed the domain ${op.domain}`;
      break;
    case 'org.releaseDomain':
      what = `released the domain ${op.domain}`;
      break;
    case 'org.setDefaultTeam':
      what = op.teamId
        ? `made ${ctx.after.teams.get(op.teamId)?.name ?? 'a team'} the default team`
        : 'cleared the default team';
      break;
    case 'org.setSsoProvisioning':
      what = `turned SSO provisioning ${op.enabled ? 'on' : 'off'}`;
      break;
    case 'org.setAccessContact':
      what = op.email
        ? `set the access contact for sign-ups from its domains to ${op.email.trim()}`
        : 'cleared the access contact for sign-ups from its domains';
      break;
    case 'org.setBillingAdmin':
      what = `made ${principalName(ctx, op.userId)} the billing user`;
      break;
    case 'org.setEnforcement': {
      const label = SETTING_LABELS[op.setting] ?? op.setting;
      what =
        op.value === null
          ? `lifted the enforcement of "${label}"`
          : `enforced "${label}" ${onOff(op.value)} in every team`;
      break;
    }
  }
  return { orgId: op.orgId, target, description: `${ctx.actor} ${what}`, changes };
}

function roleFields(world: World, roleId: string): [string, string | null][] {
  const role = world.customRoles.get(roleId);
  return [
    ['Name', role?.name ?? null],
    ['Description', role ? role.description || null : null],
    ['Base role', role ? (role.base === 'member' ? 'Member' : 'View-Only') : null],
    ['Added permissions', role ? role.added.join(', ') || null : null],
  ];
}

export function describeRole(ctx: DescribeContext, op: RoleOp): Described {
  const id = op.type === 'role.create' ? op.role.id : op.roleId;
  const role = ctx.after.customRoles.get(id) ?? ctx.before.customRoles.get(id);
  const name = role?.name ?? 'a custom role';
  const changes = fieldChanges(ctx, (w) => roleFields(w, id));
  const verb = { 'role.create': 'created', 'role.update': 'edited', 'role.delete': 'deleted' }[op.type];
  return {
    orgId: role?.orgId ?? null,
    target: { kind: 'role', id, name },
    description: `${ctx.actor} ${verb} the custom role ${name}`,
    changes,
  };
}
