// Request bodies for the route fuzz: per route, the fields its schema reads, each filled with a
// plausible value from the scenario (so the request reaches the engine) or a hostile one (so the
// edge must refuse it). Without plausible values almost nothing passes validation and the deeper
// code is never reached.
import fc from 'fast-check';
import { TEAM_SETTING_KEYS, type World } from '../../../mocks/engine/model';

// prettier-ignore
export const PROTO = ['constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'toString', 'prototype', 'isPrototypeOf'];

/** The body fields each mutating route reads ('SETTINGS': a record of team privacy switches). */
// prettier-ignore
export const BODY_FIELDS: [RegExp, string[]][] = [
  [/^POST \/arrivals\/accept-invite$/, ['inviteId']],
  [/^POST \/arrivals\/(signup|sso)$/, ['name', 'email']],
  [/^PUT \/session$/, ['userId']],
  [/^POST \/orgs\/:org\/invites$/, ['email', 'orgRole', 'modelsSeat', 'weaveAccess', 'teams', 'sendEmail']],
  [/^PATCH \/orgs\/:org\/invites\/:id$/, ['orgRole', 'modelsSeat', 'weaveAccess', 'teams']],
  [/^POST \/orgs\/:org\/invites\/import$/, ['csv']],
  [/^POST \/orgs\/:org\/roles(\/check)?$/, ['name', 'description', 'base', 'added', 'roleId']],
  [/^PATCH \/orgs\/:org\/roles\/:roleId$/, ['name', 'description', 'base', 'added']],
  [/^POST \/orgs\/:org\/teams$/, ['name', 'storageKind', 'bucket']],
  [/^(PATCH|POST) \/orgs\/:org\/users\/:userId(\/preview)?$/, ['orgRole', 'modelsSeat', 'weaveAccess']],
  [/^POST \/orgs\/:org\/users\/bulk(\/preview)?$/, ['action', 'userIds']],
  [/^PUT \/orgs\/:org\/settings\/name$/, ['name']],
  [/^POST \/orgs\/:org\/settings\/domains$/, ['domain', 'teamId']],
  [/^PUT \/orgs\/:org\/settings\/default-team$/, ['teamId']],
  [/^PUT \/orgs\/:org\/settings\/billing-admin$/, ['userId']],
  [/^PUT \/orgs\/:org\/settings\/enforcements$/, ['setting', 'value']],
  [/^PUT \/orgs\/:org\/settings\/sso-provisioning$/, ['enabled']],
  [/^(PATCH|POST) \/projects\/:team\/:project(\/preview)?$/, ['description', 'ownerId', 'visibility']],
  [/^POST \/projects\/:team\/:project\/runs\/move$/, ['runIds', 'toProjectId']],
  [/^POST \/projects\/:team\/:project\/users$/, ['principalId']],
  [/^PUT \/projects\/:team\/:project\/users\/:principalId\/role$/, ['role']],
  [/^POST \/(projects\/:team\/:project\/users|teams\/:team\/members)\/:principalId\/preview$/, ['role', 'remove']],
  [/^POST \/teams\/:team\/members$/, ['emailOrUsername', 'role']],
  [/^PATCH \/teams\/:team\/members\/:principalId$/, ['role']],
  [/^PATCH \/teams\/:team\/settings$/, ['SETTINGS']],
  [/^POST \/teams\/:team\/projects$/, ['name', 'description', 'visibility', 'invitees']],
  [/^POST \/teams\/:team\/service-accounts$/, ['name']],
];

const TEAM_SETTINGS = TEAM_SETTING_KEYS;

/** Plausible values per field, drawn from the world the requests run against. */
export function plausibleValues(world: World): Record<string, fc.Arbitrary<unknown>> {
  const users = world.users.keys();
  const principals = [...users, ...world.serviceAccounts.keys()];
  const roles = [
    'admin',
    'member',
    'viewer',
    'service',
    ...world.customRoles.keys().map((id) => `custom:${id}`),
  ];
  const teamIds = world.teams.keys();
  const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
  const domain = world.orgs.values().flatMap((o) => o.domains)[0] ?? 'acme-ml.com';
  return {
    inviteId: pick(world.invites.keys()),
    name: pick([
      'nora',
      'New Person',
      'new-team-x',
      'ci bot',
      'Launch Manager',
      'vision',
      'account-settings',
    ]),
    email: fc.constantFrom(`nora@${domain}`, 'x@unclaimed.example', 'bad'),
    emailOrUsername: fc.oneof(
      pick(world.users.values().map((u) => u.username)),
      fc.constant(`new@${domain}`),
    ),
    userId: pick(users),
    userIds: fc.array(pick(users), { minLength: 1, maxLength: 3 }),
    principalId: pick(principals),
    ownerId: pick(principals),
    invitees: fc.array(pick(principals), { maxLength: 3 }),
    orgRole: pick(['admin', 'member', 'viewer']),
    modelsSeat: pick(['full', 'viewer', 'none']),
    weaveAccess: pick(['full', 'viewer', 'none']),
    role: pick(roles),
    teams: fc.array(fc.record({ teamId: pick(teamIds), role: pick(roles) }), { maxLength: 2 }),
    sendEmail: fc.boolean(),
    csv: fc.constantFrom('email,role\nnew1@example.com,member', 'email,role,teams\nx@y.z,admin,vision'),
    description: fc.constantFrom('', 'A description'),
    base: pick(['viewer', 'member']),
    added: fc.array(pick(['launch:queue_create', 'run:delete', 'project:delete', 'nope']), { maxLength: 2 }),
    roleId: fc.option(pick(world.customRoles.keys()), { nil: null }),
    storageKind: pick(['managed', 'external']),
    bucket: fc.constant('s3://bucket'),
    action: fc.oneof(
      fc.record({ type: fc.constant('remove') }),
      fc.record({ type: fc.constant('setRole'), role: pick(['admin', 'member', 'viewer']) }),
    ),
    domain: pick(['newco.example', domain, 'globex.com']),
    teamId: fc.option(pick(teamIds), { nil: null }),
    setting: pick(TEAM_SETTINGS),
    value: fc.option(fc.boolean(), { nil: null }),
    enabled: fc.boolean(),
    visibility: pick(['open', 'public', 'team', 'restricted']),
    runIds: fc.array(pick(world.runs.keys().slice(0, 40)), { minLength: 1, maxLength: 2 }),
    toProjectId: pick(world.projects.keys()),
    remove: fc.constant(true),
    SETTINGS: fc.dictionary(pick([...TEAM_SETTINGS, ...PROTO]), fc.boolean(), { minKeys: 1, maxKeys: 2 }),
  };
}
