// What the engine answers: allowed or not, always with the chain of reasons (§9) in plain words.

/** Where in the §9 chain a reason comes from, in the order the chain is walked. */
export type ReasonStep =
  | 'identity' // outsider / anonymous / unknown principal
  | 'plan' // plan or deployment lacks the feature
  | 'org-role'
  | 'seat'
  | 'team' // team membership and team role
  | 'visibility'
  | 'project-role' // project role override
  | 'role' // role → permissions (built-in or custom)
  | 'ownership' // `:own` against the item's author, project owner
  | 'guard' // lockout guards and conflicts: last admin, seat limit, duplicates
  | 'input'; // the request itself is invalid (e.g. a name taken)

/**
 * The order a chain is read in (access-model.md §9 as ADR 0024 reads it): who you are, your org role and
 * seat, the plan, the team, the visibility, the project role, then what the role grants (and `:own`).
 * Guards and input refusals stand alone. Every chain decide() builds has its steps in this order.
 */
export const REASON_STEP_ORDER: readonly ReasonStep[] = [
  'identity',
  'org-role',
  'seat',
  'plan',
  'team',
  'visibility',
  'project-role',
  'role',
  'ownership',
  'guard',
  'input',
];

export interface Reason {
  step: ReasonStep;
  /** One plain sentence naming people and things, e.g. "Bea is View-Only in team ml-research". */
  text: string;
  effect: 'allow' | 'deny' | 'note';
}

/** Why a change was refused, which the HTTP layer maps to 403 / 409 / 422 / 404. */
export type Refusal = 'forbidden' | 'conflict' | 'invalid' | 'not-found';

export interface Decision {
  allowed: boolean;
  reasons: Reason[];
  /** Set when allowed is false. */
  refusal?: Refusal;
  /** For 'invalid' refusals: the request field at fault. */
  field?: string;
}
