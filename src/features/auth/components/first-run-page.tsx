// The shared server's first run (issue 16): before any organization exists, the first person to open
// the console creates it and becomes its Admin (W&B: "the first user to sign up … is assigned as that
// organization's instance administrator"). Their API key is shown once, then the console opens.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { firstAdminBodySchema, type NewAccount } from '../../../api/auth';
import { Button } from '../../../components/ui/button';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { returnPath, signInPath } from '../../../lib/return-to';
import { useCreateFirstAdmin } from '../api/create-first-admin';
import { useSetup } from '../api/get-setup';
import { signedIn } from '../api/signed-in';
import { AuthCard } from './auth-card';
import { NewKey } from './new-key';

export function FirstRunPage() {
  const [search] = useSearchParams();
  const next = returnPath(search);
  const setup = useSetup();
  const create = useCreateFirstAdmin();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<NewAccount | null>(null);
  const form = useZodForm(firstAdminBodySchema, { username: '', name: '', email: '', orgName: '' });
  if (created) {
    return (
      <NewKey
        title={`${created.user.org.name} is ready`}
        username={created.user.actingUser?.username ?? ''}
        apiKey={created.apiKey}
        onContinue={() => {
          signedIn(queryClient);
          void navigate(next, { replace: true });
        }}
      />
    );
  }
  if (setup.data && !setup.data.needsFirstAdmin) return <Navigate to={signInPath(next)} replace />;
  return (
    <AuthCard
      title="Set up your organization"
      lead="Nobody has used this server yet. Create the organization: you become its Admin, and can invite everyone else."
    >
      {setup.isPending ? (
        <Skeleton height={280} />
      ) : setup.isError ? (
        <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />
      ) : (
        <Form
          form={form}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: setCreated,
              onError: (error) => applyServerErrors(form, error),
            })
          }
        >
          <TextField name="orgName" label="Organization name" autoComplete="organization" />
          <TextField name="name" label="Your name" autoComplete="name" />
          <TextField name="email" label="Email" type="email" autoComplete="email" />
          <TextField
            name="username"
            label="Username"
            autoComplete="username"
            hint="You sign in with it, and it names you in the audit log."
          />
          <FormError />
          <div className="row">
            <Button variant="primary" type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create organization'}
            </Button>
          </div>
        </Form>
      )}
    </AuthCard>
  );
}
