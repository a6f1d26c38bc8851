// /:team/:project/users — who has access and how; Project Role with `*` when it differs from the
// team role; Add user / remove for Restricted projects. Open and Public explain why there are no roles.
import { useState } from 'react';
import type { ProjectUsers } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded, reasonText } from '../../../components/ui/guarded';
import { Select } from '../../../components/ui/select';
import { Banner, ErrorState, Skeleton } from '../../../components/ui/states';
import { DataTable } from '../../../components/ui/table';
import { useToast } from '../../../components/ui/toast';
import { Tooltip } from '../../../components/ui/tooltip';
import { useAddProjectUser, useRemoveProjectUser, useSetProjectRole } from '../api/project-mutations';
import { useProjectUsers } from '../api/project-queries';

type Row = ProjectUsers['users'][number];

function RoleCell({ team, project, row }: { team: string; project: string; row: Row }) {
  const setRole = useSetProjectRole(team, project);
  const toast = useToast();
  // A role outside the project-role list (a service account's Service role) is shown, not offered.
  const listed = row.roleOptions.some((o) => o.value === row.role);
  const changeable = listed && row.roleOptions.some((o) => o.value !== row.role && o.decision.allowed);
  const star = row.overridden ? (
    <Tooltip content={`Differs from the team role (${row.teamRoleLabel ?? 'none'})`}>
      <button
        type="button"
        className="override-star"
        aria-label={`Project role differs from the team role, ${row.teamRoleLabel ?? 'none'}`}
      >
        *
      </button>
    </Tooltip>
  ) : null;
  if (!changeable) {
    const why = row.roleOptions.find((o) => o.value !== row.role && !o.decision.allowed)?.decision;
    return (
      <span className="stack-xs">
        <span>
          <Badge tone={row.role === 'admin' ? 'accent' : 'neutral'}>{row.roleLabel}</Badge>
          {star}
        </span>
        {why && listed ? <span className="muted small">{reasonText(why)}</span> : null}
      </span>
    );
  }
  return (
    <span className="row-tight">
      <Select
        label={`Project role of ${row.name}`}
        hideLabel
        size="sm"
        value={row.role ?? ''}
        disabled={setRole.isPending}
        options={row.roleOptions.map((o) => ({
          value: o.value,
          label: o.label,
          refusal: o.decision,
        }))}
        onChange={(role) =>
          setRole.mutate(
            { principalId: row.id, role },
            {
              onSuccess: (r) => toast({ title: `${row.name}: ${r.roleLabel} in ${project}` }),
              onError: (e) => toast({ title: 'Role not changed', description: e.message, tone: 'danger' }),
            },
          )
        }
      />
      {star}
    </span>
  );
}

export function ProjectUsersTab({ team, project }: { team: string; project: string }) {
  const users = useProjectUsers(team, project);
  const add = useAddProjectUser(team, project);
  const remove = useRemoveProjectUser(team, project);
  const toast = useToast();
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<{ id: string; name: string; overridden: boolean } | null>(null);
  if (users.isPending) return <Skeleton height={240} />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  const data = users.data;
  const pick = adding || data.addable[0]?.id || '';
  return (
    <section className="stack" aria-label="Project users">
      <Banner tone="info">{data.explanation}</Banner>
      {data.restricted ? (
        <div className="row">
          {data.addable.length > 0 ? (
            <Select
              label="Team member or service account"
              value={pick}
              options={data.addable.map((a) => ({
                value: a.id,
                label: a.kind === 'service' ? `${a.name} (service account)` : a.name,
              }))}
              onChange={setAdding}
            />
          ) : null}
          <Guarded
            decision={data.viewer.canAdd}
            explain={{ project: `${team}/${project}`, permission: 'project:manage_users' }}
          >
            <Button
              variant="primary"
              disabled={!data.viewer.canAdd.allowed || !pick || add.isPending}
              onClick={() => add.mutate(pick, { onSuccess: () => toast({ title: 'Added to the project' }) })}
            >
              Add user
            </Button>
          </Guarded>
        </div>
      ) : null}
      <DataTable
        caption="People with access"
        columns={[
          'Name',
          'Team role',
          'Project Role',
          'Access through',
          { key: 'actions', node: <span className="visually-hidden">Actions</span> },
        ]}
      >
        {data.users.map((u) => (
          <tr key={u.id}>
            <td>
              {u.name} {u.kind === 'service' ? <Badge tone="info">Service account</Badge> : null}
            </td>
            <td>{u.teamRoleLabel ?? <span className="muted">Not in the team</span>}</td>
            <td>
              {data.rolesApply ? (
                <RoleCell team={team} project={project} row={u} />
              ) : (
                <Badge>{u.roleLabel}</Badge>
              )}
            </td>
            <td className="muted small">{u.via.replace('-', ' ')}</td>
            <td className="cell-actions">
              {u.remove ? (
                <Guarded
                  decision={u.remove}
                  explain={{ project: `${team}/${project}`, permission: 'project:manage_users' }}
                >
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={!u.remove.allowed || remove.isPending}
                    aria-label={`Remove ${u.name} from ${project}`}
                    onClick={() => setRemoving({ id: u.id, name: u.name, overridden: u.overridden })}
                  >
                    Remove
                  </Button>
                </Guarded>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove ${removing?.name ?? ''} from ${project}?`}
        description="The project is Restricted: they lose access to its runs, reports and artifacts. What they created stays."
        confirmLabel="Remove"
        busy={remove.isPending}
        error={remove.error?.message}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              toast({ title: `${removing.name} removed from ${project}` });
              setRemoving(null);
            },
          })
        }
      >
        {removing?.overridden ? (
          <p>Their project role is dropped too: if they are added back, they get their team role.</p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
