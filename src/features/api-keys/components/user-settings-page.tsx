// User settings → API keys (W&B's place for them): the signed-in person's keys with when each was
// created and last used and its first characters, a new one (its secret shown once), and revoking one.
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { ApiKeyRow } from '../../../api/auth';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable, hiddenHeader } from '../../../components/ui/data-table';
import { PageHeader } from '../../../components/ui/page-header';
import { EmptyState, ErrorState, TableSkeleton } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { fullDate, relativeTime } from '../../../lib/format';
import { useApiKeys, useRevokeApiKey } from '../api/api-keys';
import { CreateKeyDialog } from './create-key-dialog';

const col = createColumnHelper<ApiKeyRow>();

const keyColumns = (onRevoke: (key: ApiKeyRow) => void) => [
  // A key's name is a person's label ("laptop", "First key"), not a slug: plain text, unlike nameColumn.
  col.display({ id: 'name', header: 'Name', cell: ({ row }) => <strong>{row.original.name}</strong> }),
  col.display({ id: 'preview', header: 'Key', cell: ({ row }) => <code>{row.original.preview}</code> }),
  col.display({ id: 'created', header: 'Created', cell: ({ row }) => fullDate(row.original.createdAt) }),
  col.display({
    id: 'lastUsed',
    header: 'Last used',
    cell: ({ row }) => relativeTime(row.original.lastUsedAt),
  }),
  col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'cell-actions' },
    cell: ({ row }) => (
      <Button
        size="sm"
        variant="danger"
        aria-label={`Revoke ${row.original.name}`}
        onClick={() => onRevoke(row.original)}
      >
        Revoke
      </Button>
    ),
  }),
];

export function UserSettingsPage({ name }: { name: string }) {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  return (
    <div className="page">
      <PageHeader title="User settings" subtitle={name} />
      <section className="panel stack panel-body" aria-labelledby="api-keys-title">
        <div className="panel-head">
          <div>
            <h2 id="api-keys-title" className="panel-title">
              API keys
            </h2>
            <p className="muted">
              Sign in to the console with a key, or call the API with it (<code>Authorization: Basic</code>{' '}
              with your username and the key). Each key is shown only when it is created.
            </p>
          </div>
          <Button variant="primary" onClick={() => setCreating(true)}>
            New key
          </Button>
        </div>
        {keys.isPending ? (
          <TableSkeleton label="API keys" rows={2} />
        ) : keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
        ) : keys.data.keys.length === 0 ? (
          <EmptyState title="No API keys">Create one to sign in or to call the API.</EmptyState>
        ) : (
          <DataTable
            caption="API keys"
            columns={keyColumns(setRevoking)}
            data={keys.data.keys}
            getRowId={(k) => k.id}
          />
        )}
      </section>
      <CreateKeyDialog open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(o) => {
          if (!o) {
            setRevoking(null);
            revoke.reset();
          }
        }}
        title={`Revoke API key ${revoking?.name ?? ''}?`}
        description="It stops working at once: scripts using it are refused, and a console signed in with it is signed out."
        confirmLabel="Revoke key"
        busy={revoke.isPending}
        error={revoke.error?.message}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              toast({ title: `API key ${revoking.name} revoked` });
              setRevoking(null);
            },
          })
        }
      />
    </div>
  );
}
