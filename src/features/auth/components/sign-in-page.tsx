// Sign in to the shared server (issue 16): a username and one of their API keys. Shown when the
// server answers 401, and at /sign-in?next=…, which it returns to afterwards. Before anyone has
// created the organization, the first run takes its place.
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { signInBodySchema } from '../../../api/auth';
import { Button } from '../../../components/ui/button';
import { Form, FormError, TextField, applyServerErrors, useZodForm } from '../../../components/ui/form';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { returnPath, signInPath } from '../../../lib/return-to';
import { useSetup } from '../api/get-setup';
import { useSignIn } from '../api/sign-in';
import { AuthCard } from './auth-card';

export function SignInPage() {
  const [search] = useSearchParams();
  const next = returnPath(search);
  const setup = useSetup();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const form = useZodForm(signInBodySchema, { username: '', apiKey: '' });
  if (setup.data?.needsFirstAdmin) return <Navigate to={signInPath(next, '/first-run')} replace />;
  return (
    <AuthCard title="Sign in" lead="Sign in with your username and one of your API keys.">
      {setup.isPending ? (
        <Skeleton height={160} />
      ) : setup.isError ? (
        <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />
      ) : (
        <Form
          form={form}
          onSubmit={(values) =>
            signIn.mutate(values, {
              onSuccess: () => void navigate(next, { replace: true }),
              onError: (error) => applyServerErrors(form, error),
            })
          }
        >
          <TextField name="username" label="Username" autoComplete="username" />
          <TextField
            name="apiKey"
            label="API key"
            type="password"
            autoComplete="current-password"
            hint={
              <>
                A scenario admin's key is printed by{' '}
                <code className="nowrap">npm run serve -- --scenario …</code>, and everyone creates keys in
                User settings → API keys.
              </>
            }
          />
          <FormError />
          <div className="row">
            <Button variant="primary" type="submit" disabled={signIn.isPending}>
              {signIn.isPending ? 'Signing in…' : 'Sign in'}
            </Button>
          </div>
        </Form>
      )}
    </AuthCard>
  );
}
