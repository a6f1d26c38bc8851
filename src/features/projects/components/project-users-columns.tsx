// The columns of a project's "People with access": team role, Project Role (a select where project
// roles apply), how they have access, and Explain / Remove.
import { createColumnHelper } from '@tanstack/react-table';
import type { ProjectUsers } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { hiddenHeader } from '../../../components/ui/data-table';
import { Guarded } from '../../../components/ui/guarded';
import type { OpenAccessDrawer } from '../../../lib/explain-link';
import type { Removing } from './project-removal-dialog';
import { ProjectRoleCell } from './project-role-cell';

const col = createColumnHelper<ProjectUsers['users'][number]>();

export function userColumns({
  team,
  project,
  rolesApply,
  openDrawer,
  onRemove,
}: {
  team: string;
  project: string;
  rolesApply: boolean;
  openDrawer: OpenAccessDrawer | null;
  onRemove: (removing: Removing) => void;
}) {
  const explain = { project: `${team}/${project}`, permission: 'project:manage_users' };
  return [
    col.display({
      id: 'name',
      header: 'Name',
      cell: ({ row: { original: u } }) => (
        <>
          {u.name} {u.kind === 'service' ? <Badge tone="info">Service account</Badge> : null}
        </>
      ),
    }),
    col.display({
      id: 'teamRole',
      header: 'Team role',
      cell: ({ row: { original: u } }) => u.teamRoleLabel ?? <span className="muted">Not in the team</span>,
    }),
    col.display({
      id: 'projectRole',
      header: 'Project Role',
      cell: ({ row: { original: u } }) =>
        rolesApply ? <ProjectRoleCell team={team} project={project} row={u} /> : <Badge>{u.roleLabel}</Badge>,
    }),
    col.display({
      id: 'via',
      header: 'Access through',
      meta: { className: 'muted small' },
      cell: ({ row }) => row.original.via.replace('-', ' '),
    }),
    col.display({
      id: 'actions',
      header: hiddenHeader('Actions'),
      meta: { className: 'cell-actions' },
      cell: ({ row: { original: u } }) => (
        <>
          {openDrawer && u.explain.allowed ? (
            <Button
              size="sm"
              variant="ghost"
              aria-haspopup="dialog"
              aria-label={`Explain ${u.name}’s access`}
              onClick={() =>
                openDrawer({ kind: 'explain', target: { user: u.id, project: `${team}/${project}` } })
              }
            >
              Explain
            </Button>
          ) : null}
          {u.remove ? (
            <Guarded decision={u.remove} explain={explain}>
              <Button
                size="sm"
                variant="danger"
                disabled={!u.remove.allowed}
                aria-label={`Remove ${u.name} from ${project}`}
                onClick={() => onRemove({ id: u.id, name: u.name, overridden: u.overridden })}
              >
                Remove
              </Button>
            </Guarded>
          ) : null}
        </>
      ),
    }),
  ];
}
