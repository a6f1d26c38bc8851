// The engine's chain of reasons as a readable sequence, step by step, with the deciding step marked.
import type { Reason } from '../../../api/common';

const STEP_LABELS: Record<string, string> = {
  identity: 'Identity',
  plan: 'Plan',
  'org-role': 'Org role',
  seat: 'Seat',
  team: 'Team',
  visibility: 'Visibility',
  'project-role': 'Project role',
  role: 'Role',
  ownership: 'Ownership',
  guard: 'Guard',
  input: 'Request',
};

export const stepLabel = (step: string): string => STEP_LABELS[step] ?? step;

export function ReasonChain({ reasons, decides = true }: { reasons: Reason[]; decides?: boolean }) {
  return (
    <ol className="access-chain" aria-label="Chain of reasons">
      {reasons.map((r, i) => {
        // The last reason is the one that decided (decide() ends every chain with its verdict).
        const deciding = decides && i === reasons.length - 1;
        return (
          <li
            key={i}
            className={`access-step access-step-${r.effect}${deciding ? ' access-step-deciding' : ''}`}
          >
            <span className="access-step-label">{stepLabel(r.step)}</span>
            <span className="access-step-text">
              {r.text}
              {deciding ? <span className="access-deciding"> — deciding step</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
