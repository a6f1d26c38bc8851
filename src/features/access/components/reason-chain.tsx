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
  const firstDenial = reasons.findIndex((r) => r.effect === 'deny');
  const refused = firstDenial >= 0;
  return (
    <ol className="access-chain" aria-label="Chain of reasons">
      {reasons.map((r, i) => {
        // decide() ends every chain with its verdict: one allow, or every refusal that applies.
        const deciding = decides && (refused ? r.effect === 'deny' : i === reasons.length - 1);
        const also = deciding && refused && i > firstDenial;
        return (
          <li
            key={i}
            className={`access-step access-step-${r.effect}${deciding ? ' access-step-deciding' : ''}`}
          >
            <span className="access-step-label">{stepLabel(r.step)}</span>
            <span className="access-step-text">
              {r.text}
              {deciding ? (
                <span className="access-deciding">{also ? ' — also refuses' : ' — deciding step'}</span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
