// "Log a run with a service account key": a CI job's run, attributed to the person WANDB_USERNAME
// names when they are in the account's team, else to the service account (the server's note says which).
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useLogServiceRun, useServiceAccountChoices } from '../api/service-runs';

export function ServiceRunSection() {
  const choices = useServiceAccountChoices();
  const log = useLogServiceRun();
  const [accountId, setAccountId] = useState('');
  const [projectId, setProjectId] = useState('');
  const [username, setUsername] = useState('');
  const usernameId = useId();
  if (choices.isError) return <ErrorState error={choices.error} onRetry={() => void choices.refetch()} />;
  if (!choices.data) return <Skeleton height={40} />;
  const account = choices.data.find((a) => a.id === accountId) ?? choices.data[0];
  const project = account?.projects.find((p) => p.id === projectId) ?? account?.projects[0];
  return (
    <section className="stack-sm" aria-labelledby="demo-service-runs">
      <h3 id="demo-service-runs" className="section-title">
        Log a run with a service account key
      </h3>
      <p className="muted small">
        A CI job logs with a team service account’s API key. With WANDB_USERNAME set to a member of the team,
        the run is theirs; without it, or naming someone outside the team, it is the service account’s.
      </p>
      {account && project ? (
        <div className="row">
          <Select
            label="Service account"
            value={account.id}
            options={choices.data.map((a) => ({ value: a.id, label: `${a.team}/${a.name}` }))}
            onChange={(v) => {
              setAccountId(v);
              setProjectId('');
              log.reset();
            }}
          />
          <Select
            label="Project"
            value={project.id}
            options={account.projects.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(v) => {
              setProjectId(v);
              log.reset();
            }}
          />
          <div className="field">
            <label className="field-label" htmlFor={usernameId}>
              WANDB_USERNAME
            </label>
            <input
              id={usernameId}
              className="input"
              placeholder="not set"
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <Button
            disabled={log.isPending}
            onClick={() => log.mutate({ serviceAccountId: account.id, projectId: project.id, username })}
          >
            Log run
          </Button>
        </div>
      ) : (
        <p className="muted">No team of this organization has a service account.</p>
      )}
      {log.error ? (
        <p className="form-error" role="alert">
          {log.error.message}
        </p>
      ) : null}
      {log.data ? (
        <p role="status" className="small">
          Logged a run to {log.data.project}, attributed to{' '}
          <strong>{log.data.attributedTo}</strong>. {log.data.note}
        </p>
      ) : null}
    </section>
  );
}
