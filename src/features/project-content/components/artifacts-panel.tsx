// A project's artifacts (ADR 0026): each version with its aliases; download (a Viewer Models seat may
// not), log a new version, add or remove an alias, delete a version. Every button is the server's
// decision with its reason; "latest" is W&B's own alias and moves by itself.
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { ArtifactRow, ProjectContent } from '../../../api/project-content';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { hiddenHeader } from '../../../components/ui/data-table';
import { Guarded } from '../../../components/ui/guarded';
import { EmptyState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/errors';
import { relativeTime } from '../../../lib/format';
import { useContentChange, useDownloadArtifact, type ContentChange } from '../api/content';
import { refusedRows, RowActions, TableWithRowActions } from '../../../components/ui/row-actions';
import { TextDialog } from './text-dialog';

const col = createColumnHelper<ArtifactRow>();
const ARTIFACT_ACTIONS: Record<string, string> = {
  download: 'Download artifacts',
  remove: 'Delete artifact versions',
  addAlias: 'Add aliases',
};
type Open = { kind: 'create' } | { kind: 'alias' | 'delete'; artifact: ArtifactRow } | null;
const versionName = (a: ArtifactRow) => `${a.name}:v${a.version}`;

export function ArtifactsPanel({
  team,
  project,
  artifacts,
}: {
  team: string;
  project: string;
  artifacts: ProjectContent['artifacts'];
}) {
  const [open, setOpen] = useState<Open>(null);
  const download = useDownloadArtifact(team, project);
  const change = useContentChange(team, project);
  const toast = useToast();
  const where = `${team}/${project}`;
  const run = (c: ContentChange, done: string) => change.mutateAsync(c).then(() => toast({ title: done }));
  const act = (c: ContentChange, done: string) =>
    void run(c, done).catch((e: unknown) =>
      toast({ title: 'Not done', description: errorMessage(e), tone: 'danger' }),
    );
  const columns = [
    col.display({
      id: 'artifact',
      header: 'Artifact',
      cell: ({ row: { original: a } }) => (
        <>
          <strong>{versionName(a)}</strong>
          <span className="artifact-aliases" role="group" aria-label={`Aliases of ${versionName(a)}`}>
            {a.aliases.map((alias) => (
              <Badge key={alias.name} tone={alias.name === 'latest' ? 'info' : 'neutral'}>
                {alias.name}
                {alias.remove.allowed ? (
                  <button
                    type="button"
                    className="alias-remove"
                    aria-label={`Remove alias ${alias.name} from ${versionName(a)}`}
                    disabled={change.isPending}
                    onClick={() =>
                      act(
                        { kind: 'removeAlias', artifactId: a.id, alias: alias.name },
                        `Alias ${alias.name} removed`,
                      )
                    }
                  >
                    ×
                  </button>
                ) : null}
              </Badge>
            ))}
          </span>
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
        what={`artifact ${versionName(a)}`}
        explain={{ project: where, permission: 'artifact:download' }}
        actions={[
          {
            label: 'Download',
            name: `Download artifact ${versionName(a)}`,
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
          {
            label: 'Add alias',
            name: `Add an alias to ${versionName(a)}`,
            decision: a.actions.addAlias,
            onClick: () => setOpen({ kind: 'alias', artifact: a }),
          },
          {
            label: 'Delete',
            name: `Delete artifact ${versionName(a)}`,
            variant: 'danger',
            decision: a.actions.remove,
            onClick: () => setOpen({ kind: 'delete', artifact: a }),
          },
        ]}
      />
    ),
  });
  // No version allows anything (an org Viewer): one line says why, instead of a refusal on every row.
  const readOnly = refusedRows(
    artifacts.items,
    (a) => a.actions,
    (action) => ARTIFACT_ACTIONS[action] ?? action,
  );
  return (
    <section className="panel stack-sm" aria-labelledby="artifacts-title">
      <div className="row panel-head">
        <h2 id="artifacts-title" className="panel-title">
          Artifacts
        </h2>
        <Guarded decision={artifacts.create} explain={{ project: where, permission: 'artifact:create' }}>
          <Button size="sm" disabled={!artifacts.create.allowed} onClick={() => setOpen({ kind: 'create' })}>
            Log a version
          </Button>
        </Guarded>
      </div>
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
            title: 'Why can’t you change these artifacts?',
            explain: { project: where, permission: 'artifact:download' },
          }}
        />
      )}
      {open?.kind === 'create' ? (
        <TextDialog
          title="Log an artifact version"
          description="A new version of the artifact of this name (its first when the name is new); “latest” moves to it."
          label="Artifact name"
          field="name"
          max={64}
          submitLabel="Log version"
          busy={change.isPending}
          onClose={() => setOpen(null)}
          onSubmit={(name) => run({ kind: 'createArtifact', name }, `Logged a version of ${name}`)}
        />
      ) : null}
      {open?.kind === 'alias' ? (
        <TextDialog
          title={`Add an alias to ${versionName(open.artifact)}`}
          description="An alias names one version; adding it here moves it off any other version."
          label="Alias"
          field="alias"
          max={64}
          submitLabel="Add alias"
          busy={change.isPending}
          onClose={() => setOpen(null)}
          onSubmit={(alias) =>
            run({ kind: 'addAlias', artifactId: open.artifact.id, alias }, `Alias ${alias} added`)
          }
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          open
          onOpenChange={(o) => (o ? null : setOpen(null))}
          title={`Delete ${versionName(open.artifact)}?`}
          description={`${open.artifact.authorName}'s version and its aliases go (“latest” moves to the newest version left). This cannot be undone.`}
          confirmLabel="Delete version"
          busy={change.isPending}
          onConfirm={() => {
            act(
              { kind: 'deleteArtifact', artifactId: open.artifact.id },
              `Deleted ${versionName(open.artifact)}`,
            );
            setOpen(null);
          }}
        />
      ) : null}
    </section>
  );
}
