// The engine's public surface. Handlers and the db import from here only.
export type * from './model';
export type * from './permissions';
export type * from './decision';
export type { Operation, OperationType } from './ops/registry';
export type { NewOrg, NewPerson } from './ops/arrivals/operations';
export { TRIAL_DAYS, TRIAL_FULL_SEATS } from './ops/arrivals/operations';
export { PROJECT_PERMISSIONS, ORG_PERMISSIONS, TARGET_PERMISSIONS } from './permissions';

export { allows, decide } from './decide';
export { refusalText } from './reason';
export { check, apply, OPERATION_TYPES } from './ops/registry';
export { memberChangeOps } from './ops/members/change';
export { transaction } from './transaction';
export { visibleTeams, canSeeProject } from './visibility';
export { teamsOfOrg } from './org-teams';
export { PERMISSION_INFO } from './catalog';
export { BUILTIN_GRANTS, BUILTIN_ROLE_LABELS, roleLabel, permissionsOfRole, isRoleRef } from './roles';
export { INVITE_TTL_DAYS, inviteExpiry, fullSeatsInUse } from './ops/rules';
export { orgUserCounts } from './org-counts';
export { HELD_ROLE_RULES } from './ops/cascades';
export { reservedTeamName } from './reserved-names';
export { teamsOf } from './lookup';
export { actorAccess, effectiveAccess, orgAccess, userAccess } from './access';
export { whoHasAccess } from './who-has-access';
export { impact } from './impact';
export { listedChanges, summarizeListed } from './listed-changes';
export type { AccessEntry, ImpactEntry } from './access-types';
export { Table } from './table';
export { WorldMaps } from './world-maps';
export { WorldBuilder } from './world-builder';
export { magicLinkState } from './ops/reports/sharing';
export { attribution } from './ops/logging/attribution';
export {
  asMember,
  belongsTo,
  memberOf,
  membersOf,
  membershipOf,
  withMembership,
} from './memberships';
export { signupOptions } from './signup-options';
export { defaultTeamRole } from './ops/join-requests/operations';
export { emailDomain as emailDomainOf } from './lookup';
export { decideViewAs, offersViewAs } from './view-as';
