// Team settings > Service accounts (Enterprise): create (the API key is shown once), list, delete.
import { useState } from 'react';
import type { Decision } from '../../../api/common';
import { createServiceAccountBodySchema, type TeamSettings } from '../../../api/team-settings';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { Guarded } from '../../../components/ui/guarded';
import { SecretKey } from '../../../components/ui/secret-key';
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
  const form = useZodForm(createServiceAccountBodySchema, { name: '' });
  const create = useCreateServiceAccount(team);
  const [key, setKey] = useState<{ name: string; apiKey: string } | null>(null);
  const close = (next: boolean) => {
    if (!next) {
      setKey(null);
      form.reset();
    }
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={key ? `API key for ${key.name}` : 'New service account'}
      description={
        key
          ? 'Copy this key now: it is shown only once. Only its last 4 characters are kept.'
          : 'Service accounts log runs and artifacts to every non-restricted project of the team, and take no seat.'
      }
      footer={
        key ? (
          <Button variant="primary" onClick={() => close(false)}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button variant="primary" type="submit" form="new-service-account" disabled={create.isPending}>
              Create
            </Button>
          </>
        )
      }
    >
      {key ? (
        <SecretKey secret={key.apiKey} />
      ) : (
        <Form
          form={form}
          id="new-service-account"
          onSubmit={(values) =>
            create.mutate(values.name, {
              onSuccess: (result) => setKey({ name: result.name, apiKey: result.apiKey }),
              onError: (error) => applyServerErrors(form, error),
            })
          }
        >
          <TextField name="name" label="Name" placeholder="e.g. ci-bot" autoComplete="off" />
          <FormError />
        </Form>
      )}
    </Dialog>
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
