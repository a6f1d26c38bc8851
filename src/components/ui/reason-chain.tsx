// The engine's chain of reasons as a numbered sequence, in the order §9 decides (org role, seat, team,
// visibility, project role, role: ADR 0024). The first refusal decides and is highlighted; every other
// step that refuses is marked as refusing too, at its own place, never folded into a count.
import type { Reason } from '../../api/common';
import './reason-chain.css';

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

/** Index of the reason that decides: the first refusal, else the verdict at the end. */
export function decidingIndex(reasons: readonly Reason[]): number {
  const firstDenial = reasons.findIndex((r) => r.effect === 'deny');
  return firstDenial >= 0 ? firstDenial : reasons.length - 1;
}

/**
 * A verdict in a few lines: the step that decides first (bold), then every other step that refuses, each
 * on its own line with its label; for an allowed permission, the allow.
 */
export function VerdictLines({ allowed, reasons }: { allowed: boolean; reasons: Reason[] }) {
  const deciding = reasons[decidingIndex(reasons)];
  const lines = allowed ? (deciding ? [deciding] : []) : reasons.filter((r) => r.effect === 'deny');
  return (
    <span className="muted small verdict-lines">
      {lines.map((r, i) => (
        <span key={i} className={r === deciding ? 'verdict-line verdict-line-deciding' : 'verdict-line'}>
          {stepLabel(r.step)}: {r.text}
          {r === deciding && !allowed ? <span className="visually-hidden"> (deciding step)</span> : null}
        </span>
      ))}
    </span>
  );
}

export function ReasonChain({ reasons, decides = true }: { reasons: Reason[]; decides?: boolean }) {
  const deciding = decides ? decidingIndex(reasons) : -1;
  return (
    <ol className="access-chain" aria-label="Chain of reasons">
      {reasons.map((r, i) => {
        const also = decides && i !== deciding && r.effect === 'deny';
        const mark = i === deciding ? ' — deciding step' : also ? ' — also refuses' : '';
        return (
          <li
            key={i}
            className={`access-step access-step-${r.effect}${i === deciding ? ' access-step-deciding' : ''}${also ? ' access-step-also' : ''}`}
          >
            <span className="access-step-label">{stepLabel(r.step)}</span>
            <span className="access-step-text">
              {r.text}
              {mark ? <span className="access-deciding">{mark}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
