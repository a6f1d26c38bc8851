// A row's actions as the server decided them: each refused one disabled with its reason, and one
// "Why?" for all of the row's refused actions (so a read-only row stays readable).
import type { Decision } from '../../../api/common';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { WhyButton } from '../../../components/ui/why-button';
import type { ExplainTarget } from '../../../lib/explain-link';

export interface RowAction {
  label: string;
  /** The button's accessible name, e.g. "Delete report Findings". */
  name: string;
  decision: Decision;
  onClick: () => void;
  variant?: 'danger';
  busy?: boolean;
}

export function RowActions({
  actions,
  what,
  explain,
}: {
  actions: RowAction[];
  what: string;
  explain?: ExplainTarget;
}) {
  const refused = actions.filter((a) => !a.decision.allowed);
  return (
    <span className="content-actions">
      {actions.map((a) => (
        <Guarded key={a.name} decision={a.decision} why={false}>
          <Button
            size="sm"
            variant={a.variant}
            aria-label={a.name}
            disabled={!a.decision.allowed || a.busy}
            onClick={a.onClick}
          >
            {a.label}
          </Button>
        </Guarded>
      ))}
      {refused.length > 0 ? (
        <WhyButton
          title={`What can’t you do with ${what}?`}
          refusals={refused.map((a) => ({ label: a.name, decision: a.decision }))}
          explain={explain}
        />
      ) : null}
    </span>
  );
}
