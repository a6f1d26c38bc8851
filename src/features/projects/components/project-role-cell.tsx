// A person's Project Role on the Users tab. A change that takes permissions away is previewed first
// (the engine's impact() of the same change, ADR 0009) and confirmed; other changes save at once. The
// toast after any change offers Undo for 10 s: the previous role, set back through the same API.
import { useContext, useState } from 'react';
import type { ImpactChange } from '../../../api/member-preview';
import type { ProjectUsers } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { reasonText } from '../../../components/ui/guarded';
import { ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { Tooltip } from '../../../components/ui/tooltip';
import { useSetProjectRole } from '../api/project-mutations';
import { usePreviewProjectRole } from '../api/project-user-preview';
import { PageReason } from '../../../lib/reasons';

type Row = ProjectUsers['users'][number];

function OverrideStar({ row }: { row: Row }) {
  if (!row.overridden) return null;
  return (
    <Tooltip content={`Differs from the team role (${row.teamRoleLabel ?? 'none'})`}>
      <button
        type="button"
        className="override-star"
        aria-label={`Project role differs from the team role, ${row.teamRoleLabel ?? 'none'}`}
      >
        *
      </button>
    </Tooltip>
  );
}

export function ProjectRoleCell({ team, project, row }: { team: string; project: string; row: Row }) {
  const setRole = useSetProjectRole(team, project);
  const preview = usePreviewProjectRole(team, project);
  const [confirming, setConfirming] = useState<{ role: string; changes: ImpactChange[] } | null>(null);
  const toast = useToast();
  const pageReason = useContext(PageReason);
  // A role outside the project-role list (a service account's Service role) is shown, not offered.
  const listed = row.roleOptions.some((o) => o.value === row.role);
  const changeable = listed && row.roleOptions.some((o) => o.value !== row.role && o.decision.allowed);
  if (!changeable) {
    const why = row.roleOptions.find((o) => o.value !== row.role && !o.decision.allowed)?.decision;
    return (
      <span className="stack-xs">
        <span>
          <Badge tone={row.role === 'admin' ? 'accent' : 'neutral'}>{row.roleLabel}</Badge>
          <OverrideStar row={row} />
        </span>
        {why && listed && reasonText(why) !== pageReason ? (
          <span className="muted small">{reasonText(why)}</span>
        ) : null}
      </span>
    );
  }
  const save = (role: string, undo = false) =>
    setRole.mutate(
      { principalId: row.id, role },
      {
        onSuccess: (result) => {
          const previous = result.previousRole;
          toast({
            title: undo
              ? `Restored ${row.name} to ${result.roleLabel} in ${project}`
              : `${row.name} is now ${result.roleLabel} in ${project}`,
            action:
              undo || previous === null ? undefined : { label: 'Undo', onAction: () => save(previous, true) },
          });
        },
        onError: (error) =>
          toast({
            title: undo ? 'Could not undo' : 'Role not changed',
            description: error.message,
            tone: 'danger',
          }),
      },
    );
  // Ask the server what the change takes away; only a loss is confirmed. If it cannot say, nothing is saved.
  const choose = (role: string) =>
    preview.mutate(
      { principalId: row.id, role },
      {
        onSuccess: (p) => {
          const changes = p.changes.filter((c) => c.losesPermissions);
          if (changes.length > 0) setConfirming({ role, changes });
          else save(role);
        },
        onError: (error) =>
          toast({
            title: 'Role not changed',
            description: `${error.message} Nothing was changed.`,
            tone: 'danger',
          }),
      },
    );
  const label = row.roleOptions.find((o) => o.value === confirming?.role)?.label ?? '';
  return (
    <span className="row-tight">
      <Select
        label={`Project role of ${row.name}`}
        hideLabel
        size="sm"
        value={row.role ?? ''}
        disabled={setRole.isPending || preview.isPending}
        options={row.roleOptions.map((o) => ({ value: o.value, label: o.label, refusal: o.decision }))}
        onChange={choose}
      />
      <OverrideStar row={row} />
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={`Make ${row.name} ${label} in ${project}?`}
        description="This takes permissions away. Nothing changes until you confirm."
        confirmLabel={`Make ${label}`}
        onConfirm={() => {
          if (confirming) save(confirming.role);
          setConfirming(null);
        }}
      >
        {confirming ? (
          <>
            <p className="impact-lead">
              {row.name} loses permissions in {placesText(confirming.changes)}:
            </p>
            <ImpactChanges changes={confirming.changes} />
          </>
        ) : null}
      </ConfirmDialog>
    </span>
  );
}
