// An invite link on the shared server (issue 16): the invited person picks a username and gets their
// API key, shown once, then the console opens on the org they joined.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { acceptInviteBodySchema, type NewAccount } from '../../../api/auth';
import { Button } from '../../../components/ui/button';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { useAcceptInvite } from '../api/accept-invite';
import { signedIn } from '../api/signed-in';
import { AuthCard } from './auth-card';
import { NewKey } from './new-key';

export function AcceptInvitePage() {
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const accept = useAcceptInvite();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [joined, setJoined] = useState<NewAccount | null>(null);
  const form = useZodForm(acceptInviteBodySchema, { token, username: '', name: '' });
  if (joined) {
    return (
      <NewKey
        title={`Welcome to ${joined.user.org.name}`}
        username={joined.user.actingUser?.username ?? ''}
        apiKey={joined.apiKey}
        onContinue={() => {
          signedIn(queryClient);
          void navigate('/', { replace: true });
        }}
      />
    );
  }
  if (!token) {
    return (
      <AuthCard
        title="This invite link is incomplete"
        lead="Open the whole link from your invite, or ask the admin who invited you to send it again."
      >
        <p>
          <Link to="/sign-in">Sign in</Link> if you already have an account.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Accept your invite" lead="Choose the username you sign in with, and say who you are.">
      <Form
        form={form}
        onSubmit={(values) =>
          accept.mutate(values, {
            onSuccess: setJoined,
            onError: (error) => applyServerErrors(form, error),
          })
        }
      >
        <TextField name="name" label="Your name" autoComplete="name" />
        <TextField name="username" label="Username" autoComplete="username" />
        <FormError />
        <div className="row">
          <Button variant="primary" type="submit" disabled={accept.isPending}>
            {accept.isPending ? 'Joining…' : 'Join'}
          </Button>
        </div>
      </Form>
    </AuthCard>
  );
}
