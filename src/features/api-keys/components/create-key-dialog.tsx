// User settings → API keys → New key: a name, then the secret, shown once with Copy.
import { createApiKeyBodySchema } from '../../../api/auth';
import { NewKeyDialog } from '../../../components/ui/new-key-dialog';
import { useCreateApiKey } from '../api/api-keys';

export function CreateKeyDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const create = useCreateApiKey();
  return (
    <NewKeyDialog
      open={open}
      onOpenChange={onOpenChange}
      id="new-api-key"
      schema={createApiKeyBodySchema}
      title="New API key"
      description="Name the key for where it will be used, so you know which one to revoke."
      placeholder="e.g. laptop, ci-script"
      createLabel="Create key"
      busy={create.isPending}
      create={async (name) => {
        const created = await create.mutateAsync({ name });
        return { name: created.key.name, secret: created.secret };
      }}
      shown={(name) => ({
        title: `API key ${name}`,
        description: 'Copy this key now: it will not be shown again. Anyone who has it can act as you.',
        label: `API key ${name}`,
      })}
    />
  );
}
