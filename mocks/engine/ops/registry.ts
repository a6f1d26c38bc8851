// Every operation a user can ask for, joined from the family tables. The Operation type and the list
// of types are derived from them, and check(), apply() and impactScope() dispatch through them: a new
// operation is one entry in its family, and the compiler names what else must know about it (the
// audit registry's Record over OperationType).
import type { Decision } from '../decision';
import type { Actor, World } from '../model';
import { Draft } from '../world-edit';
import { arrivalOperations } from './arrivals/operations';
import type { OperationSpec, OperationsOf, PayloadOf, Scope } from './define';
import { inviteOperations } from './invites/operations';
import { keyOperations } from './keys/operations';
import { loggingOperations } from './logging/operations';
import { memberOperations } from './members/operations';
import { orgOperations } from './org/operations';
import { peopleOperations } from './people/operations';
import { projectOperations } from './projects/operations';
import { reportOperations } from './reports/operations';
import { roleOperations } from './roles/operations';
import { runOperations } from './runs/operations';
import { sweepOperations } from './sweeps/operations';
import { teamOperations } from './teams/operations';

const REGISTRY = {
  ...orgOperations,
  ...memberOperations,
  ...inviteOperations,
  ...arrivalOperations,
  ...teamOperations,
  ...roleOperations,
  ...projectOperations,
  ...runOperations,
  ...loggingOperations,
  ...reportOperations,
  ...sweepOperations,
  ...peopleOperations,
  ...keyOperations,
};

type Registry = typeof REGISTRY;
/** Every change a user can ask for, as plain JSON (they are stored in the log). */
export type Operation = OperationsOf<Registry>;
export type OperationType = keyof Registry;

type Payloads = { [K in OperationType]: PayloadOf<Registry[K]> };
// The registry seen per key, so a key's entry takes that key's operation (no casts in the dispatch).
const SPECS: { [K in OperationType]: OperationSpec<Payloads[K]> } = REGISTRY;
const specOf = <K extends OperationType>(type: K): OperationSpec<Payloads[K]> => SPECS[type];

/** Every operation type, as runtime data (stored log entries are validated against it). */
export const OPERATION_TYPES = Object.keys(REGISTRY) as OperationType[];

/** May the actor make this change? Refusals carry `refusal`: forbidden / conflict / invalid / not-found. */
export function check(world: World, actor: Actor, op: Operation): Decision {
  return specOf(op.type).check(world, actor, op);
}

/**
 * The change with every cascade. Pure: the input world is never mutated and only the collections and
 * records that change are copied. Assumes check() allowed it.
 */
export function apply(world: World, actor: Actor, op: Operation): World {
  const draft = new Draft(world);
  specOf(op.type).apply(draft, actor, op);
  return draft.done();
}

/** The teams and projects (and whom on them) whose access the operation can change. */
export function impactScope(before: World, after: World, op: Operation): Scope {
  return specOf(op.type).impactScope(before, after, op);
}
