// Which stored operations the db recognises: the engine registry's types (one list, derived from
// the operation tables in mocks/engine/ops).
import { OPERATION_TYPES, type Operation } from '../engine/index';

const KNOWN: ReadonlySet<string> = new Set(OPERATION_TYPES);

/**
 * A structural check only: an object whose `type` is a known operation. The engine's apply()
 * is the real judge when the log is replayed.
 */
export function isOperationLike(value: unknown): value is Operation {
  if (typeof value !== 'object' || value === null) return false;
  const type: unknown = (value as { type?: unknown }).type;
  return typeof type === 'string' && KNOWN.has(type);
}
