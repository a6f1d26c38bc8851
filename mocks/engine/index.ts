// The engine's public surface. Handlers and the db import from here only.
export type * from './model';
export type * from './permissions';
export type * from './decision';
export type * from './operations';
export { PROJECT_PERMISSIONS, ORG_PERMISSIONS } from './permissions';

export { decide } from './decide';
export { refusalText } from './reason';
export { check } from './check';
export { memberChangeOps } from './check-members';
export { apply } from './apply';
export { transaction } from './transaction';
export { visibleTeams, canSeeProject } from './visibility';
export { PERMISSION_INFO } from './catalog';
export {
  BUILTIN_GRANTS,
  BUILTIN_ROLE_LABELS,
  roleLabel,
  permissionsOfRole,
  isRoleRef,
} from './roles';
export { INVITE_TTL_DAYS, inviteExpiry, fullSeatsInUse } from './check-helpers';
export { orgUserCounts } from './org-counts';
export { DEFAULT_TEAM_SETTINGS } from './apply-teams';
export { HELD_ROLE_RULES } from './apply-cascades';
export { reservedTeamName } from './reserved-names';
export { effectiveAccess, orgAccess, userAccess } from './access';
export { whoHasAccess } from './who-has-access';
export { impact } from './impact';
export type { AccessEntry, ImpactEntry } from './access-types';
export { Table } from './table';
export { WorldMaps } from './world-maps';
