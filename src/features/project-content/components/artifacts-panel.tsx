// A project's artifacts and their download, which a Viewer Models seat may not do (the server says so).
import { createColumnHelper } from '@tanstack/react-table';
import type { ArtifactRow, ProjectContent } from '../../../api/project-content';
import { hiddenHeader } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { relativeTime } from '../../../lib/format';
import { useDownloadArtifact } from '../api/content';
import { refusedRows, RowActions, TableWithRowActions } from '../../../components/ui/row-actions';

const col = createColumnHelper<ArtifactRow>();

export function ArtifactsPanel({
  team,
  project,
  artifacts,
}: {
  team: string;
  project: string;
  artifacts: ProjectContent['artifacts'];
}) {
  const download = useDownloadArtifact(team, project);
  const toast = useToast();
  const where = `${team}/${project}`;
  // No artifact may be downloaded: one line above the table instead of a column of refusals.
  const readOnly = refusedRows(
    artifacts.items,
    (a) => a.actions,
    () => 'Download artifacts',
  );
  const columns = [
    col.display({
      id: 'artifact',
      header: 'Artifact',
      cell: ({ row: { original: a } }) => (
        <>
          <strong>{a.name}</strong>
          <span className="muted small block">
            by {a.authorName} · {relativeTime(a.createdAt)}
          </span>
        </>
      ),
    }),
  ];
  const actionColumn = col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'row-buttons' },
    cell: ({ row: { original: a } }) => (
      <RowActions
        what={`artifact ${a.name}`}
        explain={{ project: where, permission: 'artifact:download' }}
        actions={[
          {
            label: 'Download',
            name: `Download artifact ${a.name}`,
            decision: a.actions.download,
            busy: download.isPending,
            onClick: () =>
              download.mutate(a.id, {
                onSuccess: (file) =>
                  toast({
                    title: `Downloaded ${file.fileName}`,
                    description: `${Math.round(file.bytes / 1024)} KB`,
                  }),
                onError: (e) => toast({ title: 'Not downloaded', description: e.message, tone: 'danger' }),
              }),
          },
        ]}
      />
    ),
  });
  return (
    <section className="panel stack-sm" aria-labelledby="artifacts-title">
      <h2 id="artifacts-title" className="panel-title">
        Artifacts
      </h2>
      {artifacts.items.length === 0 ? (
        <EmptyState title="No artifacts yet">
          Datasets and models logged to this project appear here.
        </EmptyState>
      ) : (
        <TableWithRowActions
          caption="Artifacts"
          columns={columns}
          actions={actionColumn}
          data={artifacts.items}
          getRowId={(a) => a.id}
          refused={{
            refusals: readOnly,
            title: 'Why can’t you download these artifacts?',
            explain: { project: where, permission: 'artifact:download' },
          }}
        />
      )}
    </section>
  );
}
