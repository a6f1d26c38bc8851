// A person's Project Role on the Users tab. A change that takes permissions away is previewed first
// (the engine's impact() of the same change, ADR 0009) and confirmed; other changes save at once. The
// toast after any change offers Undo for 10 s: the previous role, set back through the same API. The
// select shows only what the server confirmed (instant-save.ts): the chosen role while it is asked
// about and saved, then the answer; a failure puts the confirmed role back and says why beside it.
import { useState } from 'react';
import type { ImpactChange } from '../../../api/member-preview';
import type { ProjectUsers } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { reasonText } from '../../../components/ui/guarded';
import { ImpactChanges, placesText } from '../../../components/ui/impact-changes';
import { failureText, useInstantSave } from '../../../components/ui/instant-save';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { Tooltip } from '../../../components/ui/tooltip';
import { useSetProjectRole } from '../api/project-mutations';
import { usePreviewProjectRole } from '../api/project-user-preview';
import { useSaidByPage } from '../../../lib/reasons';

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
  const instant = useInstantSave<string>();
  const [confirming, setConfirming] = useState<{ role: string; changes: ImpactChange[] } | null>(null);
  const toast = useToast();
  // A role outside the project-role list (a service account's Service role) is shown, not offered.
  const listed = row.roleOptions.some((o) => o.value === row.role);
  const changeable = listed && row.roleOptions.some((o) => o.value !== row.role && o.decision.allowed);
  const why = row.roleOptions.find((o) => o.value !== row.role && !o.decision.allowed)?.decision;
  const saidByPage = useSaidByPage(why);
  if (!changeable) {
    return (
      <span className="stack-xs">
        <span>
          <Badge
            tone={row.role === 'admin' && !row.roleDetail ? 'accent' : 'neutral'}
            title={row.roleDetail ?? undefined}
          >
            {row.roleLabel}
          </Badge>
          <OverrideStar row={row} />
        </span>
        {why && listed && !saidByPage ? <span className="muted small">{reasonText(why)}</span> : null}
      </span>
    );
  }
  const key = row.id;
  const save = async (role: string, undo = false) => {
    const saved = await instant.save(key, role, () => setRole.mutateAsync({ principalId: row.id, role }));
    if (!saved.ok) {
      // Undo is pressed in the toast: answer there too, the row may be out of sight.
      if (undo) toast({ title: 'Could not undo', description: failureText(saved.error), tone: 'danger' });
      return;
    }
    const { previousRole: previous, roleLabel } = saved.result;
    toast({
      title: undo
        ? `Restored ${row.name} to ${roleLabel} in ${project}`
        : `${row.name} is now ${roleLabel} in ${project}`,
      action:
        undo || previous === null ? undefined : { label: 'Undo', onAction: () => void save(previous, true) },
    });
  };
  // Ask the server what the change takes away; only a loss is confirmed. If it cannot say, nothing is saved.
  const choose = (role: string) => {
    instant.hold(key, role);
    preview.mutate(
      { principalId: row.id, role },
      {
        onSuccess: (p) => {
          const changes = p.changes.filter((c) => c.losesPermissions);
          if (changes.length > 0) setConfirming({ role, changes });
          else void save(role);
        },
        onError: (error) => instant.fail(key, error),
      },
    );
  };
  const shown = instant.state(key, row.role ?? '');
  const label = row.roleOptions.find((o) => o.value === confirming?.role)?.label ?? '';
  return (
    <span className="row-tight">
      <Select
        label={`Project role of ${row.name}`}
        hideLabel
        size="sm"
        value={shown.value}
        saving={shown.saving}
        failure={shown.failure}
        options={row.roleOptions.map((o) => ({ value: o.value, label: o.label, refusal: o.decision }))}
        onChange={choose}
      />
      <OverrideStar row={row} />
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (open) return;
          setConfirming(null);
          instant.release(key);
        }}
        title={`Make ${row.name} ${label} in ${project}?`}
        description="This takes permissions away. Nothing changes until you confirm."
        confirmLabel={`Make ${label}`}
        onConfirm={() => {
          if (confirming) void save(confirming.role);
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
