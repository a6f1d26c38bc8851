// The key a new person gets (the first admin, an accepted invite): shown once, then on into the console.
import { Button } from '../../../components/ui/button';
import { SecretKey } from '../../../components/ui/secret-key';
import { AuthCard } from './auth-card';

export function NewKey({
  title,
  username,
  apiKey,
  onContinue,
}: {
  title: string;
  username: string;
  apiKey: string;
  onContinue: () => void;
}) {
  return (
    <AuthCard
      title={title}
      lead={
        <>
          You are signed in as <strong>{username}</strong>. This is your API key: you sign in with it, and
          scripts call the API with it.
        </>
      }
    >
      <div className="stack-sm">
        <SecretKey secret={apiKey} label={`API key for ${username}`} />
        <p className="form-warning" role="note">
          Copy it now and keep it somewhere safe: it will not be shown again. You can create more keys, and
          revoke this one, in User settings.
        </p>
      </div>
      <Button variant="primary" onClick={onContinue}>
        Continue to the console
      </Button>
    </AuthCard>
  );
}
