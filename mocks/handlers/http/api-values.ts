// Small helpers every handler uses: the engine's decision as the API sends it, and fresh ids.
import type { Decision } from '../../engine/index';
import type { Decision as ApiDecision } from '../../../src/api/common';

/** The engine's decision as the API sends it (what the viewer may do, with reasons). */
export function toApiDecision(decision: Decision): ApiDecision {
  return { allowed: decision.allowed, reasons: decision.reasons };
}

/** A fresh id for something the request creates (the engine never invents ids). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
