// Cells the Access page's tables share: the effective role (with `*` when a project role overrides
// the team role), whether the content can be seen, and the row's Explain button.
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';

/** The chain of reasons in one line, for a cell's title. */
export const chainText = (reasons: readonly { text: string }[]): string =>
  reasons.map((r) => r.text).join(' → ');

export function RoleBadge({ roleLabel, overridden }: { roleLabel: string; overridden?: boolean }) {
  return (
    <>
      <Badge tone="accent">{roleLabel}</Badge>
      {overridden ? <span title="Project role differs from the team role"> *</span> : null}
    </>
  );
}

export function ContentText({ canRead }: { canRead: boolean }) {
  return canRead ? <>Sees runs</> : <span className="muted">Listed only</span>;
}

export function ExplainButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="sm" variant="ghost" onClick={onClick} aria-label={label}>
      Explain
    </Button>
  );
}
