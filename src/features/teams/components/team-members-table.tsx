// Team settings > Users: members with their team role (each option says why it can't be chosen),
// org seats shown read-only, and `…` > Remove user.
import { useState } from 'react';
import { SEAT_LABELS } from '../../../api/common';
import type { MemberChangePreview, TeamMember } from '../../../api/team-settings';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { reasonText } from '../../../components/ui/guarded';
import { ImpactChanges } from '../../../components/ui/impact-changes';
import { GuardedMenuItem, MenuContent, MenuItem, MenuRoot, MenuTrigger } from '../../../components/ui/menu';
import { Person } from '../../../components/ui/person';
import { Select } from '../../../components/ui/select';
import { Skeleton } from '../../../components/ui/states';
import { DataTable } from '../../../components/ui/table';
import { useToast } from '../../../components/ui/toast';
import { useAccessDrawer } from '../../../lib/explain-link';
import {
  usePreviewMemberRemoval,
  usePreviewRoleChange,
  useRemoveFromTeam,
  useSetTeamRole,
} from '../api/team-settings';

function RoleCell({
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
  const [pending, setPending] = useState<{ role: string; preview: MemberChangePreview } | null>(null);
  const toast = useToast();
  const changeable = member.roleOptions.some((o) => o.value !== member.role && o.decision.allowed);
  // A viewer who may not change roles at all is told once (page banner), not on every row.
  if (!canChangeRoles)
    return <Badge tone={member.role === 'admin' ? 'accent' : 'neutral'}>{member.roleLabel}</Badge>;
  if (!changeable) {
    const why = member.roleOptions.find((o) => o.value !== member.role && !o.decision.allowed)?.decision;
    return (
      <span className="stack-xs">
        <Badge tone={member.role === 'admin' ? 'accent' : 'neutral'}>{member.roleLabel}</Badge>
        {why ? <span className="muted small">{reasonText(why)}</span> : null}
      </span>
    );
  }
  const change = (role: string, undo = false) =>
    setRole.mutate(
      { principalId: member.id, role },
      {
        onSuccess: (result) =>
          toast({
            title: undo
              ? `Restored ${member.name} to ${result.roleLabel}`
              : `${member.name} is now ${result.roleLabel}`,
            description: result.projectNote ?? undefined,
            action: undo ? undefined : { label: 'Undo', onAction: () => change(result.previousRole, true) },
          }),
        onError: (error) => toast({ title: 'Role not changed', description: error.message, tone: 'danger' }),
      },
    );
  // A change that takes permissions away is shown first (the engine's impact); others save at once.
  const choose = (role: string) =>
    preview.mutate(
      { principalId: member.id, role },
      {
        onSuccess: (p) =>
          p.changes.some((c) => c.losesPermissions) ? setPending({ role, preview: p }) : change(role),
        // No preview, no change: what it would take away must be seen first (as on the Users page).
        onError: (error) => toast({ title: 'Role not changed', description: error.message, tone: 'danger' }),
      },
    );
  const label = member.roleOptions.find((o) => o.value === pending?.role)?.label ?? '';
  return (
    <>
      <Select
        label={`Team role of ${member.name}`}
        hideLabel
        size="sm"
        value={member.role}
        disabled={setRole.isPending || preview.isPending}
        options={member.roleOptions.map((o) => ({
          value: o.value,
          label: o.label,
          refusal: o.decision,
        }))}
        onChange={choose}
      />
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={`Make ${member.name} ${label}?`}
        description="This takes permissions away. Here is what changes, before it happens."
        confirmLabel={`Make ${label}`}
        onConfirm={() => {
          if (pending) change(pending.role);
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

function RemovalImpact({ team, member }: { team: string; member: TeamMember }) {
  const preview = usePreviewMemberRemoval(team, member.id, true);
  if (preview.isPending) return <Skeleton height={48} />;
  if (preview.isError) return <p className="muted">{preview.error.message}</p>;
  const losing = preview.data.changes.filter((c) => c.losesPermissions);
  if (losing.length === 0) return <p>They lose nothing beyond the team itself.</p>;
  return (
    <div role="region" aria-label="Impact of this change">
      <p>{member.isYou ? 'You lose' : `${member.name} loses`}:</p>
      <ImpactChanges changes={losing} label={`What ${member.isYou ? 'you lose' : `${member.name} loses`}`} />
    </div>
  );
}

/** A member row's `…` menu: Explain access (the drawer) and Remove user / Leave team. */
function MemberMenu({ team, member, removable }: { team: string; member: TeamMember; removable: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveFromTeam(team);
  const toast = useToast();
  const openDrawer = useAccessDrawer();
  return (
    <>
      <MenuRoot>
        <MenuTrigger asChild>
          <Button size="sm" variant="ghost" aria-label={`Actions for ${member.name}`}>
            …
          </Button>
        </MenuTrigger>
        <MenuContent label={`Actions for ${member.name}`}>
          {openDrawer && member.explain.allowed ? (
            <MenuItem onSelect={() => openDrawer({ kind: 'explain', target: { user: member.id, team } })}>
              Explain access…
            </MenuItem>
          ) : null}
          {removable ? (
            <GuardedMenuItem
              decision={member.remove}
              danger
              explain={{ team, permission: 'team:remove_user' }}
              onSelect={() => setConfirming(true)}
            >
              {member.isYou ? 'Leave team' : 'Remove user'}
            </GuardedMenuItem>
          ) : null}
        </MenuContent>
      </MenuRoot>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={member.isYou ? `Leave ${team}?` : `Remove ${member.name} from ${team}?`}
        description={`${member.isYou ? 'You lose' : `${member.name} loses`} access to the team's projects. Runs, reports and artifacts they created stay.`}
        confirmLabel={member.isYou ? 'Leave team' : 'Remove user'}
        busy={remove.isPending}
        error={remove.error?.message}
        onConfirm={() =>
          remove.mutate(member.id, {
            onSuccess: () => {
              setConfirming(false);
              toast({ title: member.isYou ? `You left ${team}` : `${member.name} was removed from ${team}` });
            },
          })
        }
      >
        {confirming ? <RemovalImpact team={team} member={member} /> : null}
      </ConfirmDialog>
    </>
  );
}

/** Remove is offered on user rows to whoever may remove, leave, or manage roles (who then sees why not). */
const removableRow = (m: TeamMember, canChangeRoles: boolean): boolean =>
  m.kind === 'user' && (m.remove.allowed || m.isYou || canChangeRoles);

export function TeamMembersTable({
  team,
  members,
  canChangeRoles,
}: {
  team: string;
  members: TeamMember[];
  canChangeRoles: boolean;
}) {
  return (
    <DataTable
      caption="Team members"
      columns={[
        'Member',
        'Team role',
        'Models seat',
        'Weave access',
        { key: 'actions', node: <span className="visually-hidden">Actions</span> },
      ]}
    >
      {members.map((m) => (
        <tr key={m.id}>
          <td>
            <Person
              id={m.id}
              name={m.name}
              detail={
                m.kind === 'service'
                  ? 'Service account'
                  : [m.username ? `@${m.username}` : null, m.email].filter(Boolean).join(' · ')
              }
              badges={m.isYou ? <Badge tone="accent">You</Badge> : null}
            />
          </td>
          <td>
            <RoleCell team={team} member={m} canChangeRoles={canChangeRoles} />
          </td>
          <td>{m.modelsSeat ? SEAT_LABELS[m.modelsSeat] : <span className="muted">No seat needed</span>}</td>
          <td>{m.weaveAccess ? SEAT_LABELS[m.weaveAccess] : <span className="muted">—</span>}</td>
          <td className="cell-actions">
            {removableRow(m, canChangeRoles) || m.explain.allowed ? (
              <MemberMenu team={team} member={m} removable={removableRow(m, canChangeRoles)} />
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
