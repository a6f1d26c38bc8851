// Team settings > Users: a member's team role. Each option says why it can't be chosen; a change that
// takes permissions away is previewed and confirmed first, others save at once. Throughout, the
// select shows only what the server confirmed (instant-save.ts): the chosen role while it is asked
// about and saved, then the answer; if anything fails, the last confirmed role again, saying why.
import { useState } from 'react';
import type { MemberChangePreview, TeamMember } from '../../../api/team-settings';
import { TeamRoleBadge } from '../../../components/ui/badge';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { reasonText } from '../../../components/ui/guarded';
import { ImpactChanges } from '../../../components/ui/impact-changes';
import { failureText, useInstantSave } from '../../../components/ui/instant-save';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/toast';
import { usePreviewRoleChange, useSetTeamRole } from '../api/team-settings';

export function TeamRoleCell({
  team,
  member,
  canChangeRoles,
}: {
  team: string;
  member: TeamMember;
  canChangeRoles: boolean;
}) {
  const setRole = useSetTeamRole(team);
  const preview = usePreviewRoleChange(team);
  const save = useInstantSave<string>();
  const [pending, setPending] = useState<{ role: string; preview: MemberChangePreview } | null>(null);
  const toast = useToast();
  const changeable = member.roleOptions.some((o) => o.value !== member.role && o.decision.allowed);
  // A viewer who may not change roles at all is told once (page banner), not on every row.
  if (!canChangeRoles) return <TeamRoleBadge label={member.roleLabel} />;
  if (!changeable) {
    const why = member.roleOptions.find((o) => o.value !== member.role && !o.decision.allowed)?.decision;
    return (
      <span className="stack-xs">
        <TeamRoleBadge label={member.roleLabel} />
        {why ? <span className="muted small">{reasonText(why)}</span> : null}
      </span>
    );
  }
  const key = member.id;
  const change = async (role: string, undo = false) => {
    const saved = await save.save(key, role, () => setRole.mutateAsync({ principalId: member.id, role }));
    if (!saved.ok) {
      // Undo is pressed in the toast: say it there too, the row may be out of sight.
      if (undo) toast({ title: 'Could not undo', description: failureText(saved.error), tone: 'danger' });
      return;
    }
    const result = saved.result;
    toast({
      title: undo
        ? `Restored ${member.name} to ${result.roleLabel}`
        : `${member.name} is now ${result.roleLabel}`,
      description: result.projectNote ?? undefined,
      action: undo ? undefined : { label: 'Undo', onAction: () => void change(result.previousRole, true) },
    });
  };
  // A change that takes permissions away is shown first (the engine's impact); others save at once.
  const choose = (role: string) => {
    save.hold(key, role);
    preview.mutate(
      { principalId: member.id, role },
      {
        onSuccess: (p) =>
          p.changes.some((c) => c.losesPermissions) ? setPending({ role, preview: p }) : void change(role),
        // No preview, no change: what it would take away must be seen first (as on the Users page).
        onError: (error) => save.fail(key, error),
      },
    );
  };
  const shown = save.state(key, member.role);
  const label = member.roleOptions.find((o) => o.value === pending?.role)?.label ?? '';
  return (
    <>
      <Select
        label={`Team role of ${member.name}`}
        hideLabel
        size="sm"
        value={shown.value}
        saving={shown.saving}
        failure={shown.failure}
        options={member.roleOptions.map((o) => ({
          value: o.value,
          label: o.label,
          refusal: o.decision,
        }))}
        onChange={choose}
      />
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => {
          if (open) return;
          setPending(null);
          save.release(key);
        }}
        title={`Make ${member.name} ${label}?`}
        description="This takes permissions away. Here is what changes, before it happens."
        confirmLabel={`Make ${label}`}
        onConfirm={() => {
          if (pending) void change(pending.role);
          setPending(null);
        }}
      >
        {pending ? (
          <ImpactChanges changes={pending.preview.changes.filter((c) => c.losesPermissions)} />
        ) : null}
      </ConfirmDialog>
    </>
  );
}
