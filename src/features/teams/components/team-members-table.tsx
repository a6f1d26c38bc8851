// Team settings > Users: members with their team role (team-role-cell.tsx), org seats shown
// read-only, and `…` > Remove user.
import { useState } from 'react';
import type { TeamMember } from '../../../api/team-settings';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ImpactChanges } from '../../../components/ui/impact-changes';
import { GuardedMenuItem, MenuItem, RowMenu } from '../../../components/ui/menu';
import { Skeleton } from '../../../components/ui/states';
import { createColumnHelper } from '@tanstack/react-table';
import { memberColumn } from './member-column';
import { seatColumns } from './seat-columns';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { useToast } from '../../../components/ui/toast';
import { useAccessDrawer } from '../../../lib/explain-link';
import { usePreviewMemberRemoval, useRemoveFromTeam } from '../api/team-settings';
import { TeamRoleCell } from './team-role-cell';

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
      <RowMenu label={`Actions for ${member.name}`}>
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
      </RowMenu>
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

const col = createColumnHelper<TeamMember>();

const columns = (team: string, canChangeRoles: boolean) => [
  memberColumn<TeamMember>((m) =>
    m.kind === 'service'
      ? 'Service account'
      : [m.username ? `@${m.username}` : null, m.email].filter(Boolean).join(' · '),
  ),
  col.display({
    id: 'teamRole',
    header: 'Team role',
    cell: ({ row }) => <TeamRoleCell team={team} member={row.original} canChangeRoles={canChangeRoles} />,
  }),
  ...seatColumns<TeamMember>(),
  col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'cell-actions' },
    cell: ({ row: { original: m } }) =>
      removableRow(m, canChangeRoles) || m.explain.allowed ? (
        <MemberMenu team={team} member={m} removable={removableRow(m, canChangeRoles)} />
      ) : null,
  }),
];

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
      columns={columns(team, canChangeRoles)}
      data={members}
      getRowId={(m) => m.id}
    />
  );
}
