// The engine's public surface. Handlers and the db import from here only.
export type * from './model';
export type * from './permissions';
export type * from './decision';
export type * from './operations';
export { PROJECT_PERMISSIONS, ORG_PERMISSIONS } from './permissions';

export { decide } from './decide';
export { refusalText } from './reason';
export { check } from './check';
export { memberChangeOps, type MemberChange } from './check-members';
export { apply } from './apply';
export { transaction, type AppliedOperation, type Transaction } from './transaction';
export { visibleTeams, canSeeProject } from './visibility';
export { PERMISSION_INFO, isWrite } from './catalog';
export {
  BUILTIN_GRANTS,
  BUILTIN_ROLE_LABELS,
  ORG_ROLE_GRANTS,
  ORG_ROLE_LABELS,
  RESERVED_ROLE_NAMES,
  roleLabel,
  permissionsOfRole,
  isRoleRef,
} from './roles';
export { INVITE_TTL_DAYS, inviteExpiry, fullSeatsInUse } from './check-helpers';
export { LOCKED_SETTING_TEXT } from './check-teams';
export { DEFAULT_TEAM_SETTINGS } from './apply-teams';
export { HELD_ROLE_RULES } from './apply-cascades';
export { reservedTeamName } from './reserved-names';
export type { AccessVia } from './chain';
export { effectiveAccess, orgAccess, userAccess } from './access';
export { whoHasAccess } from './who-has-access';
export { impact } from './impact';
export type {
  AccessEntry,
  EffectiveAccess,
  OrgEffectiveAccess,
  Impact,
  ImpactEntry,
  ProjectAccessEntry,
  TeamAccessEntry,
  UserAccess,
} from './access-types';
export { orgCapabilities, teamCapabilities } from './capabilities';
export { Table } from './table';
export { WorldMaps, emptyWorld } from './world-maps';
