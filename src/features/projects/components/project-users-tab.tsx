// /:team/:project/users — who has access and how; Project Role with `*` when it differs from the
// team role (a loss previewed before it saves, Undo after); Add user / remove for Restricted projects,
// the removal confirmed with what the person loses. Open and Public explain why there are no roles.
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Guarded } from '../../../components/ui/guarded';
import { Select } from '../../../components/ui/select';
import { Banner, ErrorState, RefreshFailed, Skeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { useAccessDrawer } from '../../../lib/explain-link';
import { PageReason } from '../../../lib/reasons';
import { useAddProjectUser } from '../api/project-mutations';
import { useProjectUsers } from '../api/project-queries';
import { ProjectRemovalDialog, type Removing } from './project-removal-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { userColumns } from './project-users-columns';
import { isRefusal } from '../../../lib/errors';

export function ProjectUsersTab({ team, project }: { team: string; project: string }) {
  const openDrawer = useAccessDrawer();
  const users = useProjectUsers(team, project);
  const add = useAddProjectUser(team, project);
  const toast = useToast();
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<Removing | null>(null);
  if (users.isPending) return <Skeleton height={240} />;
  if (users.isLoadingError || isRefusal(users.error))
    return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  const data = users.data;
  const pick = adding || data.addable[0]?.id || '';
  // Said once here when the viewer may not manage the project's users, not under every row's role.
  const readOnly = data.viewer.canManage.allowed ? null : data.viewer.canManage;
  return (
    <PageReason.Provider value={readOnly}>
      <section className="stack" aria-label="Project users">
        <RefreshFailed query={users} what="the project's users" />
        <Banner tone="info">{data.explanation}</Banner>
        {readOnly ? (
          <ReadOnlyNote
            refusals={[{ label: 'Manage the project’s users', decision: readOnly }]}
            explain={{ project: `${team}/${project}`, permission: 'project:manage_users' }}
          />
        ) : null}
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
                onClick={() =>
                  add.mutate(pick, { onSuccess: () => toast({ title: 'Added to the project' }) })
                }
              >
                Add user
              </Button>
            </Guarded>
          </div>
        ) : null}
        <DataTable
          caption="People with access"
          columns={userColumns({
            team,
            project,
            rolesApply: data.rolesApply,
            openDrawer,
            onRemove: setRemoving,
          })}
          data={data.users}
          getRowId={(u) => u.id}
        />
        <ProjectRemovalDialog
          team={team}
          project={project}
          removing={removing}
          onClose={() => setRemoving(null)}
        />
      </section>
    </PageReason.Provider>
  );
}
