// What a sign-up with this email is offered, as the server says (GET /api/arrivals/signup-options):
// the org claiming the domain and its recommended teams to pick, the org an unclaimed company domain
// founds, a trial org for anyone, and a Dedicated / Self-managed instance's access contact.
import { useId } from 'react';
import type { SignupBody, SignupOptions } from '../../../api/arrivals';
import { Checkbox } from '../../../components/ui/checkbox';
import { useSignupOptions } from '../api/arrivals';

export type SignupChoice = Pick<SignupBody, 'teamIds' | 'createOrg'>;

function OrgName({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Organization name
      </label>
      <input id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function trialText(o: SignupOptions): string {
  return `a Teams-plan trial for ${o.trial.days} days, with ${o.trial.fullSeats} Full seats`;
}

export function SignupChoices({
  email,
  choice,
  onChange,
}: {
  email: string;
  choice: SignupChoice;
  onChange: (choice: SignupChoice) => void;
}) {
  const options = useSignupOptions(email);
  const o = options.data;
  if (!o) return null;
  const teamIds = choice.teamIds ?? [];
  const creating = choice.createOrg !== null && choice.createOrg !== undefined;
  const founding = o.foundsOrg !== null && choice.createOrg !== null;
  return (
    <div className="signup-choices" aria-label="What this sign-up gets">
      {o.contact ? (
        <p className="signup-contact" role="note">
          {o.contact.orgName} runs its own W&B instance for {o.domain}: contact{' '}
          <a href={`mailto:${o.contact.email}`}>{o.contact.email}</a> to request access there. You can still
          create an organization here to trial W&B.
        </p>
      ) : null}
      {o.joins ? (
        <>
          <p>
            {o.domain} is claimed by <strong>{o.joins.name}</strong>: you join it as Member
            {o.joins.defaultTeam ? `, and its default team ${o.joins.defaultTeam}` : ''}.
          </p>
          {o.teams.length > 0 ? (
            <fieldset className="signup-teams">
              <legend>Teams recommended to {o.domain}</legend>
              {o.teams.map((t) => (
                <Checkbox
                  key={t.id}
                  label={t.isDefault ? `${t.name} (default team)` : t.name}
                  checked={t.isDefault || teamIds.includes(t.id)}
                  disabled={t.isDefault}
                  onChange={(on) =>
                    onChange({
                      ...choice,
                      teamIds: on ? [...teamIds, t.id] : teamIds.filter((id) => id !== t.id),
                    })
                  }
                />
              ))}
            </fieldset>
          ) : null}
        </>
      ) : o.foundsOrg ? (
        <>
          <Checkbox
            label={`Create ${choice.createOrg?.name || o.foundsOrg.name} for ${o.domain}`}
            checked={founding}
            onChange={(on) =>
              onChange({ ...choice, createOrg: on ? { name: o.foundsOrg?.name ?? '' } : null })
            }
          />
          <p className="muted small">
            No organization has claimed {o.domain}: the first person to sign up creates it, claims the domain
            and is its Admin with a Full seat ({trialText(o)}).
          </p>
          {founding ? (
            <OrgName
              value={choice.createOrg?.name ?? o.foundsOrg.name}
              onChange={(name) => onChange({ ...choice, createOrg: { name } })}
            />
          ) : null}
        </>
      ) : (
        <>
          <Checkbox
            label="Create an organization to trial W&B"
            checked={creating}
            onChange={(on) => onChange({ ...choice, createOrg: on ? { name: '' } : undefined })}
          />
          {creating ? (
            <>
              <p className="muted small">You become its Admin with a Full seat ({trialText(o)}).</p>
              <OrgName
                value={choice.createOrg?.name ?? ''}
                onChange={(name) => onChange({ ...choice, createOrg: { name } })}
              />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
