// Team settings > Service accounts (Enterprise): create (the API key is shown once), list, delete.
import { useState } from 'react';
import type { Decision } from '../../../api/common';
import { createServiceAccountBodySchema, type TeamSettings } from '../../../api/team-settings';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Guarded } from '../../../components/ui/guarded';
import { NewKeyDialog } from '../../../components/ui/new-key-dialog';
import { EmptyState } from '../../../components/ui/states';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable, hiddenHeader, nameColumn } from '../../../components/ui/data-table';
import { useToast } from '../../../components/ui/toast';
import { fullDate } from '../../../lib/format';
import { useCreateServiceAccount, useDeleteServiceAccount } from '../api/team-settings';

function CreateDialog({
  team,
  open,
  onOpenChange,
}: {
  team: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const create = useCreateServiceAccount(team);
  return (
    <NewKeyDialog
      open={open}
      onOpenChange={onOpenChange}
      id="new-service-account"
      schema={createServiceAccountBodySchema}
      title="New service account"
      description="Service accounts log runs and artifacts to every non-restricted project of the team, and take no seat."
      placeholder="e.g. ci-bot"
      createLabel="Create"
      busy={create.isPending}
      create={async (name) => {
        const created = await create.mutateAsync(name);
        return { name: created.name, secret: created.apiKey };
      }}
      shown={(name) => ({
        title: `API key for ${name}`,
        description: 'Copy this key now: it is shown only once. Only its last 4 characters are kept.',
      })}
    />
  );
}

type Account = TeamSettings['serviceAccounts'][number];
const col = createColumnHelper<Account>();

const accountColumns = (team: string, canManage: Decision, onDelete: (account: Account) => void) => [
  nameColumn<Account>('name', 'Name'),
  col.display({
    id: 'apiKey',
    header: 'API key',
    cell: ({ row }) => <code>••••{row.original.apiKeyLast4}</code>,
  }),
  col.display({ id: 'createdBy', header: 'Created by', cell: ({ row }) => row.original.createdBy }),
  col.display({ id: 'created', header: 'Created', cell: ({ row }) => fullDate(row.original.createdAt) }),
  col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'cell-actions' },
    cell: ({ row }) => (
      <Guarded decision={canManage} explain={{ team, permission: 'team:create_service_account' }}>
        <Button
          size="sm"
          variant="danger"
          disabled={!canManage.allowed}
          onClick={() => onDelete(row.original)}
        >
          Delete
        </Button>
      </Guarded>
    ),
  }),
];

export function ServiceAccountsTab({
  team,
  accounts,
  canManage,
}: {
  team: string;
  accounts: TeamSettings['serviceAccounts'];
  canManage: Decision;
}) {
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const remove = useDeleteServiceAccount(team);
  const toast = useToast();
  return (
    <section className="stack" aria-label="Service accounts">
      <div className="row">
        <Guarded decision={canManage} explain={{ team, permission: 'team:create_service_account' }}>
          <Button variant="primary" disabled={!canManage.allowed} onClick={() => setCreating(true)}>
            New service account
          </Button>
        </Guarded>
      </div>
      {accounts.length === 0 ? (
        <EmptyState title="No service accounts yet">
          Create one for CI jobs or launch agents that log runs for the team.
        </EmptyState>
      ) : (
        <DataTable
          caption="Service accounts"
          columns={accountColumns(team, canManage, setDeleting)}
          data={accounts}
          getRowId={(a) => a.id}
        />
      )}
      <CreateDialog team={team} open={creating} onOpenChange={setCreating} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete service account ${deleting?.name ?? ''}?`}
        description="Its API key stops working at once. Runs it logged stay."
        confirmLabel="Delete service account"
        busy={remove.isPending}
        error={remove.error?.message}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast({ title: `Service account ${deleting.name} deleted` });
              setDeleting(null);
            },
          })
        }
      />
    </section>
  );
}
