// Cells the Access page's tables share: the effective role (with `*` when a project role overrides
// the team role), whether the content can be seen (an admin who has not joined a Restricted project
// manages it and sees its content only after joining), and the row's Explain button.
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';

/** The chain of reasons in one line, for a cell's title. */
export const chainText = (reasons: readonly { text: string }[]): string =>
  reasons.map((r) => r.text).join(' → ');

/** The engine's word for what they have; its sentence (an admin who has not joined) on hover. */
export function RoleBadge({
  roleLabel,
  roleDetail,
  overridden,
}: {
  roleLabel: string;
  roleDetail?: string | null;
  overridden?: boolean;
}) {
  return (
    <>
      <Badge tone={roleDetail ? 'neutral' : 'accent'} title={roleDetail ?? undefined}>
        {roleLabel}
      </Badge>
      {overridden ? <span title="Project role differs from the team role"> *</span> : null}
    </>
  );
}

export function ContentText({ canRead }: { canRead: boolean }) {
  return canRead ? <>Sees runs</> : <span className="muted">Only after joining</span>;
}

export function ExplainButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="sm" variant="ghost" onClick={onClick} aria-label={label}>
      Explain
    </Button>
  );
}
