// Small helpers every handler uses: the engine's decision as the API sends it, and fresh ids.
import type { Decision } from '../../engine/index';
import type { Decision as ApiDecision } from '../../../src/api/common';

/** The engine's decision as the API sends it (what the viewer may do, with reasons). */
export function toApiDecision(decision: Decision): ApiDecision {
  return { allowed: decision.allowed, reasons: decision.reasons };
}

/**
 * A per-row control's decision (an option of a row's dropdown, a row's Remove): a refusal with its
 * reasons, an allowance without them. Pages show reasons only for what is refused, and "Explain
 * access" gives the whole answer; a large list's rows were mostly repeated allowance reasons.
 */
export function toApiControl(decision: Decision): ApiDecision {
  return decision.allowed ? { allowed: true, reasons: [] } : toApiDecision(decision);
}

/**
 * A fresh id for something the request creates (the engine never invents ids). 64 random bits from
 * the platform's secure generator: an invite's id is its link's token on a shared server (ADR 0027).
 */
export function newId(prefix: string): string {
  const random = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0'));
  return `${prefix}-${Date.now().toString(36)}${random.join('')}`;
}
