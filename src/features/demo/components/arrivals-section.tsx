// Arrivals (access-model §3): people joining through the same API a real sign-up uses. The arriving
// person acts, not the person the demo is viewing as; the server says what happened (or why not).
import { useId, useState, type ReactNode } from 'react';
import type { ArrivalResult, PersonBody } from '../../../api/arrivals';
import { ORG_ROLE_LABELS } from '../../../api/role-labels';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useArrivalOptions, useArrive } from '../api/arrivals';
import { ArrivalOutcome } from './arrival-outcome';
import { ArrivalPersonForm } from './arrival-person-form';
import { SignupChoices, type SignupChoice } from './signup-choices';
import './arrivals.css';

type ViewAs = ((userId: string) => void) | undefined;

function Flow({ title, hint, children }: { title: string; hint: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="arrival-flow" aria-labelledby={id}>
      <h4 id={id} className="arrival-title">
        {title}
      </h4>
      <p className="muted small">{hint}</p>
      {children}
    </section>
  );
}

function AcceptInvite({ onViewAs }: { onViewAs: ViewAs }) {
  const options = useArrivalOptions(true);
  const arrive = useArrive();
  const [picked, setPicked] = useState('');
  const invites = options.data?.invites ?? [];
  const inviteId = picked || invites[0]?.id || '';
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  if (!options.data) return <Skeleton height={40} />;
  if (invites.length === 0)
    return <p className="muted">No pending invites. Invite someone on the Users page.</p>;
  return (
    <div className="stack-sm">
      <div className="row">
        <Select
          label="Pending invite"
          value={inviteId}
          options={invites.map((i) => ({
            value: i.id,
            label: `${i.email}${i.expired ? ' (expired)' : ''}`,
            description: `${ORG_ROLE_LABELS[i.orgRole]} · ${i.teams.length ? i.teams.join(', ') : 'no teams'}`,
          }))}
          onChange={(v) => {
            setPicked(v);
            arrive.reset();
          }}
        />
        <Button
          disabled={arrive.isPending || !inviteId}
          onClick={() => arrive.mutate({ kind: 'accept-invite', inviteId })}
        >
          Accept invite
        </Button>
      </div>
      {arrive.error ? (
        <p className="form-error" role="alert">
          {arrive.error.message}
        </p>
      ) : null}
      {arrive.data ? <ArrivalOutcome result={arrive.data} onViewAs={onViewAs} /> : null}
    </div>
  );
}

function PersonFlow({
  kind,
  submitLabel,
  onViewAs,
}: {
  kind: 'signup' | 'sso';
  submitLabel: string;
  onViewAs: ViewAs;
}) {
  const arrive = useArrive();
  const [result, setResult] = useState<ArrivalResult | null>(null);
  const [choice, setChoice] = useState<SignupChoice>({ teamIds: [] });
  return (
    <div className="stack-sm">
      <ArrivalPersonForm
        id={`arrival-${kind}`}
        submitLabel={submitLabel}
        busy={arrive.isPending}
        extra={
          kind === 'signup'
            ? (email) => <SignupChoices email={email} choice={choice} onChange={setChoice} />
            : undefined
        }
        onSubmit={async (person: PersonBody) => {
          setResult(null);
          setResult(
            await arrive.mutateAsync(
              kind === 'signup' ? { kind, ...person, ...choice } : { kind, ...person },
            ),
          );
          setChoice({ teamIds: [] });
        }}
      />
      {result ? <ArrivalOutcome result={result} onViewAs={onViewAs} /> : null}
    </div>
  );
}

export function ArrivalsSection({ onViewAs }: { onViewAs?: (userId: string) => void }) {
  const options = useArrivalOptions(true);
  const org = options.data?.org;
  return (
    <section className="stack-sm" aria-labelledby="demo-arrivals">
      <h3 id="demo-arrivals" className="section-title">
        Arrivals
      </h3>
      <p className="muted small">
        Simulate someone joining, through the same API a real sign-up uses. Teams with auto-add receive every
        newcomer.
      </p>
      <Flow title="Accept a pending invite" hint="Joins with the invite's role, seat and teams.">
        <AcceptInvite onViewAs={onViewAs} />
      </Flow>
      <Flow
        title="Sign up with an email"
        hint={
          org?.domains.length
            ? `An email at a claimed domain (${org.domains.join(', ')}) joins ${org.name} as Member, its default team and the recommended teams picked; the first of an unclaimed company domain creates its organization; anyone may create one to trial.`
            : `${org?.name ?? 'This organization'} has claimed no email domain. The first sign-up of an unclaimed company domain creates its organization; anyone may create one to trial.`
        }
      >
        <PersonFlow kind="signup" submitLabel="Sign up" onViewAs={onViewAs} />
      </Flow>
      <Flow
        title="First SSO sign-in"
        hint={`Joins as Member when SSO auto-provisioning is on (now ${org?.ssoProvisioning ? 'on' : 'off'}).`}
      >
        <PersonFlow kind="sso" submitLabel="Sign in with SSO" onViewAs={onViewAs} />
      </Flow>
    </section>
  );
}
